#!/usr/bin/env node
// `pnpm backup [--out <folder>] [--physical]`: a backup of Careline's database while it keeps serving
// (docs/backup.md). No DATABASE_URL: a hot physical copy of the embedded PostgreSQL (started for the
// backup when it is not running). DATABASE_URL: pg_dump of that database, or with --physical a copy
// of its cluster's data directory (a superuser URL, the server on this machine).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EMBEDDED_PORT, createLogger, resolveDatabase } from '@careline/service-kit';
import { logicalBackup, physicalBackup } from './lib/backup.mjs';
import { scriptsEnv } from './lib/env.mjs';

// an operator's mistake (a non-empty target, no backup folder) is one line, not a stack trace
process.on('uncaughtException', (error) => {
  console.error(`\x1b[31m✖ ${error.message}\x1b[0m`);
  process.exit(1);
});

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string' }, physical: { type: 'boolean', default: false } } });
const target = values.out ?? join(root, 'backups', `careline-${new Date().toISOString().replace(/[:.]/g, '-')}`);

const started = Date.now();
let manifest;
if (scriptsEnv.databaseUrl && !values.physical) {
  console.log(`backing up DATABASE_URL with pg_dump into ${target}`);
  manifest = await logicalBackup({ databaseUrl: scriptsEnv.databaseUrl, target, pgBinDir: scriptsEnv.pgBinDir });
} else if (scriptsEnv.databaseUrl) {
  console.log(`copying the data directory of DATABASE_URL's server into ${target}`);
  manifest = await physicalBackup({ adminUrl: scriptsEnv.databaseUrl, target });
} else {
  console.log(`copying the embedded PostgreSQL (port ${EMBEDDED_PORT}) into ${target}`);
  const database = await resolveDatabase(undefined, createLogger('backup', 'warn'));
  try {
    manifest = await physicalBackup({ adminUrl: `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres`, target });
  } finally {
    await database.embedded?.stop();
  }
}
console.log(
  `${manifest.kind} backup of ${(manifest.bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)}s: ${target}`,
);
