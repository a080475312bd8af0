import { PageLoading } from '@careline/frontend-shared';
import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A page loaded on first visit (React.lazy over a module's named export), so the remote's entry
 * carries only the tabs and the router and each screen arrives when it is opened.
 */
export function lazyPage<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function LazyPage(props: Props) {
    return (
      <Suspense fallback={<PageLoading testId="crm-page-loading" />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
