import type { KeyObject } from 'node:crypto';
import { generateSigningKeys, privateKeyFromPem, type Logger, type ServiceDefinition } from '@careline/service-kit';
import { createIdentityLoaders, type IdentityRuntime, type IdentityScope } from './context.js';
import { identityEnv } from './env.js';
import { migrations } from './migrations/index.js';
import { Department } from './modules/department/department.entity.js';
import { DepartmentResolver, departmentReference } from './modules/department/department.resolver.js';
import { Position } from './modules/position/position.entity.js';
import { PositionResolver } from './modules/position/position.resolver.js';
import { Staff } from './modules/staff/staff.entity.js';
import { StaffResolver, staffReference } from './modules/staff/staff.resolver.js';
import { RotatedRefreshToken, Session } from './modules/auth/session.entity.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { AccessTokens } from './modules/auth/access-token.js';
import { Authenticator, authenticateRoute } from './modules/auth/authenticate.route.js';
import { PartnerOrganisation } from './modules/partner/partner-organisation.entity.js';
import { ApiKey } from './modules/partner/api-key.entity.js';
import { ApiKeyResolver, PartnerOrganisationResolver } from './modules/partner/partner.resolver.js';
import { AuditEntry } from './modules/audit/audit-entry.entity.js';
import { ProcessedEvent } from './modules/audit/processed-event.entity.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { subscribeAuditConsumer } from './modules/audit/audit.consumer.js';
import { bootstrapDemo } from './modules/demo/demo.bootstrap.js';

export interface IdentityServiceOptions {
  /** Ed25519 private key (KeyObject or PKCS8 PEM) for access tokens; default: IDENTITY_TOKEN_PRIVATE_KEY */
  tokenPrivateKey?: KeyObject | string;
  /** create the demo accounts at start; default: BOOTSTRAP_DEMO=true */
  bootstrapDemo?: boolean;
  /** the demo partner's API key secret; default: DEMO_PARTNER_API_KEY */
  demoPartnerApiKey?: string;
  /** default: HOSPITAL_TIME_ZONE, else Asia/Shanghai */
  timeZone?: string;
}

/**
 * The identity subgraph. Settings not given are read from the environment when first needed (so
 * printing the schema or generating migrations needs none). Without a token key outside production,
 * a key is generated for the process: sign-ins then end when it restarts.
 */
export function createIdentityService(options: IdentityServiceOptions = {}): ServiceDefinition<IdentityScope> {
  let runtime: IdentityRuntime | undefined;
  const resolveRuntime = (log?: Logger): IdentityRuntime => {
    if (runtime) return runtime;
    const env = options.tokenPrivateKey && options.timeZone ? undefined : identityEnv();
    let key: KeyObject | undefined =
      typeof options.tokenPrivateKey === 'string'
        ? privateKeyFromPem(options.tokenPrivateKey)
        : (options.tokenPrivateKey ?? env?.IDENTITY_TOKEN_PRIVATE_KEY);
    if (!key) {
      key = generateSigningKeys().privateKey;
      log?.warn(
        'IDENTITY_TOKEN_PRIVATE_KEY is not set: access tokens are signed with a key made for this process and end when it restarts',
      );
    }
    runtime = { tokens: new AccessTokens(key), timeZone: options.timeZone ?? env?.HOSPITAL_TIME_ZONE ?? 'Asia/Shanghai' };
    return runtime;
  };

  return {
    name: 'identity',
    entities: [Department, Position, Staff, Session, RotatedRefreshToken, PartnerOrganisation, ApiKey, AuditEntry, ProcessedEvent],
    migrations,
    resolvers: [
      DepartmentResolver,
      PositionResolver,
      StaffResolver,
      AuthResolver,
      PartnerOrganisationResolver,
      ApiKeyResolver,
      AuditResolver,
    ],
    referenceResolvers: { ...departmentReference, ...staffReference },
    createLoaders: (em) => ({ ...createIdentityLoaders(em), runtime: resolveRuntime() }),
    subscribe: subscribeAuditConsumer,
    internalRoutes: ({ orm, log }) => {
      // resolved here, at start, so a bad key stops the service before it takes requests
      resolveRuntime(log);
      return authenticateRoute(new Authenticator(orm, () => resolveRuntime().tokens), log);
    },
    bootstrap: async (scope) => {
      const demo = options.bootstrapDemo ?? identityEnv().BOOTSTRAP_DEMO;
      if (!demo) return;
      await bootstrapDemo(scope, options.demoPartnerApiKey ?? identityEnv().DEMO_PARTNER_API_KEY);
    },
  };
}

/** The identity subgraph as main.ts runs it, configured from the environment. */
export const identityService: ServiceDefinition<IdentityScope> = createIdentityService();
