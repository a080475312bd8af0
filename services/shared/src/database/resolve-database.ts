import type { Logger } from 'pino';
import { ensureDatabase, isDatabaseReachable } from './database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const APP_DATABASE = 'careline';

export interface ResolvedDatabase {
  url: string;
  /** set when this process started the embedded cluster and must stop it */
  embedded?: EmbeddedDatabase;
}

/**
 * DATABASE_URL when given; otherwise the embedded PostgreSQL under `.data/` (reused when another
 * process of ours already runs it), with the application database created on first use.
 */
export async function resolveDatabase(databaseUrl: string | undefined, log: Logger): Promise<ResolvedDatabase> {
  if (databaseUrl) return { url: databaseUrl };
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres`;
  let embedded: EmbeddedDatabase | undefined;
  if (!(await isDatabaseReachable(adminUrl))) {
    log.info({ port: EMBEDDED_PORT }, 'no DATABASE_URL: starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ name: 'postgres', port: EMBEDDED_PORT, log });
  }
  const url = await ensureDatabase(adminUrl, APP_DATABASE);
  return { url, embedded };
}
