import type { FeatureModule, Logger } from '@careline/service-kit';
import type { IdentityRuntime } from '../../context.js';
import { RotatedRefreshToken, Session } from './session.entity.js';
import { AuthResolver } from './auth.resolver.js';
import { Authenticator, authenticateRoute } from './authenticate.route.js';

/**
 * Sign-in and sessions, and the gateway's `POST /internal/authenticate`. `runtime` gives this
 * instance's token key; it is resolved when the service starts, so a bad key stops it before it
 * takes requests.
 */
export function createAuthModule(runtime: (log?: Logger) => IdentityRuntime): FeatureModule {
  return {
    name: 'auth',
    entities: [Session, RotatedRefreshToken],
    resolvers: [AuthResolver],
    internalRoutes: ({ orm, log }) => {
      runtime(log);
      return authenticateRoute(new Authenticator(orm, () => runtime().tokens), () => runtime().tokens, log);
    },
  };
}
