import type { MembersContext } from '../../context.js';
import type { Customer } from '../../federation/customer.stub.js';

/** Federation: how the gateway turns keys into objects this subgraph serves. */
export const membershipReferences = {
  // batched: one query for all the memberships a gateway plan asks for
  Membership: {
    __resolveReference: (reference: { id: string }, ctx: MembersContext) => ctx.loaders.membershipById.load(reference.id),
  },
  // the key is all members knows of a customer; Customer.membership is resolved from it
  Customer: {
    __resolveReference: (reference: { id: string }): Customer => ({ id: reference.id }),
  },
};
