import type { KeyObject } from 'node:crypto';
import { generateSigningKeys, idempotencyModule, privateKeyFromPem, type Logger, type ServiceDefinition } from '@careline/service-kit';
import { createIdentityLoaders, type IdentityRuntime, type IdentityScope } from './context.js';
import { identityEnv } from './env.js';
import { migrations } from './migrations/index.js';
import { AccessTokens } from './modules/auth/access-token.js';
import { departmentModule } from './modules/department/department.module.js';
import { positionModule } from './modules/position/position.module.js';
import { staffModule } from './modules/staff/staff.module.js';
import { createAuthModule } from './modules/auth/auth.module.js';
import { partnerModule } from './modules/partner/partner.module.js';
import { auditModule } from './modules/audit/audit.module.js';
import { notificationModule } from './modules/notification/notification.module.js';
import { personalDataModule } from './modules/personal-data/personal-data.module.js';
import { createDemoModule } from './modules/demo/demo.module.js';

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
    migrations,
    modules: [
      departmentModule,
      positionModule,
      staffModule,
      createAuthModule(resolveRuntime),
      partnerModule,
      auditModule,
      personalDataModule,
      notificationModule,
      idempotencyModule,
      createDemoModule(() => {
        const enabled = options.bootstrapDemo ?? identityEnv().BOOTSTRAP_DEMO;
        return { enabled, partnerApiKey: enabled ? (options.demoPartnerApiKey ?? identityEnv().DEMO_PARTNER_API_KEY) : undefined };
      }),
    ],
    createLoaders: (em) => ({ ...createIdentityLoaders(em), runtime: resolveRuntime() }),
  };
}

/** The identity subgraph as main.ts runs it, configured from the environment. */
export const identityService: ServiceDefinition<IdentityScope> = createIdentityService();

/** the notification consumer's handler, for tests that deliver an event again */
export { handleNotificationEvent } from './modules/notification/notification.consumer.js';
/** the demo hospital's doctors (names, departments, sign-in names), which system tests look for by name */
export { DEMO_DOCTORS } from './modules/demo/demo.bootstrap.js';
