// The scripts' settings (`pnpm start`, `pnpm dev`, `pnpm seed`): the one file of scripts/ that reads
// process.env, and the one that hands it on to the processes `pnpm start` launches.

/**
 * The value of `name`, or undefined when it is unset or blank.
 * @param {string} name
 * @returns {string | undefined}
 */
function read(name) {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * A TCP port from `variable`, or `fallback` when it is unset; anything else stops the script with the variable's name.
 * @param {string} variable
 * @param {number} fallback
 * @returns {number}
 */
export function portSetting(variable, fallback) {
  const raw = read(variable);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${variable} must be a port (1–65535), not "${raw}"`);
  return port;
}

/**
 * A whole number from `variable` within [min, max], or `fallback` when it is unset.
 * @param {string} variable
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 * @returns {number}
 */
function integerSetting(variable, fallback, min, max) {
  const raw = read(variable);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${variable} must be a whole number (${min}–${max}), not "${raw}"`);
  return value;
}

/**
 * A log file size as rotating-file-stream reads it: a number and B, K, M or G.
 * @param {string} variable
 * @param {string} fallback
 * @returns {string}
 */
function sizeSetting(variable, fallback) {
  const raw = read(variable) ?? fallback;
  if (!/^[1-9]\d*[BKMG]$/.test(raw)) throw new Error(`${variable} must be a size such as 10M, 512K or 1G, not "${raw}"`);
  return raw;
}

/** What the scripts read; keys and URLs are optional (`pnpm start` makes its own under .data/). */
export const scriptsEnv = {
  /** where `pnpm start` writes each process's log (default .data/logs) */
  logDir: read('LOG_DIR'),
  /** where `pnpm start` keeps the keys it makes (default .data/keys) */
  keyDir: read('KEY_DIR'),
  /** a log file is rotated once it passes this size */
  logFileMaxSize: sizeSetting('LOG_FILE_MAX_SIZE', '10M'),
  /** rotated log files kept per process (name.log.1 … name.log.N) */
  logFileKeep: integerSetting('LOG_FILE_KEEP', 5, 1, 100),
  /** a crashed process is restarted after 1 s, 2 s, 4 s… up to this many ms */
  restartMaxDelayMs: integerSetting('RESTART_MAX_DELAY_MS', 30_000, 100, 600_000),
  /** the database; unset: the embedded PostgreSQL under .data/ */
  databaseUrl: read('DATABASE_URL'),
  /** the address every process of `pnpm start` listens on */
  host: read('HOST') ?? '127.0.0.1',
  /** the demo hospital `pnpm start` seeds on an empty database: 120 × DEMO_SCALE customers (default 1) */
  demoScale: integerSetting('DEMO_SCALE', 1, 1, 100),
  /** PEM keys a deployment may give instead of the ones made under .data/keys */
  gatewayPublicKey: read('GATEWAY_PUBLIC_KEY'),
  gatewayPrivateKey: read('GATEWAY_PRIVATE_KEY'),
  identityTokenPrivateKey: read('IDENTITY_TOKEN_PRIVATE_KEY'),
  /** `pnpm backup` / `pnpm restore` of a DATABASE_URL: the folder of a pg_dump / pg_restore whose major version is at least the server's; unset: PATH */
  pgBinDir: read('PG_BIN_DIR'),
};

/**
 * The environment a launched process starts with: this one's (PATH, NODE_OPTIONS, LOG_LEVEL…) with
 * `settings` on top.
 * @param {Record<string, string>} settings
 * @returns {NodeJS.ProcessEnv}
 */
export function childEnv(settings) {
  return { ...process.env, ...settings };
}
