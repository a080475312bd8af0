import {
  AntdConfigProvider,
  PageLoading,
  SessionProvider,
  useSession,
  type RuntimeConfig,
  type SessionStore,
} from '@careline/frontend-shared/first-screen';
import { Suspense, lazy, useMemo, useState } from 'react';
import { LoginPage } from '../pages/login-page.js';
import { RemoteErrorBoundary } from '../remotes/remote-error-boundary.js';
import { requestedPath } from '../session/login-address.js';
import { loadSignedInApp, loadedSignedInApp } from './load-signed-in-app.js';

const StartError = lazy(async () => ({ default: (await import('./start-error.js')).StartError }));

/**
 * The page's session and antd configuration, and the one decision made before any route: signed out,
 * the sign-in page (whatever the address; see session/login-address.ts); signed in, the signed-in
 * screens, loaded from the shell_app container.
 */
export function ShellRoot({ config, session }: { config: RuntimeConfig; session: SessionStore }) {
  return (
    <SessionProvider store={session}>
      <AntdConfigProvider>
        <SessionGate config={config} session={session} />
      </AntdConfigProvider>
    </SessionProvider>
  );
}

/** While someone types their password: the signed-in screens, and the remote of the address they asked for. */
function prefetch(config: RuntimeConfig): void {
  const path = requestedPath();
  loadSignedInApp()
    .then((app) => (path ? app.prefetchRemoteFor(config, path) : undefined))
    .catch(() => undefined);
}

function SessionGate({ config, session }: { config: RuntimeConfig; session: SessionStore }) {
  const signedIn = useSession().session !== null;
  if (!signedIn) return <LoginPage onShown={() => prefetch(config)} />;
  return <SignedIn config={config} session={session} />;
}

function SignedIn({ config, session }: { config: RuntimeConfig; session: SessionStore }) {
  const [attempt, setAttempt] = useState(0);
  // a lazy component remembers its rejection: each attempt needs a fresh one
  const SignedInApp = useMemo(() => lazy(async () => ({ default: (await loadSignedInApp(attempt)).SignedInApp })), [attempt]);
  // loaded while the sign-in page was up: drawn at once, no fallback
  const Ready = attempt === 0 ? loadedSignedInApp()?.SignedInApp : undefined;
  return (
    <RemoteErrorBoundary
      key={attempt}
      remote="shell_app"
      fallback={(error) => (
        <Suspense>
          <StartError testId="shell-app-error" description={error.message} onRetry={() => setAttempt(attempt + 1)} />
        </Suspense>
      )}
    >
      {Ready ? (
        <Ready config={config} session={session} />
      ) : (
        <Suspense fallback={<PageLoading testId="shell-loading" />}>
          <SignedInApp config={config} session={session} />
        </Suspense>
      )}
    </RemoteErrorBoundary>
  );
}
