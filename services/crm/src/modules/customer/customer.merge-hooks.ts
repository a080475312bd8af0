import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Moves one module's rows from the merged customer to the survivor, inside the merge's
 * transaction; returns how many rows it moved. Modules whose tables refer to customers register
 * one (consultations, visits, follow-ups, complaints…).
 */
export type CustomerMergeHook = (em: EntityManager, survivorId: string, mergedId: string) => Promise<number>;

const hooks = new Map<string, CustomerMergeHook>();

/** Registers (or replaces) the hook of `name`; call it at module load. */
export function registerCustomerMergeHook(name: string, hook: CustomerMergeHook): void {
  hooks.set(name, hook);
}

export function customerMergeHooks(): ReadonlyMap<string, CustomerMergeHook> {
  return hooks;
}
