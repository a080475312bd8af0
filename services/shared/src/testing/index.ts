import { inject } from 'vitest';
import './provided-context.js';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createLogger } from '../logger.js';
import { startService, type RunningService, type ServiceDefinition } from '../service.js';

export interface TestDatabase {
  url: string;
  name: string;
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
  /** POSTs a GraphQL operation straight to this subgraph */
  request<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ data?: T; errors?: any[] }>;
}

/** Starts a subgraph on a random port against `databaseUrl`, with query capture. */
export async function startTestService<L>(definition: ServiceDefinition<L>, databaseUrl: string): Promise<TestService> {
  const queries: string[] = [];
  const log = createLogger(definition.name, process.env.TEST_LOG_LEVEL ?? 'silent');
  const service = await startService(definition, {
    databaseUrl,
    port: 0,
    log,
    onQuery: (sql) => queries.push(sql),
  });
  return {
    ...service,
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    request: async (query, variables, headers) => {
      const response = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
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
