import { useApolloClient } from '@apollo/client/react';
import { readGraphqlError, downloadBase64 } from '@careline/frontend-shared';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogFilter } from '../../../gql/graphql';
import { ExportAuditLogDocument } from '../graphql/audit.documents.js';

/** Exports the filtered audit log as .xlsx (built by identity, which audits the export) and downloads it. */
export function useExportAuditLog() {
  const { t } = useTranslation('admin');
  const client = useApolloClient();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const exportLog = useCallback(
    async (filter: AuditLogFilter) => {
      setExporting(true);
      try {
        // every export is a fresh, audited file: never from (nor into) the cache
        const { data } = await client.query({ query: ExportAuditLogDocument, variables: { filter }, fetchPolicy: 'no-cache' });
        if (!data) throw new Error(t('audit.exportFailed'));
        const { filename, contentBase64, rows, truncated } = data.exportAuditLog;
        downloadBase64(contentBase64, filename);
        if (truncated) void message.warning(t('audit.exportTruncated', { rows }), 8);
        else void message.success(t('audit.exported', { rows }));
      } catch (error) {
        void message.error(`${t('audit.exportFailed')}: ${readGraphqlError(error).message}`);
      } finally {
        setExporting(false);
      }
    },
    [client, message, t],
  );
  return { exportLog, exporting };
}
