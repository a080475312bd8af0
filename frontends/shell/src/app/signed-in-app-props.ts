import type { RuntimeConfig, SessionStore } from '@careline/frontend-shared/first-screen';

/** What the sign-in page's build hands the shell_app container: the deployment's addresses and the page's session. */
export interface SignedInAppProps {
  config: RuntimeConfig;
  session: SessionStore;
}
