import { loadRemote, registerRemotes } from '@module-federation/runtime';
import type { ComponentType } from 'react';
import type { RuntimeConfig, Session } from '@careline/frontend-shared/first-screen';
import { requestedPath } from '../session/login-address.js';
import type { SignedInAppModule } from './signed-in-app-props.js';

/**
 * The signed-in screens are a federation container of their own (vite.app.config.ts, served from
 * /app/ beside this page): the layout, routes, Apollo Client and the remotes. A container's shared
 * packages load when it starts, so React Router and Apollo Client load with it, after the sign-in page
 * has been drawn, and not with it (docs/frontend-delivery.md).
 */
/** The container's entry, beside this page. */
export const signedInAppEntry = new URL(`${import.meta.env.BASE_URL}app/remoteEntry.js`, window.location.origin);
const loads = new Map<number, Promise<SignedInAppModule>>();
let loaded: SignedInAppModule | undefined;

/**
 * The container's module if it has been loaded already (the sign-in page loads it while someone
 * types): the signed-in screens then draw at once, without a Suspense fallback, which React keeps on
 * screen for at least 300 ms once shown.
 */
export function loadedSignedInApp(): SignedInAppModule | undefined {
  return loaded;
}

/**
 * Loads the container's `./SignedInApp` once per attempt: attempt 0 is shared by the sign-in page's
 * prefetch and the first render; a retry (after a failed load) registers the container again under a
 * new query string, since browsers may remember a failed module URL.
 */
export function loadSignedInApp(attempt = 0): Promise<SignedInAppModule> {
  let load = loads.get(attempt);
  if (!load) {
    const url = new URL(signedInAppEntry);
    if (attempt > 0) url.searchParams.set('retry', String(attempt));
    registerRemotes([{ name: 'shell_app', entry: url.href, type: 'module' }], { force: attempt > 0 });
    load = loadRemote<Partial<SignedInAppModule>>('shell_app/SignedInApp').then((exports) => {
      if (!exports?.SignedInApp || !exports.loadRouteFor || !exports.warmUp)
        throw new Error('shell_app/SignedInApp is not the signed-in screens');
      loaded = exports as SignedInAppModule;
      return loaded;
    });
    loads.set(attempt, load);
    // a failed prefetch must not stand for the real load
    load.catch(() => loads.delete(attempt));
  }
  return load;
}

/** The partner docs page, exposed by the same container (vite.app.config.ts): open without a session. */
export async function loadPartnerDocsPage(): Promise<ComponentType<{ graphqlUrl: string }>> {
  registerRemotes([{ name: 'shell_app', entry: signedInAppEntry.href, type: 'module' }]);
  const exports = await loadRemote<{ PartnerDocsPage?: ComponentType<{ graphqlUrl: string }> }>('shell_app/PartnerDocsPage');
  if (!exports?.PartnerDocsPage) throw new Error('shell_app/PartnerDocsPage is not the partner docs page');
  return exports.PartnerDocsPage;
}

/**
 * What a sign-in waits for before the signed-in screens replace the sign-in page (the form keeps its
 * spinner): their container and, if the person's role may open it, the route they asked for. They
 * then draw in one go, without the loading fallbacks that React keeps on screen for at least 300 ms
 * each once shown; most of it has loaded while they typed. Failures are left to the screens to show.
 */
export function prepareSignedIn(config: RuntimeConfig, session: Session): Promise<void> {
  const path = requestedPath();
  return loadSignedInApp().then((app) => (path ? app.loadRouteFor(config, path, session.staff) : undefined));
}
