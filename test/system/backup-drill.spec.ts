import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { kitEnv, startEmbeddedPostgres, type EmbeddedDatabase } from '@careline/service-kit';
import { logicalBackup, logicalRestore, physicalBackup, physicalRestore } from '@careline/scripts/backup';
import { DRILL_SCHEMA, checkRestore, readDrillState, startWriters } from '../support/backup-drill.js';
import { processEnv } from '../support/env.js';
import { freePort } from '../support/processes.js';

/** writes committed before the backup starts, and after it finishes (so the backup runs under load) */
const BEFORE = 300;
const AFTER = 100;

const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const withDatabase = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

// docs/backup.md: the drill an operator runs, as a test. Four writers commit ledger entries, balances
// and events while the backup runs; the restore must hold every write acknowledged before the backup
// began (amount, balance, event position), nothing written after it ended, and no half of a write.
describe('backup and restore drill', () => {
  it('embedded PostgreSQL: a hot copy under write load, restored into a new data directory, holds every write committed before it with its ledger sums and event positions', async () => {
    const port = await freePort();
    let source: EmbeddedDatabase | undefined = await startEmbeddedPostgres({ name: `backup-drill-${port}`, port, ephemeral: true });
    const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
    const backup = mkdtempSync(join(tmpdir(), 'careline-backup-'));
    // under /tmp itself: PostgreSQL's own user must be able to reach it
    const dataDir = join(tmpdir(), `careline-restored-${port}-${randomBytes(4).toString('hex')}`);
    let restored: EmbeddedDatabase | undefined;
    try {
      await sql(adminUrl, 'create database drill');
      const databaseUrl = withDatabase(adminUrl, 'drill');
      await sql(databaseUrl, DRILL_SCHEMA);
      const writers = startWriters(databaseUrl);
      await writers.waitFor(BEFORE);

      const backupStartedAt = Date.now();
      const manifest = await physicalBackup({ adminUrl, target: backup });
      const backupFinishedAt = Date.now();
      await writers.waitFor(writers.commits.length + AFTER);
      await writers.stop();
      expect(writers.failures).toEqual([]);
      // the writer's record is the truth: the source holds exactly what it acknowledged
      expect(checkRestore(await readDrillState(databaseUrl), writers.commits, Infinity, Infinity).problems).toEqual([]);
      await source.stop();
      source = undefined;

      const restoreStartedAt = Date.now();
      await physicalRestore({ backup, dataDir });
      const copiedAt = Date.now();
      const restoredPort = await freePort();
      restored = await startEmbeddedPostgres({ name: 'restored', dataDir, port: restoredPort });
      const startedAt = Date.now();
      const state = await readDrillState(`postgres://postgres:postgres@127.0.0.1:${restoredPort}/drill`);
      const result = checkRestore(state, writers.commits, backupStartedAt, backupFinishedAt);

      expect(result.problems).toEqual([]);
      expect(result.committedDuringBackup, 'the backup ran while writes committed').toBeGreaterThan(0);
      expect(result.restoredEntries).toBeGreaterThanOrEqual(result.committedBeforeBackup);
      expect(result.restoredBalanceSum).toBe(result.restoredLedgerSum);
      console.info(
        'backup drill (embedded, physical):',
        JSON.stringify({
          ...result,
          problems: undefined,
          backupMB: Number((manifest.bytes / 1e6).toFixed(1)),
          backupSeconds: seconds(backupFinishedAt - backupStartedAt),
          restoreCopySeconds: seconds(copiedAt - restoreStartedAt),
          restoreStartSeconds: seconds(startedAt - copiedAt),
        }),
      );
    } finally {
      await source?.stop();
      await restored?.stop();
      rmSync(backup, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);

  // pg_dump must be of the server's major version or newer, and the embedded PostgreSQL ships none: this
  // drill runs against the server BACKUP_DRILL_DATABASE_URL (or the test run's DATABASE_URL) names.
  const server = processEnv.backupDrillDatabaseUrl ?? kitEnv().DATABASE_URL;
  if (server) {
    it('DATABASE_URL: pg_dump under write load, restored with pg_restore into a new database, holds every write committed before it with its ledger sums and event positions', async () => {
      const adminUrl = withDatabase(server, 'postgres');
      const name = `drill_${randomBytes(5).toString('hex')}`;
      const databaseUrl = withDatabase(server, name);
      const restoredUrl = withDatabase(server, `${name}_restored`);
      const backup = mkdtempSync(join(tmpdir(), 'careline-dump-'));
      try {
        await sql(adminUrl, `create database ${name}`);
        await sql(databaseUrl, DRILL_SCHEMA);
        const writers = startWriters(databaseUrl);
        await writers.waitFor(BEFORE);

        const backupStartedAt = Date.now();
        const manifest = await logicalBackup({ databaseUrl, target: backup, pgBinDir: processEnv.pgBinDir });
        const backupFinishedAt = Date.now();
        await writers.waitFor(writers.commits.length + AFTER);
        await writers.stop();
        expect(writers.failures).toEqual([]);

        const restoreStartedAt = Date.now();
        await logicalRestore({ backup, databaseUrl: restoredUrl, pgBinDir: processEnv.pgBinDir });
        const restoredAt = Date.now();
        const result = checkRestore(await readDrillState(restoredUrl), writers.commits, backupStartedAt, backupFinishedAt);

        expect(result.problems).toEqual([]);
        expect(result.restoredEntries).toBeGreaterThanOrEqual(result.committedBeforeBackup);
        // a new database, so a restore never lands on live data
        await expect(logicalRestore({ backup, databaseUrl: restoredUrl, pgBinDir: processEnv.pgBinDir })).rejects.toThrow(
          /already holds tables/,
        );
        console.info(
          'backup drill (DATABASE_URL, pg_dump):',
          JSON.stringify({
            ...result,
            problems: undefined,
            backupMB: Number((manifest.bytes / 1e6).toFixed(2)),
            backupSeconds: seconds(backupFinishedAt - backupStartedAt),
            restoreSeconds: seconds(restoredAt - restoreStartedAt),
          }),
        );
      } finally {
        await sql(adminUrl, `drop database if exists ${name} with (force)`).catch(() => undefined);
        await sql(adminUrl, `drop database if exists ${name}_restored with (force)`).catch(() => undefined);
        rmSync(backup, { recursive: true, force: true });
      }
    }, 300_000);
  }
});
