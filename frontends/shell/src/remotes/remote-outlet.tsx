import { PageError, PageLoading } from '@careline/frontend-shared';
import { Suspense, lazy, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadRemoteComponent, loadedRemoteComponent } from './load-remote-component.js';
import { RemoteErrorBoundary } from './remote-error-boundary.js';
import { retryRemote } from './register-runtime-remotes.js';

/**
 * Mounts one remote's exposed component inside a route, loaded on first visit. A failure shows an
 * error with a retry button inside the route only (test id `remote-error-<name>`); retrying
 * re-registers the remote and loads it again, so a remote that comes back needs no page reload.
 * `props` are what the shell decides for the remote (e.g. the admin tabs a role may open).
 */
export function RemoteOutlet({ remote, module, props = {} }: { remote: string; module: string; props?: object }) {
  const { t } = useTranslation('shell');
  const [attempt, setAttempt] = useState(0);
  // a lazy component remembers its rejection: each attempt needs a fresh one
  const Remote = useMemo(() => lazy(() => loadRemoteComponent<object>(remote, module)), [remote, module, attempt]);
  // loaded ahead (the remote of the address someone signed in to): drawn at once, no fallback
  const Ready = attempt === 0 ? loadedRemoteComponent<object>(remote, module) : undefined;
  const retry = () => {
    retryRemote(remote, attempt + 1);
    setAttempt(attempt + 1);
  };
  return (
    <RemoteErrorBoundary
      key={attempt}
      remote={remote}
      fallback={(error) => (
        <PageError
          testId={`remote-error-${remote}`}
          title={t('remote.errorTitle', { name: t(`remote.names.${remote}`, { defaultValue: remote }) })}
          description={
            <>
              {t('remote.errorDescription')}
              <br />
              <small>{error.message}</small>
            </>
          }
          onRetry={retry}
        />
      )}
    >
      {Ready ? (
        <Ready {...props} />
      ) : (
        <Suspense fallback={<PageLoading testId={`remote-loading-${remote}`} />}>
          <Remote {...props} />
        </Suspense>
      )}
    </RemoteErrorBoundary>
  );
}
