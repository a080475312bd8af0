#!/usr/bin/env node
// `pnpm restore <backup folder> [--data-dir <new folder>] [--database-url <url>]` (docs/backup.md).
// A physical backup goes into a new data directory: by default the embedded PostgreSQL's (.data/postgres,
// which must not exist: stop `pnpm start` and move the old one aside); the first start replays its WAL.
// A logical backup (pg_dump) goes into a new or empty database: --database-url, else DATABASE_URL.
import { parseArgs } from 'node:util';
import { embeddedDataDir } from '@careline/service-kit';
import { logicalRestore, physicalRestore, readManifest } from './lib/backup.mjs';
import { scriptsEnv } from './lib/env.mjs';

// an operator's mistake (a non-empty target, no backup folder) is one line, not a stack trace
process.on('uncaughtException', (error) => {
  console.error(`\x1b[31m✖ ${error.message}\x1b[0m`);
  process.exit(1);
});

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'data-dir': { type: 'string' }, 'database-url': { type: 'string' } },
});
const backup = positionals[0];
if (!backup) throw new Error('usage: pnpm restore <backup folder> [--data-dir <new folder>] [--database-url <url>]');
const manifest = await readManifest(backup);
console.log(`${manifest.kind} backup taken ${manifest.startedAt} – ${manifest.finishedAt} (PostgreSQL ${manifest.serverVersion})`);

const started = Date.now();
if (manifest.kind === 'physical') {
  const dataDir = values['data-dir'] ?? embeddedDataDir('postgres');
  await physicalRestore({ backup, dataDir });
  console.log(`restored into ${dataDir} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  console.log(
    values['data-dir']
      ? 'start PostgreSQL on it (its first start replays the WAL the backup holds)'
      : '`pnpm start` uses it (its first start replays the WAL the backup holds)',
  );
} else {
  const databaseUrl = values['database-url'] ?? scriptsEnv.databaseUrl;
  if (!databaseUrl) throw new Error('a logical backup restores into a database: give --database-url or DATABASE_URL');
  await logicalRestore({ backup, databaseUrl, pgBinDir: scriptsEnv.pgBinDir });
  console.log(`restored into ${new URL(databaseUrl).pathname.slice(1)} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
