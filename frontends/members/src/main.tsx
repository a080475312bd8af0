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
import { MembersApp } from './exposed/MembersApp.js';
import { membersResources } from './i18n/members-resources.js';

// Standalone mount: the remote runs on its own (development, its own preview) with the providers and
// the sign-in the shell would otherwise give it. The shell never loads this file; it loads ./MembersApp
// only. Every page is shown here: choosing pages by role is the shell's job, and the gateway refuses the rest.
const root = createRoot(document.getElementById('root')!);
initI18n(membersResources);

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
              <StandaloneFrame title="Careline 会员中心 Member centre">
                <Routes>
                  <Route path="/members/*" element={<MembersApp />} />
                  <Route path="*" element={<Navigate to="/members" replace />} />
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
