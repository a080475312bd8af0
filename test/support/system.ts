import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createLogger, kitEnv, startService, type RunningService, type ServiceDefinition } from '@careline/service-kit';
import { createTestDatabase, testSigningKeys, type TestDatabase } from '@careline/service-kit/testing';
import {
  startGateway,
  SUPERGRAPH_FILE,
  type AuthCacheSettings,
  type RateLimits,
  type RunningGateway,
  type SubgraphName,
} from '@careline/gateway';
import { serveStatic } from '@careline/scripts/static-server';
import { createIdentityService } from '@careline/identity';
import { membersService } from '@careline/members';
import { crmService } from '@careline/crm';
import { analyticsService } from '@careline/analytics';

/** the demo partner organisation's key account and API key */
export const DEMO_PARTNER_KEY_ACCOUNT = '01a20000-0000-7000-8000-000000000001';
export const DEMO_PARTNER_API_KEY = 'clk_demo_partner_key_for_tests_only_0123456789';

export const DEFINITIONS: Record<SubgraphName, ServiceDefinition<any>> = {
  // identity creates the demo logins and the demo partner's API key on start
  identity: createIdentityService({ bootstrapDemo: true, demoPartnerApiKey: DEMO_PARTNER_API_KEY }),
  members: membersService,
  crm: crmService,
  analytics: analyticsService,
};

type FrontendName = 'shell' | 'kpi' | 'admin' | 'members' | 'crm';

/** Demo accounts identity creates when BOOTSTRAP_DEMO is set (password DEMO_PASSWORD). */
export const DEMO_USERS = ['director', 'cs.admin', 'member.admin', 'cs.staff', 'finance', 'auditor'] as const;
/** Demo accounts of the crm front line (consultation, guides, on-site consultants), beside DEMO_USERS. */
export const CARE_DEMO_USERS = ['consult.staff', 'guide', 'onsite.admin', 'onsite.a', 'onsite.b'] as const;
/** Demo accounts that fill the remaining scorecard positions (member specialist, operations manager). */
export const POSITION_DEMO_USERS = ['member.staff', 'ops.manager'] as const;
export type DemoUser = (typeof DEMO_USERS)[number] | (typeof CARE_DEMO_USERS)[number] | (typeof POSITION_DEMO_USERS)[number];
export const DEMO_PASSWORD = 'Careline#2026';
const distOf = (name: FrontendName) => fileURLToPath(new URL(`../../frontends/${name}/dist`, import.meta.url));

export interface RunningSystem {
  /** the database every service of this system uses (tests may inspect or break it) */
  databaseUrl: string;
  gatewayUrl: string;
  portalUrl: string;
  services: Record<SubgraphName, RunningService>;
  /** SQL statements per service since the last reset */
  queries: Record<SubgraphName, string[]>;
  resetQueries(): void;
  graphql<T = any>(
    query: string,
    variables?: object,
    headers?: Record<string, string>,
  ): Promise<{ data?: T; errors?: any[]; status: number }>;
  /** headers that authenticate as a demo user (logs in once through the gateway) or the demo partner */
  authHeaders(who: DemoUser | 'partner'): Promise<Record<string, string>>;
  /** graphql() as a demo user or the demo partner */
  as<T = any>(who: DemoUser | 'partner', query: string, variables?: object): Promise<{ data?: T; errors?: any[]; status: number }>;
  stopService(name: SubgraphName): Promise<void>;
  stopFrontend(name: Exclude<FrontendName, 'shell'>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole system in this process, as production wires it: every subgraph on its own port
 * against one fresh database, the gateway on the committed supergraph, and optionally the built
 * shell and KPI remote served as static sites. Requests go over HTTP through the gateway.
 */
export async function startSystem(
  options: {
    frontends?: boolean;
    production?: boolean;
    rateLimits?: Partial<RateLimits>;
    /** the gateway's request-body limit (BODY_LIMIT in production; the gateway's default when unset) */
    bodyLimit?: string;
    authCache?: Partial<AuthCacheSettings>;
  } = {},
): Promise<RunningSystem> {
  const log = createLogger('system', kitEnv().TEST_LOG_LEVEL);
  const db: TestDatabase = await createTestDatabase();
  const queries = { identity: [], members: [], crm: [], analytics: [] } as Record<SubgraphName, string[]>;
  const services = {} as Record<SubgraphName, RunningService>;
  const stopped = new Set<string>();
  for (const [name, definition] of Object.entries(DEFINITIONS) as [SubgraphName, ServiceDefinition<any>][]) {
    services[name] = await startService(definition, {
      databaseUrl: db.url,
      port: 0,
      log: log.child({ service: name }),
      onQuery: (sql) => queries[name].push(sql),
      gatewayPublicKey: testSigningKeys.publicKey,
      // no cron or supervisor passes in the middle of a test (a scheduled job firing would change its data)
      eventBus: { maintenance: false },
    });
  }

  const frontends = new Map<FrontendName, Awaited<ReturnType<typeof serveStatic>>>();
  // assigned once, after the static sites: the shell's runtime config reads it when a browser asks
  // eslint-disable-next-line prefer-const
  let gateway: RunningGateway | undefined;
  if (options.frontends) {
    for (const name of ['shell', 'kpi', 'admin'] as const) {
      if (!existsSync(distOf(name))) throw new Error(`frontends/${name}/dist is missing: run \`pnpm build\` first`);
    }
    const kpi = await serveStatic({ root: distOf('kpi'), port: 0 });
    frontends.set('kpi', kpi);
    const admin = await serveStatic({ root: distOf('admin'), port: 0 });
    frontends.set('admin', admin);
    // remotes that arrive with later issues (crm) are served once they are built
    for (const name of ['members', 'crm'] as const) {
      if (existsSync(distOf(name))) frontends.set(name, await serveStatic({ root: distOf(name), port: 0 }));
    }
    frontends.set(
      'shell',
      await serveStatic({
        root: distOf('shell'),
        port: 0,
        runtimeConfig: () => ({
          graphqlUrl: gateway?.url,
          remotes: Object.fromEntries(
            [...frontends.entries()].filter(([name]) => name !== 'shell').map(([name, server]) => [name, `${server.url}/remoteEntry.js`]),
          ),
        }),
      }),
    );
  }

  gateway = await startGateway({
    supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.url])),
    port: 0,
    log: log.child({ service: 'gateway' }),
    production: options.production ?? false,
    corsOrigins: frontends.has('shell') ? [frontends.get('shell')!.url] : [],
    subgraphTimeoutMs: 5000,
    signingKey: testSigningKeys.privateKey,
    rateLimits: options.rateLimits,
    bodyLimit: options.bodyLimit,
    // shared rate-limit counters and identity's revocation announcements, as `pnpm start` wires them
    databaseUrl: db.url,
    authCache: options.authCache,
  });
  const gatewayUrl = gateway.url;

  const stopService = async (name: SubgraphName) => {
    if (stopped.has(name)) return;
    stopped.add(name);
    await services[name].stop();
  };

  const post = async (query: string, variables?: object, headers?: Record<string, string>) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: any[] };
    return { ...body, status: response.status };
  };
  const tokens = new Map<string, Promise<string>>();
  const authHeaders = async (who: DemoUser | 'partner'): Promise<Record<string, string>> => {
    if (who === 'partner') return { 'x-api-key': DEMO_PARTNER_API_KEY };
    if (!tokens.has(who)) {
      tokens.set(
        who,
        post('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', {
          u: who,
          p: DEMO_PASSWORD,
        }).then((r) => {
          if (!r.data?.login) throw new Error(`demo login ${who} failed: ${JSON.stringify(r.errors)}`);
          return r.data.login.accessToken as string;
        }),
      );
    }
    return { authorization: `Bearer ${await tokens.get(who)}` };
  };

  return {
    databaseUrl: db.url,
    gatewayUrl,
    authHeaders,
    as: async (who, query, variables) => post(query, variables, await authHeaders(who)),
    portalUrl: frontends.get('shell')?.url ?? '',
    services,
    queries,
    resetQueries: () => Object.values(queries).forEach((q) => (q.length = 0)),
    graphql: post,
    stopService,
    stopFrontend: async (name) => {
      const server = frontends.get(name);
      frontends.delete(name);
      await server?.close();
    },
    stop: async () => {
      for (const server of frontends.values()) await server.close();
      await gateway?.stop();
      for (const name of Object.keys(services) as SubgraphName[]) await stopService(name);
      await db.drop();
    },
  };
}
