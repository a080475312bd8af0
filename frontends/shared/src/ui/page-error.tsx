import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A failure the user can act on: what failed, a hint, and a retry button when retrying can help. */
export function PageError({
  title,
  description,
  onRetry,
  testId = 'page-error',
}: {
  title?: ReactNode;
  description?: ReactNode;
  onRetry?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation('common');
  return (
    <Result
      status="error"
      title={title ?? t('errorTitle')}
      subTitle={description ?? t('errorDescription')}
      data-testid={testId}
      extra={
        onRetry ? (
          <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry} data-testid={`${testId}-retry`}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
