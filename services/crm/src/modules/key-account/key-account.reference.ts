import type { GraphQLResolveInfo } from 'graphql';
import { authorizeReference } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { KEY_ACCOUNT_READERS } from './key-account.roles.js';
import { KeyAccountService } from './key-account.service.js';

/** Federation: other subgraphs refer to KeyAccount by id; a partner resolves only itself. */
export const keyAccountReference = {
  KeyAccount: {
    __resolveReference: async (reference: { id: string }, ctx: CrmContext, info: GraphQLResolveInfo) => {
      authorizeReference(ctx, info, KEY_ACCOUNT_READERS);
      try {
        return await new KeyAccountService(ctx).get(String(reference.id), 'query _entities');
      } catch (error) {
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
        throw error;
      }
    },
  },
};
