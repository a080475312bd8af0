import { inject } from 'vitest';
import './provided-context.js';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createLogger } from '../logger.js';
import { kitEnv } from '../env.js';
import { startService, type RunningService, type ServiceDefinition } from '../service.js';
import { generateSigningKeys, signCaller, type SigningKeys } from '../auth/caller-token.js';
import { REQUEST_ID_HEADER, CALLER_HEADER } from '../http/subgraph-server.js';
import type { Caller } from '../context.js';

/** Callers for tests. `system` may do anything (what internal jobs use). */
export const testCallers = {
  system: { kind: 'system', id: '00000000-0000-7000-8000-000000000000', name: 'test system' },
  director: { kind: 'staff', id: '00000000-0000-7000-8000-000000000001', name: '运营总监', role: 'OPS_DIRECTOR', department: 'OPERATIONS' },
  csAdmin: {
    kind: 'staff',
    id: '00000000-0000-7000-8000-000000000002',
    name: '客服经理',
    role: 'DEPT_ADMIN',
    department: 'CUSTOMER_SERVICE',
  },
  csStaff: { kind: 'staff', id: '00000000-0000-7000-8000-000000000003', name: '客服专员', role: 'STAFF', department: 'CUSTOMER_SERVICE' },
  finance: { kind: 'staff', id: '00000000-0000-7000-8000-000000000004', name: '财务', role: 'FINANCE', department: 'FINANCE' },
  auditor: { kind: 'staff', id: '00000000-0000-7000-8000-000000000005', name: '审计', role: 'AUDITOR', department: 'OPERATIONS' },
  anonymous: { kind: 'anonymous' },
} satisfies Record<string, Caller>;

/** One key pair per test process: what the gateway would sign with. */
export const testSigningKeys: SigningKeys = generateSigningKeys();

/** Headers the gateway would send for `caller` on a new request. */
export async function gatewayHeaders(
  caller: Caller = testCallers.system,
  keys: SigningKeys = testSigningKeys,
): Promise<Record<string, string>> {
  const requestId = randomBytes(8).toString('hex');
  return { [REQUEST_ID_HEADER]: requestId, [CALLER_HEADER]: await signCaller(caller, requestId, keys.privateKey) };
}

export interface TestDatabase {
  /** the admin login's URL (services create their roles through it and serve as their runtime role) */
  url: string;
  name: string;
  /** runs `text` as the admin login: what an operator, not a service, may do (set a sequence back…) */
  asAdmin<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file, on the run's PostgreSQL server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    asAdmin: async <T>(text: string, params: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(text, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface TestService extends RunningService {
  /** SQL statements seen since the last reset (for N+1 and "no SQL ran" assertions) */
  queries: string[];
  resetQueries(): void;
  /** POSTs a GraphQL operation straight to this subgraph, signed as the gateway would for `as` (default: system) */
  request<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
    as?: Caller,
  ): Promise<{ data?: T; errors?: any[] }>;
}

/** Starts a subgraph on a random port against `databaseUrl`, with query capture. */
export async function startTestService<L>(definition: ServiceDefinition<L>, databaseUrl: string): Promise<TestService> {
  const queries: string[] = [];
  const log = createLogger(definition.name, kitEnv().TEST_LOG_LEVEL);
  const service = await startService(definition, {
    databaseUrl,
    port: 0,
    log,
    onQuery: (sql) => queries.push(sql),
    gatewayPublicKey: testSigningKeys.publicKey,
    // no cron or supervisor passes in the middle of a test (a scheduled job firing would change its data)
    eventBus: { maintenance: false },
  });
  return {
    ...service,
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    request: async (query, variables, headers, as) => {
      const response = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await gatewayHeaders(as)), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: any[] };
    },
  };
}

/** Polls `check` until it returns a value other than undefined/false (events arrive asynchronously). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError ?? new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export { moneyFieldsOf } from './money-fields.js';
export { auditProbe, partner, staff } from './callers.js';
