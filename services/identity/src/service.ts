import type { ServiceDefinition } from '@careline/service-kit';
import { createIdentityLoaders, type IdentityLoaders } from './context.js';
import { Department } from './modules/department/department.entity.js';
import { DepartmentResolver, departmentReference } from './modules/department/department.resolver.js';
import { Staff } from './modules/staff/staff.entity.js';
import { StaffResolver, staffReference } from './modules/staff/staff.resolver.js';
import { migrations } from './migrations/index.js';

export const identityService: ServiceDefinition<IdentityLoaders> = {
  name: 'identity',
  entities: [Department, Staff],
  migrations,
  resolvers: [DepartmentResolver, StaffResolver],
  referenceResolvers: { ...departmentReference, ...staffReference },
  createLoaders: createIdentityLoaders,
};
