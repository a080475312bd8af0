import type { NavigationItem } from './navigation-item.js';

/** The item whose route contains `pathname` (the longest match), if the role has one. */
export function findNavigationItem(items: readonly NavigationItem[], pathname: string): NavigationItem | undefined {
  return items
    .filter((item) => (item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
