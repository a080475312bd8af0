import { AppConfigProvider, PageError, SessionStore, createApolloClient, fetchRuntimeConfig, initI18n } from '@careline/frontend-shared';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ShellApp } from './app/shell-app.js';
import { shellResources } from './i18n/shell-resources.js';
import { registerRuntimeRemotes } from './remotes/register-runtime-remotes.js';

const root = createRoot(document.getElementById('root')!);
const i18n = initI18n(shellResources);

try {
  // where the gateway and each remote live is decided per deployment, not per build
  const config = await fetchRuntimeConfig();
  registerRuntimeRemotes(config.remotes);
  const session = new SessionStore(config.graphqlUrl);
  const client = createApolloClient(config.graphqlUrl, session);
  root.render(
    <StrictMode>
      <ShellApp client={client} session={session} />
    </StrictMode>,
  );
} catch (error) {
  root.render(
    <AppConfigProvider>
      <PageError
        testId="runtime-config-error"
        title={i18n.t('config.errorTitle', { ns: 'shell' })}
        description={error instanceof Error ? error.message : String(error)}
        onRetry={() => window.location.reload()}
      />
    </AppConfigProvider>,
  );
}
