import type { Logger } from 'pino';
import { kitEnv } from '../env.js';
import { ensureDatabase, isDatabaseReachable } from './database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

export const EMBEDDED_PORT = kitEnv().EMBEDDED_PG_PORT;
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
