// The test package's settings: the one file of test/ that reads process.env (the kit's own settings,
// such as TEST_LOG_LEVEL and DATABASE_URL, come from kitEnv() in @careline/service-kit).

/** The value of `name`, or undefined when it is unset or empty. */
function read(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** A whole number > 0, or `fallback` when unset; anything else stops the run with the variable's name. */
function positiveInteger(name: string, fallback: number): number {
  const raw = read(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a whole number above 0, not "${raw}"`);
  return value;
}

/** What the browser tests read. */
export const browserEnv = {
  /** the system's own Chromium (no browser download on these machines) */
  chromiumPath: read('CHROMIUM_PATH') ?? '/usr/bin/chromium',
};

export interface BenchEnv {
  /** BENCH_CUSTOMERS: customers in the benchmark's database (default 100,000) */
  customers: number;
  /** BENCH_RUNS: timed runs per query (default 30, after the warm-up runs) */
  runs: number;
  /** BENCH_IMPORT_ROWS: comma-separated import file sizes, crm (default 10000,50000) */
  importRows: number[];
  /** BENCH_DEBUG: print the SQL the benchmarks explain */
  debug: boolean;
  /** BENCH_DATABASE_URL: an already seeded database to reuse (analytics); unset: a fresh one */
  databaseUrl: string | undefined;
  /** BENCH_WRITE_MS: how long each writer load runs, members (default 4,000 ms) */
  writeMs: number;
  /** BENCH_SEED_MEMBERS: members of the 1,000,000-entry ledger, members (default 100,000) */
  seedMembers: number;
  /** BENCH_ITERATIONS: timed iterations of the portal's sign-in in a browser (default 8) */
  iterations: number;
  /** BENCH_SEED_CUSTOMERS: customers the analytics seeding benchmark generates (default 20,000) */
  seedCustomers: number;
  /** BENCH_SEED_BATCH: events per transaction of the analytics seeding benchmark (default 20,000, as `pnpm seed`) */
  seedBatch: number;
  /** BENCH_ROUNDS: interleaved rounds of the gateway benchmark, reported as medians (default 3) */
  rounds: number;
  /** BENCH_CPU_PROF: a directory where the benchmarked gateway writes a V8 CPU profile (node --cpu-prof) */
  cpuProfileDir: string | undefined;
  /** BENCH_GATEWAY_DIR: another checkout's built gateway/ to benchmark (before/after on the same machine) */
  gatewayDir: string | undefined;
  /** BENCH_SOAK_MS: how long the memory soak's mixed load runs (default 600,000 ms: issue 15's ten minutes) */
  soakMs: number;
}

let bench: BenchEnv | undefined;

/** The benchmarks' settings (test/bench), read on first use. */
export function benchEnv(): BenchEnv {
  bench ??= {
    customers: positiveInteger('BENCH_CUSTOMERS', 100_000),
    runs: positiveInteger('BENCH_RUNS', 30),
    importRows: (read('BENCH_IMPORT_ROWS') ?? '10000,50000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0),
    debug: read('BENCH_DEBUG') !== undefined,
    databaseUrl: read('BENCH_DATABASE_URL'),
    writeMs: positiveInteger('BENCH_WRITE_MS', 4000),
    seedMembers: positiveInteger('BENCH_SEED_MEMBERS', 100_000),
    iterations: positiveInteger('BENCH_ITERATIONS', 8),
    seedCustomers: positiveInteger('BENCH_SEED_CUSTOMERS', 20_000),
    seedBatch: positiveInteger('BENCH_SEED_BATCH', 20_000),
    rounds: positiveInteger('BENCH_ROUNDS', 3),
    cpuProfileDir: read('BENCH_CPU_PROF'),
    gatewayDir: read('BENCH_GATEWAY_DIR'),
    soakMs: positiveInteger('BENCH_SOAK_MS', 600_000),
  };
  return bench;
}

/** The environment of a process a test launches (`pnpm start`'s launcher): this one's with `settings` on top. */
export function launchedProcessEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...settings };
}

/** What tests that start processes of their own hand on (deploy, backup drill, replicas). */
export const processEnv = {
  /** PATH for a started process, so it finds `node` and `pnpm` as this one does */
  path: read('PATH') ?? '/usr/local/bin:/usr/bin:/bin',
  /**
   * BACKUP_DRILL_DATABASE_URL: a PostgreSQL server (a superuser URL) for the DATABASE_URL backup drill
   * (pg_dump / pg_restore on PATH or in PG_BIN_DIR, of the server's major version or newer)
   */
  backupDrillDatabaseUrl: read('BACKUP_DRILL_DATABASE_URL'),
  /** PG_BIN_DIR: where that pg_dump and pg_restore are; unset: PATH */
  pgBinDir: read('PG_BIN_DIR'),
};
