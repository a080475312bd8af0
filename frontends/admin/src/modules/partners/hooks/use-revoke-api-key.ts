import { useMutation } from '@apollo/client/react';
import { readGraphqlError } from '@careline/frontend-shared';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment as ApiKey } from '../../../gql/graphql';
import { RevokeApiKeyDocument } from '../graphql/partners.documents.js';

/** Revokes a key for good, and says how it went. */
export function useRevokeApiKey() {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const [mutate, { loading }] = useMutation(RevokeApiKeyDocument);
  const revoke = useCallback(
    async (key: ApiKey) => {
      try {
        await mutate({ variables: { id: key.id } });
        void message.success(t('apiKeys.revokedMessage', { name: key.name }));
      } catch (error) {
        void message.error(readGraphqlError(error).message);
      }
    },
    [mutate, message, t],
  );
  return { revoke, loading };
}
