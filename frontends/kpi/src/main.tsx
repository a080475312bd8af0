import { ApolloProvider } from '@apollo/client/react';
import {
  AppConfigProvider,
  LanguageSwitch,
  PageError,
  createApolloClient,
  fetchRuntimeConfig,
  initI18n,
} from '@careline/frontend-shared';
import { Flex, Layout, Typography } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { KpiApp } from './exposed/KpiApp.js';
import { kpiResources } from './i18n/kpi-resources.js';

// Standalone mount: the remote runs on its own (development, its own preview) with the providers the
// shell would otherwise give it. The shell never loads this file; it loads ./KpiApp only.
const root = createRoot(document.getElementById('root')!);
initI18n(kpiResources);

try {
  const config = await fetchRuntimeConfig();
  const client = createApolloClient(config.graphqlUrl);
  root.render(
    <StrictMode>
      <ApolloProvider client={client}>
        <AppConfigProvider>
          <BrowserRouter>
            <Layout style={{ minHeight: '100vh' }}>
              <Layout.Header style={{ background: '#fff', paddingInline: 24 }}>
                <Flex justify="space-between" align="center" style={{ height: '100%' }}>
                  <Typography.Text strong>Careline KPI</Typography.Text>
                  <LanguageSwitch />
                </Flex>
              </Layout.Header>
              <Layout.Content style={{ padding: 24 }}>
                <Routes>
                  <Route path="/*" element={<KpiApp />} />
                </Routes>
              </Layout.Content>
            </Layout>
          </BrowserRouter>
        </AppConfigProvider>
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
