import type { RuntimeConfig, SessionStore } from '@careline/frontend-shared/first-screen';
import type { ComponentType } from 'react';

/** What the sign-in page's build hands the shell_app container: the deployment's addresses and the page's session. */
export interface SignedInAppProps {
  config: RuntimeConfig;
  session: SessionStore;
}

/** The shell_app container's exposed module (src/app/signed-in-app.tsx), as the sign-in page's build sees it. */
export interface SignedInAppModule {
  SignedInApp: ComponentType<SignedInAppProps>;
  prefetchRemoteFor: (config: RuntimeConfig, pathname: string) => void;
}
