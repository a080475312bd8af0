import type { FeatureModule } from '@careline/service-kit';
import { Department } from './department.entity.js';
import { DepartmentResolver, departmentReference } from './department.resolver.js';

/** The hospital's departments (a federation entity other subgraphs reference by code). */
export const departmentModule: FeatureModule = {
  name: 'department',
  entities: [Department],
  resolvers: [DepartmentResolver],
  references: departmentReference,
};
