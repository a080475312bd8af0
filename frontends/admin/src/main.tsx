import { ApolloProvider } from '@apollo/client/react';
import {
  AppConfigProvider,
  PageError,
  SessionProvider,
  SessionStore,
  StandaloneFrame,
  createApolloClient,
  fetchRuntimeConfig,
  initI18n,
} from '@careline/frontend-shared';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AdminApp } from './exposed/AdminApp.js';
import { adminResources } from './i18n/admin-resources.js';

// Standalone mount: the remote runs on its own (development, its own preview) with the providers and
// the sign-in the shell would otherwise give it. The shell never loads this file; it loads ./AdminApp
// only. Every tab is shown here: choosing tabs by role is the shell's job, and the gateway refuses the rest.
const root = createRoot(document.getElementById('root')!);
initI18n(adminResources);

try {
  const config = await fetchRuntimeConfig();
  const session = new SessionStore(config.graphqlUrl);
  const client = createApolloClient(config.graphqlUrl, session);
  root.render(
    <StrictMode>
      <ApolloProvider client={client}>
        <SessionProvider store={session}>
          <AppConfigProvider>
            <BrowserRouter>
              <StandaloneFrame title="Careline 系统管理 Admin">
                <Routes>
                  <Route path="/admin/*" element={<AdminApp />} />
                  <Route path="*" element={<Navigate to="/admin" replace />} />
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
