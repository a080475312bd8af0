import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '@careline/service-kit';
import { createDepartmentLoaders, type DepartmentLoaders } from './modules/department/department.loaders.js';
import { createStaffLoaders, type StaffLoaders } from './modules/staff/staff.loaders.js';

export type IdentityLoaders = DepartmentLoaders & StaffLoaders;
export type IdentityContext = ServiceContext<IdentityLoaders>;

export const createIdentityLoaders = (em: EntityManager): IdentityLoaders => ({
  ...createDepartmentLoaders(em),
  ...createStaffLoaders(em),
});
