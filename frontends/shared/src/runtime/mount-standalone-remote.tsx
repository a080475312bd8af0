import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { createApolloClient } from '../graphql/create-apollo-client.js';
import { initI18n, type I18nResources } from '../i18n/init-i18n.js';
import { SessionProvider } from '../session/session-provider.js';
import { SessionStore } from '../session/session-store.js';
import { AppConfigProvider } from '../ui/app-config-provider.js';
import { PageError } from '../ui/page-error.js';
import { StandaloneFrame } from '../session/standalone-frame.js';
import { fetchRuntimeConfig } from './fetch-runtime-config.js';

export interface StandaloneRemote {
  /** the route the remote lives under in the shell, e.g. `/members`; `/` mounts it at the root */
  basePath: string;
  title: string;
  App: ComponentType;
  resources: I18nResources;
}

/**
 * Standalone mount of a remote (development, its own preview): the providers and the sign-in the
 * shell would otherwise give it. The shell never loads this; it loads the remote's exposed module
 * only. Everything is shown here: choosing pages by role is the shell's job, and the gateway refuses
 * the rest.
 */
export async function mountStandaloneRemote({ basePath, title, App, resources }: StandaloneRemote): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  initI18n(resources);
  try {
    const config = await fetchRuntimeConfig();
    const session = new SessionStore(config.graphqlUrl);
    const client = createApolloClient(config.graphqlUrl, session);
    const atRoot = basePath === '/';
    root.render(
      <StrictMode>
        <ApolloProvider client={client}>
          <SessionProvider store={session}>
            <AppConfigProvider>
              <BrowserRouter>
                <StandaloneFrame title={title}>
                  <Routes>
                    <Route path={atRoot ? '/*' : `${basePath}/*`} element={<App />} />
                    {atRoot ? null : <Route path="*" element={<Navigate to={basePath} replace />} />}
                  </Routes>
                </StandaloneFrame>
              </BrowserRouter>
            </AppConfigProvider>
          </SessionProvider>
        </ApolloProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(
      <AppConfigProvider>
        <PageError description={error instanceof Error ? error.message : String(error)} />
      </AppConfigProvider>,
    );
  }
}
