import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '@careline/service-kit';
import { createCustomerLoaders, type CustomerLoaders } from './modules/customer/customer.loaders.js';

export type CrmLoaders = CustomerLoaders;
export type CrmContext = ServiceContext<CrmLoaders>;

export const createCrmLoaders = (em: EntityManager): CrmLoaders => ({
  ...createCustomerLoaders(em),
});
