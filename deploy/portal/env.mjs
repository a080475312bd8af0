// The portal server's settings: the one file of the portal that reads process.env.
import { fileURLToPath } from 'node:url';

/**
 * @param {string} name
 * @returns {string | undefined} the value, or undefined when unset or blank
 */
function read(name) {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @returns {string | undefined} `value` when it is an http(s) URL; otherwise stops with the variable's name
 */
function url(name, value) {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s]+$/.test(value)) throw new Error(`${name} must be an http(s) URL, not "${value}"`);
  return value.replace(/\/$/, '');
}

const rawPort = read('PORT') ?? '8080';
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port (0–65535), not "${rawPort}"`);

export const portalEnv = {
  port,
  host: read('HOST') ?? '0.0.0.0',
  /** the gateway's address as the browser reaches it (the portal only tells the browser; it never calls it) */
  graphqlUrl: url('GRAPHQL_URL', read('GRAPHQL_URL')) ?? 'http://127.0.0.1:4000/graphql',
  /** the portal's own public address (behind a balancer); unset: taken from each request's Host */
  publicUrl: url('PORTAL_PUBLIC_URL', read('PORTAL_PUBLIC_URL')),
  /** the built front ends, one folder each (pnpm bundle copies them here) */
  publicDir: read('PORTAL_PUBLIC_DIR') ?? fileURLToPath(new URL('./public', import.meta.url)),
};
