import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '@careline/service-kit';
import { createDepartmentLoaders, type DepartmentLoaders } from './modules/department/department.loaders.js';
import { createPositionLoaders, type PositionLoaders } from './modules/position/position.loaders.js';
import { createStaffLoaders, type StaffLoaders } from './modules/staff/staff.loaders.js';
import { createPartnerLoaders, type PartnerLoaders } from './modules/partner/partner.loaders.js';
import type { AccessTokens } from './modules/auth/access-token.js';

export type IdentityLoaders = DepartmentLoaders & PositionLoaders & StaffLoaders & PartnerLoaders;

/** This identity instance's settings: the token key and the hospital's time zone. */
export interface IdentityRuntime {
  tokens: AccessTokens;
  timeZone: string;
}

/**
 * What the kit's per-request hook hands resolvers: the loaders, plus the instance's runtime
 * (the only per-request hook a ServiceDefinition has, so the injected key travels with it).
 */
export type IdentityScope = IdentityLoaders & { runtime: IdentityRuntime };
export type IdentityContext = ServiceContext<IdentityScope>;

export const createIdentityLoaders = (em: EntityManager): IdentityLoaders => ({
  ...createDepartmentLoaders(em),
  ...createPositionLoaders(em),
  ...createStaffLoaders(em),
  ...createPartnerLoaders(em),
});
