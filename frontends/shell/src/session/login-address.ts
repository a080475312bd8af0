import type { SessionStore } from '@careline/frontend-shared/first-screen';
import { isPartnerDocsPath } from '../partner-docs/partner-docs-path.js';

/** The sign-in page's address; any other address shows it too while nobody is signed in. */
const LOGIN_PATH = '/login';

/**
 * Keeps the address in step with the session, before React renders either screen: signed out, the
 * page moves to /login and remembers where the person was going (history state `from`); signed in on
 * /login, it goes back there, or home. The sign-in page needs no router for this (React Router loads
 * with the signed-in screens), and the router of the signed-in screens starts on the right address.
 */
export function keepLoginAddress(store: SessionStore): void {
  const follow = () => {
    const signedIn = store.getState().session !== null;
    const { pathname, search } = window.location;
    // the partner docs are open to everyone: signed out, they stay where they are
    if (isPartnerDocsPath(pathname)) return;
    if (!signedIn && pathname !== LOGIN_PATH) {
      window.history.replaceState({ from: `${pathname}${search}` }, '', LOGIN_PATH);
    } else if (signedIn && pathname === LOGIN_PATH) {
      window.history.replaceState(null, '', requestedPath() ?? '/');
    }
  };
  follow();
  store.subscribe(follow);
  // back and forward while signed out land on the sign-in page as well
  window.addEventListener('popstate', follow);
}

/** Where the person on the sign-in page was going (path and query), if anywhere but home. */
export function requestedPath(): string | undefined {
  const from: unknown = (window.history.state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith(LOGIN_PATH) ? from : undefined;
}
