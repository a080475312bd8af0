import { loadRemote } from '@module-federation/runtime';
import type { ComponentType } from 'react';

/**
 * Loads `<remote>/<module>` and returns its component, the export named like the module (a remote's
 * `./KpiApp` exports `KpiApp`). Rejects with a message naming the remote when anything is off, so
 * the route's error boundary can say which module failed.
 */
export async function loadRemoteComponent<Props extends object = object>(
  remote: string,
  module: string,
): Promise<{ default: ComponentType<Props> }> {
  const exports = await loadRemote<Record<string, unknown>>(`${remote}/${module}`);
  const component = exports?.[module] ?? exports?.default;
  if (typeof component !== 'function' && (typeof component !== 'object' || component === null)) {
    throw new Error(`Remote "${remote}" does not export a component "${module}"`);
  }
  return { default: component as ComponentType<Props> };
}
