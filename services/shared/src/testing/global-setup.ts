import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { kitEnv } from '../env.js';
import './provided-context.js';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL's server when set, otherwise a throw-away
 * embedded cluster. Each test file then creates its own database on it (createTestDatabase).
 * Every project lists this setup, and vitest runs them all in its main process: the cluster is
 * shared through globalThis and stopped when the last project tears down.
 */
const shared = globalThis as typeof globalThis & { __carelineTestPg?: { db: Promise<EmbeddedDatabase>; users: number } };

export default async function setup(project: TestProject) {
  const env = kitEnv();
  if (env.DATABASE_URL) {
    const admin = new URL(env.DATABASE_URL);
    admin.pathname = '/postgres';
    project.provide('adminDatabaseUrl', admin.toString());
    return;
  }
  const port = env.TEST_PG_PORT;
  shared.__carelineTestPg ??= {
    db: startEmbeddedPostgres({ name: `test-postgres-${port}-${process.pid}`, port, ephemeral: true }),
    users: 0,
  };
  shared.__carelineTestPg.users++;
  const db = await shared.__carelineTestPg.db;
  project.provide('adminDatabaseUrl', db.adminUrl);
  return async () => {
    const holder = shared.__carelineTestPg;
    if (!holder || --holder.users > 0) return;
    shared.__carelineTestPg = undefined;
    await db.stop();
  };
}
