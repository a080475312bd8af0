import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { AppConfigProvider, createApolloClient, type RuntimeConfig, type SessionStaff } from '@careline/frontend-shared';
import { useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ShellLayout } from '../layout/shell-layout.js';
import { releaseLayoutStyles } from '../layout/warm-layout-styles.js';
import { navigationFor } from '../navigation/navigation-for.js';
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

/** Draws the layout's antd components off screen while someone types, so their styles are ready (warm-layout-styles.tsx). */
export { warmLayoutStyles as warmUp } from '../layout/warm-layout-styles.js';

/**
 * Loads what the route at `pathname` draws first (`/kpi/targets` → the KPI remote, and the remote's
 * own page for it when the remote says how: `preloadRoute`). The sign-in page calls it while someone
 * types (no `staff` yet: only code is fetched, public like every asset), and again once they are
 * signed in, holding the sign-in until it resolves, so the route draws at once; then only if their
 * role may open the route (anyone else is sent home, and need not wait for it). A failure is left to
 * the route to report.
 */
export async function loadRouteFor(config: RuntimeConfig, pathname: string, staff?: SessionStaff): Promise<void> {
  const path = pathname.split(/[?#]/)[0] ?? '';
  const route = remoteRouteFor(path);
  if (!route) return;
  if (staff && !navigationFor(staff.role, staff.departmentCode).some((item) => remoteRouteFor(item.path) === route)) return;
  registerRemotesOnce(config);
  // the route's path inside the remote: `/kpi/targets` → `targets`
  await loadRemoteComponent(route.remote, route.module, path.split('/').slice(2).join('/'), { role: staff?.role });
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
  // the layout is drawn: it holds its styles now
  useEffect(releaseLayoutStyles, []);
  return (
    <ApolloProvider client={client}>
      <AppConfigProvider>
        <BrowserRouter>
          <Routes>
            <Route path="login" element={<Navigate to="/" replace />} />
            <Route
              element={
                <ShellLayout notificationStreamUrl={config.graphqlUrl.replace(/\/graphql$/, '/notifications/stream')} session={session} />
              }
            >
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
