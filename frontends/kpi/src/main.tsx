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
import { BrowserRouter, Route, Routes } from 'react-router';
import { KpiApp } from './exposed/KpiApp.js';
import { kpiResources } from './i18n/kpi-resources.js';

// Standalone mount: the remote runs on its own (development, its own preview) with the providers and
// the sign-in the shell would otherwise give it (the gateway answers signed-in callers only). The shell
// never loads this file; it loads ./KpiApp only.
const root = createRoot(document.getElementById('root')!);
initI18n(kpiResources);

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
              <StandaloneFrame title="Careline KPI">
                <Routes>
                  <Route path="/*" element={<KpiApp />} />
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
