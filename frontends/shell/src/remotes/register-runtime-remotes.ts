import { registerRemotes } from '@module-federation/runtime';

const entries = new Map<string, string>();

/**
 * Registers the remotes of /runtime-config.json with the federation runtime that
 * @module-federation/vite initialised for the shell (same runtime module, so the same instance and
 * share scope). Called once at start; `retryRemote` re-registers one after a failed load.
 */
export function registerRuntimeRemotes(remotes: Record<string, string>): void {
  for (const [name, entry] of Object.entries(remotes)) entries.set(name, entry);
  registerRemotes(Object.entries(remotes).map(([name, entry]) => ({ name, entry, type: 'module' })));
}

/**
 * Forgets a remote's failed or stale container and registers it again, so the next load fetches its
 * remoteEntry.js afresh (a new query string, since browsers may remember a failed module URL).
 * Returns false when the runtime config never named this remote.
 */
export function retryRemote(name: string, attempt: number): boolean {
  const entry = entries.get(name);
  if (!entry) return false;
  const url = new URL(entry);
  url.searchParams.set('retry', String(attempt));
  registerRemotes([{ name, entry: url.href, type: 'module' }], { force: true });
  return true;
}
