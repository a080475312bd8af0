// Backup and restore of Careline's database (`pnpm backup`, `pnpm restore`; docs/backup.md).
//
// Two kinds, because the embedded PostgreSQL ships only initdb, pg_ctl and postgres (no pg_dump, and
// a pg_dump older than the server refuses to run):
// - physical: a hot copy of a cluster's data directory with PostgreSQL's own low-level backup API
//   (pg_backup_start / pg_backup_stop, "Making a Base Backup Using the Low Level API" in the
//   PostgreSQL manual), WAL kept by a temporary replication slot and copied after the stop, so the
//   copy recovers to a consistent state. For the embedded default, or any server whose data
//   directory this machine can read (a superuser connection).
// - logical: `pg_dump --format=custom` of one database, restored with `pg_restore` into an empty
//   one. For DATABASE_URL (a managed or remote PostgreSQL): the client's major version must be at
//   least the server's.
// Either way the database's event tables (pg-boss) travel with the data, so event positions stay
// consistent with the rows that produced them.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, copyFile, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
export const MANIFEST = 'manifest.json';

/**
 * What the backup folder's manifest.json records.
 * @typedef {{
 *   kind: 'physical' | 'logical',
 *   format: 1,
 *   startedAt: string,
 *   finishedAt: string,
 *   serverVersion: string,
 *   database?: string,
 *   startLsn?: string,
 *   stopLsn?: string,
 *   bytes: number,
 * }} BackupManifest
 */

/**
 * Directory entries a base backup leaves out (the manual's list): the server's runtime state, and the
 * WAL, which is copied once the backup has stopped.
 */
const SKIPPED_CONTENTS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIPPED_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'pg_internal.init',
  'standby.signal',
  'recovery.signal',
]);

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Copies `from` into `to` recursively, keeping modes and (as root) owners, since PostgreSQL runs as
 * its own user and refuses a data directory it does not own. A file that disappears while the server
 * runs (a dropped table, a removed temp file) is skipped: the WAL replay accounts for it.
 * @param {string} from
 * @param {string} to
 * @param {(relative: string, isDirectory: boolean) => boolean} include
 * @param {string} [relative]
 * @returns {Promise<number>} bytes copied
 */
async function copyTree(from, to, include, relative = '') {
  let bytes = 0;
  const info = await stat(from);
  await mkdir(to, { recursive: true });
  await chmod(to, info.mode & 0o7777);
  if (isRoot()) await chown(to, info.uid, info.gid);
  let entries;
  try {
    entries = await readdir(from, { withFileTypes: true });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return 0;
    throw error;
  }
  for (const entry of entries) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    try {
      if (entry.isDirectory()) {
        if (!include(rel, true)) {
          // kept empty: PostgreSQL expects the folder
          const dirInfo = await stat(source);
          await mkdir(target, { recursive: true, mode: dirInfo.mode & 0o7777 });
          if (isRoot()) await chown(target, dirInfo.uid, dirInfo.gid);
          continue;
        }
        bytes += await copyTree(source, target, include, rel);
      } else if (entry.isSymbolicLink()) {
        if (include(rel, false)) await symlink(await readlink(source), target);
      } else if (entry.isFile() && include(rel, false)) {
        const fileInfo = await lstat(source);
        await copyFile(source, target);
        await chmod(target, fileInfo.mode & 0o7777);
        if (isRoot()) await chown(target, fileInfo.uid, fileInfo.gid);
        bytes += fileInfo.size;
      }
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    }
  }
  return bytes;
}

/**
 * A hot physical backup of the cluster `adminUrl` points at (a superuser connection) into
 * `<target>/data`, while it keeps serving writes.
 * @param {{ adminUrl: string, target: string }} options
 * @returns {Promise<BackupManifest>}
 */
export async function physicalBackup({ adminUrl, target }) {
  const startedAt = new Date().toISOString();
  await mkdir(target, { recursive: true });
  if (existsSync(join(target, MANIFEST))) throw new Error(`${target} already holds a backup`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const settings = await client.query(
      "select current_setting('data_directory') as dir, current_setting('server_version') as version, pg_is_in_recovery() as standby",
    );
    const { dir, version, standby } = settings.rows[0];
    if (standby) throw new Error('back up the primary, not a standby');
    if (!existsSync(join(dir, 'PG_VERSION'))) {
      throw new Error(`the server's data directory ${dir} is not on this machine: use a logical backup (DATABASE_URL with pg_dump)`);
    }
    // keeps every WAL segment from here on until this session ends, so none the copy needs is recycled
    const slot = `careline_backup_${randomBytes(4).toString('hex')}`;
    await client.query('select pg_create_physical_replication_slot($1, true, true)', [slot]);
    const started = await client.query('select pg_backup_start($1, true) as lsn', [`careline ${startedAt}`]);
    const data = join(target, 'data');
    let bytes = await copyTree(dir, data, (rel, isDirectory) =>
      isDirectory ? !SKIPPED_CONTENTS.has(rel) && !rel.startsWith('pgsql_tmp') : !SKIPPED_FILES.has(rel.split('/').at(-1) ?? ''),
    );
    const stopped = await client.query('select lsn, labelfile, spcmapfile from pg_backup_stop(false)');
    const { lsn: stopLsn, labelfile, spcmapfile } = stopped.rows[0];
    await writeFile(join(data, 'backup_label'), labelfile);
    if (spcmapfile) await writeFile(join(data, 'tablespace_map'), spcmapfile);
    // the WAL from the backup's start to (at least) its stop: recovery replays it to a consistent state
    bytes += await copyTree(join(dir, 'pg_wal'), join(data, 'pg_wal'), (rel, isDirectory) =>
      isDirectory ? (rel === 'archive_status' ? false : true) : !rel.startsWith('archive_status/'),
    );
    if (isRoot()) {
      const owner = await stat(dir);
      await chown(join(data, 'backup_label'), owner.uid, owner.gid);
      if (spcmapfile) await chown(join(data, 'tablespace_map'), owner.uid, owner.gid);
    }
    /** @type {BackupManifest} */
    const manifest = {
      kind: 'physical',
      format: 1,
      startedAt,
      finishedAt: new Date().toISOString(),
      serverVersion: version,
      startLsn: started.rows[0].lsn,
      stopLsn,
      bytes,
    };
    await writeFile(join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    // ends the backup if it failed midway, and drops the temporary slot
    await client.end();
  }
}

/**
 * Restores a physical backup into a new data directory (which must not exist or be empty). The first
 * start of PostgreSQL on it replays the WAL the backup holds.
 * @param {{ backup: string, dataDir: string }} options
 * @returns {Promise<{ bytes: number }>}
 */
export async function physicalRestore({ backup, dataDir }) {
  const manifest = await readManifest(backup);
  if (manifest.kind !== 'physical') throw new Error(`${backup} is a ${manifest.kind} backup: restore it into a database (--database-url)`);
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new Error(`${dataDir} is not empty: restore into a new data directory (stop PostgreSQL and move the old one aside first)`);
  }
  const bytes = await copyTree(join(backup, 'data'), dataDir, () => true);
  await chmod(dataDir, 0o700);
  return { bytes };
}

/**
 * The folder of pg_dump / pg_restore: PG_BIN_DIR (a client matching the server's major version), else PATH.
 * @param {string | undefined} pgBinDir
 * @param {string} tool
 */
const pgTool = (pgBinDir, tool) => (pgBinDir ? join(pgBinDir, tool) : tool);

/**
 * `pg_dump --format=custom` of the database `databaseUrl` names into `<target>/careline.dump`: one
 * consistent snapshot of it, taken while it keeps serving writes.
 * @param {{ databaseUrl: string, target: string, pgBinDir?: string }} options
 * @returns {Promise<BackupManifest>}
 */
export async function logicalBackup({ databaseUrl, target, pgBinDir }) {
  const startedAt = new Date().toISOString();
  await mkdir(target, { recursive: true });
  if (existsSync(join(target, MANIFEST))) throw new Error(`${target} already holds a backup`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query("select current_database() as database, current_setting('server_version') as version");
  await client.end();
  const file = join(target, 'careline.dump');
  await run(pgTool(pgBinDir, 'pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', '--file', file, '--dbname', databaseUrl]);
  /** @type {BackupManifest} */
  const manifest = {
    kind: 'logical',
    format: 1,
    startedAt,
    finishedAt: new Date().toISOString(),
    serverVersion: rows[0].version,
    database: rows[0].database,
    bytes: (await stat(file)).size,
  };
  await writeFile(join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Restores a logical backup into the database `databaseUrl` names: created when missing, refused
 * when it already holds tables. All or nothing (one transaction).
 * @param {{ backup: string, databaseUrl: string, pgBinDir?: string }} options
 */
export async function logicalRestore({ backup, databaseUrl, pgBinDir }) {
  const manifest = await readManifest(backup);
  if (manifest.kind !== 'logical') throw new Error(`${backup} is a physical backup: restore it into a data directory (--data-dir)`);
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`the target database name "${name}" must be letters, digits and _`);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const target = new pg.Client({ connectionString: databaseUrl });
  await target.connect();
  try {
    const tables = await target.query(
      "select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    if (tables.rows[0].n > 0) throw new Error(`the database "${name}" already holds tables: restore into a new database`);
  } finally {
    await target.end();
  }
  await run(pgTool(pgBinDir, 'pg_restore'), [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    '--dbname',
    databaseUrl,
    join(backup, 'careline.dump'),
  ]);
}

/**
 * @param {string} backup a backup folder
 * @returns {Promise<BackupManifest>}
 */
export async function readManifest(backup) {
  try {
    return JSON.parse(await readFile(join(backup, MANIFEST), 'utf8'));
  } catch {
    throw new Error(`${backup} is not a backup folder (no readable ${MANIFEST})`);
  }
}
