import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { AppConfigProvider, createApolloClient, type RuntimeConfig } from '@careline/frontend-shared';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ShellLayout } from '../layout/shell-layout.js';
import { RoleRoute } from '../navigation/role-route.js';
import { HomePage } from '../pages/home-page.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { loadRemoteComponent } from '../remotes/load-remote-component.js';
import { RemoteOutlet } from '../remotes/remote-outlet.js';
import { remoteRouteFor, remoteRoutes } from '../remotes/remote-routes.js';
import { registerRuntimeRemotes } from '../remotes/register-runtime-remotes.js';
import type { SignedInAppProps } from './signed-in-app-props.js';

/** Made on the first sign-in of the page and kept: one client (one cache) for the shell and every remote. */
let client: ApolloClient | undefined;
let remotesRegistered = false;

/** The remotes are loaded by this container's federation runtime, so they are registered with it, once. */
function registerRemotesOnce(config: RuntimeConfig): void {
  if (remotesRegistered) return;
  registerRuntimeRemotes(config.remotes);
  remotesRegistered = true;
}

/**
 * Loads the remote of the address someone is signing in to (`/kpi` → the KPI remote) while they type,
 * so the route draws as soon as the session starts. Only code is fetched (public, like every asset); a
 * role without that route is sent home as usual, and a failure is left to the route to report.
 */
export function prefetchRemoteFor(config: RuntimeConfig, pathname: string): void {
  const route = remoteRouteFor(pathname);
  if (!route) return;
  registerRemotesOnce(config);
  loadRemoteComponent(route.remote, route.module).catch(() => undefined);
}

/**
 * The signed-in screens (the shell_app container's one exposed module, vite.app.config.ts): the
 * providers every remote renders inside through the federation singletons (one ApolloProvider, one
 * router; the session comes from the sign-in page's SessionProvider), the layout and the routes.
 * Every route here has a session (the sign-in page stands in for all of them otherwise) and, beyond
 * home, a role that has it. antd is configured here again: this container has its own copy.
 */
export function SignedInApp({ config, session }: SignedInAppProps) {
  registerRemotesOnce(config);
  client ??= createApolloClient(config.graphqlUrl, session);
  return (
    <ApolloProvider client={client}>
      <AppConfigProvider>
        <BrowserRouter>
          <Routes>
            <Route path="login" element={<Navigate to="/" replace />} />
            <Route element={<ShellLayout />}>
              <Route index element={<HomePage />} />
              <Route
                path="kpi/*"
                element={
                  <RoleRoute item="kpi">
                    {(item) => <RemoteOutlet {...remoteRoutes.kpi} props={{ departmentCode: item.departmentCode }} />}
                  </RoleRoute>
                }
              />
              <Route
                path="crm/*"
                element={
                  <RoleRoute item="crm">{(item) => <RemoteOutlet {...remoteRoutes.crm} props={{ pages: item.crmPages }} />}</RoleRoute>
                }
              />
              <Route
                path="members/*"
                element={
                  <RoleRoute item="members">
                    {(item) => <RemoteOutlet {...remoteRoutes.members} props={{ pages: item.memberPages }} />}
                  </RoleRoute>
                }
              />
              <Route
                path="admin/*"
                element={
                  <RoleRoute item="admin">
                    {(item) => (
                      <RemoteOutlet {...remoteRoutes.admin} props={{ tabs: item.adminTabs, departmentCode: item.departmentCode }} />
                    )}
                  </RoleRoute>
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AppConfigProvider>
    </ApolloProvider>
  );
}
