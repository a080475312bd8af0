import { loadRemote } from '@module-federation/runtime';
import type { ComponentType } from 'react';

/** Components already loaded, by `<remote>/<module>`: a route can draw them at once, without suspending. */
const loaded = new Map<string, ComponentType<never>>();

/**
 * Loads `<remote>/<module>` and returns its component, the export named like the module (a remote's
 * `./KpiApp` exports `KpiApp`). Rejects with a message naming the remote when anything is off, so
 * the route's error boundary can say which module failed.
 *
 * With `routePath` (the path inside the remote, `targets` for `/kpi/targets`), it also loads what the
 * remote draws first there, when the module says how: an exported `preloadRoute(routePath)` (a remote
 * whose pages load lazily loads the page's code), so the route draws without suspending. `viewer`
 * (the signed-in role) goes with it: what a remote draws at its index may depend on the role.
 */
export async function loadRemoteComponent<Props extends object = object>(
  remote: string,
  module: string,
  routePath?: string,
  viewer?: { role?: string },
): Promise<{ default: ComponentType<Props> }> {
  const exports = await loadRemote<Record<string, unknown>>(`${remote}/${module}`);
  const preloadRoute = exports?.['preloadRoute'];
  if (routePath !== undefined && typeof preloadRoute === 'function')
    await (preloadRoute as (path: string, viewer?: { role?: string }) => Promise<unknown>)(routePath, viewer);
  const component = exports?.[module] ?? exports?.default;
  if (typeof component !== 'function' && (typeof component !== 'object' || component === null)) {
    throw new Error(`Remote "${remote}" does not export a component "${module}"`);
  }
  loaded.set(`${remote}/${module}`, component as ComponentType<never>);
  return { default: component as ComponentType<Props> };
}

/**
 * The component of `<remote>/<module>` if it has been loaded already (the sign-in page loads the remote
 * of the address asked for while someone types). Drawing it directly spares a Suspense fallback, which
 * React keeps on screen for at least 300 ms once shown.
 */
export function loadedRemoteComponent<Props extends object = object>(remote: string, module: string): ComponentType<Props> | undefined {
  return loaded.get(`${remote}/${module}`) as ComponentType<Props> | undefined;
}
