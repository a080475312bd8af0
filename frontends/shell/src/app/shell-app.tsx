import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { AppConfigProvider, SessionProvider, type SessionStore } from '@careline/frontend-shared';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ShellLayout } from '../layout/shell-layout.js';
import { RoleRoute } from '../navigation/role-route.js';
import { HomePage } from '../pages/home-page.js';
import { LoginPage } from '../pages/login-page.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { RemoteOutlet } from '../remotes/remote-outlet.js';
import { RequireSession } from '../session/require-session.js';

/**
 * The page's providers, created once here and shared with every remote through the federation
 * singletons: one ApolloProvider (one client, one cache), one session, one antd ConfigProvider, one
 * router. Only /login is open; every other route needs a session and, beyond home, a role that has it.
 */
export function ShellApp({ client, session }: { client: ApolloClient; session: SessionStore }) {
  return (
    <ApolloProvider client={client}>
      <SessionProvider store={session}>
        <AppConfigProvider>
          <BrowserRouter>
            <Routes>
              <Route path="login" element={<LoginPage />} />
              <Route element={<RequireSession />}>
                <Route element={<ShellLayout />}>
                  <Route index element={<HomePage />} />
                  <Route
                    path="kpi/*"
                    element={
                      <RoleRoute item="kpi">
                        {(item) => <RemoteOutlet remote="kpi" module="KpiApp" props={{ departmentCode: item.departmentCode }} />}
                      </RoleRoute>
                    }
                  />
                  <Route
                    path="crm/*"
                    element={
                      <RoleRoute item="crm">
                        {(item) => <RemoteOutlet remote="crm" module="CrmApp" props={{ pages: item.crmPages }} />}
                      </RoleRoute>
                    }
                  />
                  <Route
                    path="members/*"
                    element={
                      <RoleRoute item="members">
                        {(item) => <RemoteOutlet remote="members" module="MembersApp" props={{ pages: item.memberPages }} />}
                      </RoleRoute>
                    }
                  />
                  <Route
                    path="admin/*"
                    element={
                      <RoleRoute item="admin">
                        {(item) => (
                          <RemoteOutlet
                            remote="admin"
                            module="AdminApp"
                            props={{ tabs: item.adminTabs, departmentCode: item.departmentCode }}
                          />
                        )}
                      </RoleRoute>
                    }
                  />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Route>
            </Routes>
          </BrowserRouter>
        </AppConfigProvider>
      </SessionProvider>
    </ApolloProvider>
  );
}
