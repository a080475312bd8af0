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
import { remoteRouteFor } from '../remotes/remote-routes.js';
import { loadPartnerDocsPage, loadSignedInApp, loadedSignedInApp, signedInAppEntry } from './load-signed-in-app.js';
import { preloadContainer } from './preload-container.js';
import { isPartnerDocsPath } from '../partner-docs/partner-docs-path.js';

const StartError = lazy(async () => ({ default: (await import('./start-error.js')).StartError }));
// the partner docs page (and its GraphiQL) comes from the shell_app container: nothing of it loads with the sign-in page
const PartnerDocsPage = lazy(async () => ({ default: await loadPartnerDocsPage() }));

/**
 * The page's session and antd configuration, and the one decision made before any route: the partner
 * docs at /partner-docs for anyone; otherwise, signed out, the sign-in page (whatever the address; see
 * session/login-address.ts); signed in, the signed-in screens, loaded from the shell_app container.
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
  // both containers' files side by side, rather than the remote's only once the signed-in screens have loaded
  const route = path ? remoteRouteFor(path) : undefined;
  const remoteEntry = route ? config.remotes[route.remote] : undefined;
  void preloadContainer(signedInAppEntry.href, 'SignedInApp').catch(() => undefined);
  if (route && remoteEntry) void preloadContainer(remoteEntry, route.module).catch(() => undefined);
  loadSignedInApp()
    .then((app) => {
      // antd computes a component's styles when first drawn: done now, not after the click
      app.warmUp();
      return path ? app.loadRouteFor(config, path) : undefined;
    })
    .catch(() => undefined);
}

function SessionGate({ config, session }: { config: RuntimeConfig; session: SessionStore }) {
  const signedIn = useSession().session !== null;
  // open to everyone, signed in or not: partners have no sign-in (docs/partner-api.md)
  if (isPartnerDocsPath(window.location.pathname))
    return (
      <Suspense fallback={<PageLoading testId="partner-docs-loading" />}>
        <PartnerDocsPage graphqlUrl={config.graphqlUrl} />
      </Suspense>
    );
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
