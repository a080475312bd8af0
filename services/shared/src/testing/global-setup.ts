import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';

import './provided-context.js';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL's server when set, otherwise a throw-away
 * embedded cluster. Each test file then creates its own database on it (createTestDatabase).
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    project.provide('adminDatabaseUrl', admin.toString());
    return;
  }
  const port = Number(process.env.TEST_PG_PORT ?? 54339);
  const db = await startEmbeddedPostgres({ name: `test-postgres-${port}`, port, ephemeral: true });
  project.provide('adminDatabaseUrl', db.adminUrl);
  return async () => {
    await db.stop();
  };
}
