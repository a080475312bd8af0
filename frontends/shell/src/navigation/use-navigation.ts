import { useSession } from '@careline/frontend-shared';
import { useMemo } from 'react';
import { navigationFor } from './navigation-for.js';
import type { NavigationItem } from './navigation-item.js';

/** The signed-in staff member's navigation (home alone while nobody is signed in). */
export function useNavigation(): NavigationItem[] {
  const { staff } = useSession();
  return useMemo(() => navigationFor(staff?.role, staff?.departmentCode), [staff?.role, staff?.departmentCode]);
}
