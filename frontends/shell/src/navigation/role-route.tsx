import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { NavigationItem } from './navigation-item.js';
import { useNavigation } from './use-navigation.js';

/**
 * A route only the roles with its navigation item may open; anyone else lands on home. The server
 * refuses their data anyway: this spares them a screen of errors.
 */
export function RoleRoute({ item, children }: { item: NavigationItem['key']; children: (item: NavigationItem) => ReactNode }) {
  const allowed = useNavigation().find((candidate) => candidate.key === item);
  return allowed ? children(allowed) : <Navigate to="/" replace />;
}
