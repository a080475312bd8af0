import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readGraphqlError } from '../graphql/read-graphql-error.js';
import { PageError } from './page-error.js';

/**
 * A failed query: the screen's title, its code's or reason's message in the page's language (or "your role may not see this", which
 * no retry changes), and retry. `forbidden` words the refusal for a screen that says it its own way.
 */
export function QueryError({
  error,
  title,
  onRetry,
  testId,
  forbidden,
}: {
  error: unknown;
  title: ReactNode;
  onRetry: () => void;
  testId: string;
  forbidden?: string;
}) {
  const { t } = useTranslation('common');
  const { code, message } = readGraphqlError(error);
  return (
    <PageError
      testId={testId}
      title={title}
      // the screen's own words for a refusal; otherwise the code's / reason's message in the page's language
      description={code === 'FORBIDDEN' ? (forbidden ?? t('forbidden')) : message}
      onRetry={code === 'FORBIDDEN' ? undefined : onRetry}
    />
  );
}
