import type { GraphQLResolveInfo } from 'graphql';
import type { MembersContext } from '../../context.js';
import type { Customer } from './customer.stub.js';
import { authorizeReference } from '@careline/service-kit';
import { MEMBERSHIP_READERS } from './membership.roles.js';

/** Federation: how the gateway turns keys into objects this subgraph serves. */
export const membershipReferences = {
  // batched: one query for all the memberships a gateway plan asks for, through the caller's
  // loader, so a partner gets null for another partner's member
  Membership: {
    __resolveReference: (reference: { id: string }, ctx: MembersContext, info: GraphQLResolveInfo) => {
      authorizeReference(ctx, info, MEMBERSHIP_READERS);
      return ctx.loaders.membershipById.load(String(reference.id));
    },
  },
  // the key is all members knows of a customer; Customer.membership is resolved from it
  Customer: {
    __resolveReference: (reference: { id: string }, ctx: MembersContext, info: GraphQLResolveInfo): Customer => {
      authorizeReference(ctx, info, MEMBERSHIP_READERS);
      return { id: reference.id };
    },
  },
};
