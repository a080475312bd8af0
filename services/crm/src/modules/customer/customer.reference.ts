import type { GraphQLResolveInfo } from 'graphql';
import type { CrmContext } from '../../context.js';
import { authorizeReference } from '@careline/service-kit';
import { CUSTOMER_READERS } from './customer.roles.js';

/**
 * Federation: the gateway asks crm for customers by key; one batched load per request, through
 * the caller's loader, so a partner gets null for anyone outside its key account.
 */
export const customerReference = {
  Customer: {
    __resolveReference: (reference: { id: string }, ctx: CrmContext, info: GraphQLResolveInfo) => {
      authorizeReference(ctx, info, CUSTOMER_READERS);
      return ctx.loaders.customerById.load(String(reference.id));
    },
  },
};
