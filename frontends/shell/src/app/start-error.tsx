import { AntdConfigProvider, PageError } from '@careline/frontend-shared/first-screen';
import type { ReactNode } from 'react';

/**
 * The page could not start (no runtime configuration, or the signed-in screens failed to load): what
 * failed and a retry. Loaded only then, so antd's Result stays off the sign-in page.
 */
export function StartError(props: { testId: string; title?: ReactNode; description: ReactNode; onRetry: () => void }) {
  return (
    <AntdConfigProvider>
      <PageError {...props} />
    </AntdConfigProvider>
  );
}
