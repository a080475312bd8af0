import type { RuntimeConfig, SessionStaff, SessionStore } from '@careline/frontend-shared/first-screen';
import type { ComponentType } from 'react';

/** What the sign-in page's build hands the shell_app container: the deployment's addresses and the page's session. */
export interface SignedInAppProps {
  config: RuntimeConfig;
  session: SessionStore;
}

/** The shell_app container's exposed module (src/app/signed-in-app.tsx), as the sign-in page's build sees it. */
export interface SignedInAppModule {
  SignedInApp: ComponentType<SignedInAppProps>;
  /** Draws the layout's antd components off screen (while someone types), so the layout finds their styles ready. */
  warmUp: () => void;
  /** Loads what the route at `pathname` draws first (its remote); with `staff`, only if their role may open it. */
  loadRouteFor: (config: RuntimeConfig, pathname: string, staff?: SessionStaff) => Promise<void>;
}
