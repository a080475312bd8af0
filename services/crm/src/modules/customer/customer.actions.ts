import { registerEnumType } from 'type-graphql';
import type { Caller } from '@careline/service-kit';
import { CUSTOMER_DEPARTMENTS, CUSTOMER_WRITERS, inDepartments } from './customer.roles.js';

/**
 * What the caller may do with a customer record (docs/access-control.md, "Actions by permission").
 * updateCustomer, reclassifyCustomer and mergeCustomers are guarded by `@Authorized(CUSTOMER_WRITERS)`
 * and `@InDepartments(CUSTOMER_DEPARTMENTS)`; this rule is those two, from the same constants and
 * the same predicate, so `Customer.viewerActions` lists exactly what they accept. No step depends on
 * the record's state (a merged record is gone; an erased one keeps being editable).
 */
export enum CustomerAction {
  EDIT = 'EDIT',
  RECLASSIFY = 'RECLASSIFY',
  MERGE = 'MERGE',
}
registerEnumType(CustomerAction, {
  name: 'CustomerAction',
  description: 'a change the caller may make to a customer record',
  valuesConfig: {
    EDIT: { description: '编辑 (updateCustomer)' },
    RECLASSIFY: { description: '重新分类 (reclassifyCustomer)' },
    MERGE: { description: '合并 (mergeCustomers, this record as either side)' },
  },
});

export const CUSTOMER_ACTIONS: readonly CustomerAction[] = [CustomerAction.EDIT, CustomerAction.RECLASSIFY, CustomerAction.MERGE];

/** The customer writers' rule: a writer's role, then a customer department (the director and system jobs anywhere). */
export function customerWriterAllowed(caller: Caller): boolean {
  const role = caller.kind === 'system' || (caller.kind === 'staff' && (CUSTOMER_WRITERS as readonly string[]).includes(caller.role ?? ''));
  return role && inDepartments(caller, CUSTOMER_DEPARTMENTS);
}

export const customerViewerActions = (caller: Caller): CustomerAction[] => (customerWriterAllowed(caller) ? [...CUSTOMER_ACTIONS] : []);
