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

/** What the scripts read; keys and URLs are optional (`pnpm start` makes its own under .data/). */
export const scriptsEnv = {
  /** the database; unset: the embedded PostgreSQL under .data/ */
  databaseUrl: read('DATABASE_URL'),
  /** the address every process of `pnpm start` listens on */
  host: read('HOST') ?? '127.0.0.1',
  /** PEM keys a deployment may give instead of the ones made under .data/keys */
  gatewayPublicKey: read('GATEWAY_PUBLIC_KEY'),
  gatewayPrivateKey: read('GATEWAY_PRIVATE_KEY'),
  identityTokenPrivateKey: read('IDENTITY_TOKEN_PRIVATE_KEY'),
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
