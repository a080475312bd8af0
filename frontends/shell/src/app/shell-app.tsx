import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { AppConfigProvider } from '@careline/frontend-shared';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ShellLayout } from '../layout/shell-layout.js';
import { HomePage } from '../pages/home-page.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { RemoteOutlet } from '../remotes/remote-outlet.js';

/**
 * The page's providers, created once here and shared with every remote through the federation
 * singletons: one ApolloProvider (one client, one cache), one antd ConfigProvider, one router.
 */
export function ShellApp({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <AppConfigProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<ShellLayout />}>
              <Route index element={<HomePage />} />
              <Route path="kpi/*" element={<RemoteOutlet remote="kpi" module="KpiApp" />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AppConfigProvider>
    </ApolloProvider>
  );
}
