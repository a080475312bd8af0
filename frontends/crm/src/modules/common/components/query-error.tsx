import { PageError, readGraphqlError } from '@careline/frontend-shared';
import { useTranslation } from 'react-i18next';

/** A failed list: the screen's title, the server's message (or "your role may not see this"), and retry. */
export function QueryError({ error, title, onRetry, testId }: { error: unknown; title: string; onRetry: () => void; testId: string }) {
  const { t } = useTranslation('crm');
  const { code, message } = readGraphqlError(error);
  return (
    <PageError
      testId={testId}
      title={title}
      description={code === 'FORBIDDEN' ? `${t('forbidden')} (${message})` : message}
      onRetry={code === 'FORBIDDEN' ? undefined : onRetry}
    />
  );
}
