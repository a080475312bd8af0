import { SessionStore, fetchRuntimeConfig, initI18n } from '@careline/frontend-shared/first-screen';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prepareSignedIn } from './app/load-signed-in-app.js';
import { ShellRoot } from './app/shell-root.js';
import { shellResources } from './i18n/shell-resources.js';
import { keepLoginAddress } from './session/login-address.js';

// The portal's first screen: the sign-in page. Everything signed-in screens need (the layout, routes,
// Apollo Client, the remotes) is the shell_app container, loaded after it (docs/frontend-delivery.md);
// so this file and what it imports stay off `@careline/frontend-shared` (Apollo, router) and react-router.
const root = createRoot(document.getElementById('root')!);
const i18n = initI18n(shellResources);

try {
  // where the gateway and each remote live is decided per deployment, not per build
  const config = await fetchRuntimeConfig();
  const session = new SessionStore(config.graphqlUrl);
  keepLoginAddress(session);
  session.prepareSignInWith((signedIn) => prepareSignedIn(config, signedIn));
  root.render(
    <StrictMode>
      <ShellRoot config={config} session={session} />
    </StrictMode>,
  );
} catch (error) {
  const { StartError } = await import('./app/start-error.js');
  root.render(
    <StartError
      testId="runtime-config-error"
      title={i18n.t('config.errorTitle', { ns: 'shell' })}
      description={error instanceof Error ? error.message : String(error)}
      onRetry={() => window.location.reload()}
    />,
  );
}
