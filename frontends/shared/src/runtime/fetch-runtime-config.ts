import type { RuntimeConfig } from './runtime-config.js';

/**
 * Reads `/runtime-config.json` from the page's own origin (never from a cache: a redeploy may have
 * moved a remote) and checks its shape, so a broken deployment fails with a message, not a blank page.
 */
export async function fetchRuntimeConfig(url = '/runtime-config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const config = (await response.json()) as Partial<RuntimeConfig>;
  if (typeof config.graphqlUrl !== 'string' || config.graphqlUrl === '') {
    throw new Error(`${url}: "graphqlUrl" must be a non-empty string`);
  }
  const remotes = config.remotes ?? {};
  for (const [name, entry] of Object.entries(remotes)) {
    if (typeof entry !== 'string' || entry === '') throw new Error(`${url}: remotes.${name} must be a URL`);
  }
  return { graphqlUrl: config.graphqlUrl, remotes };
}
