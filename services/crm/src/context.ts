import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller, ServiceContext } from '@careline/service-kit';
import { createCustomerLoaders, type CustomerLoaders } from './modules/customer/customer.loaders.js';

export type CrmLoaders = CustomerLoaders;
export type CrmContext = ServiceContext<CrmLoaders>;

export const createCrmLoaders = (em: EntityManager, caller: Caller): CrmLoaders => ({
  ...createCustomerLoaders(em, caller),
});
