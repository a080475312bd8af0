import { DownloadOutlined } from '@ant-design/icons';
import { readGraphqlError } from '@careline/frontend-shared';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "导出 Excel": runs `run` (which builds and downloads the .xlsx), with a spinner and the error if it fails. */
export function ExportButton({
  run,
  testId,
  disabled,
}: {
  run: () => Promise<{ rows: number; truncated: boolean }>;
  testId: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('crm');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      disabled={disabled}
      data-testid={testId}
      onClick={() => {
        setBusy(true);
        run()
          .then(({ rows, truncated }) => void message.success(truncated ? t('export.truncated', { rows }) : t('export.done', { rows })))
          .catch((error: unknown) => void message.error(readGraphqlError(error).message))
          .finally(() => setBusy(false));
      }}
    >
      {t('export.xlsx')}
    </Button>
  );
}
