import { isUuid } from '@careline/service-kit';
import { FactsErrors } from './invalid-event.js';

// Reading an event's payload: a field analytics needs and does not get is an InvalidEventError
// (the bus retries, then keeps the job as failed) rather than a silently missing count.

export function text(type: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw FactsErrors.missing(type, field);
  return value.trim();
}
/** an id, lower-cased (ids are compared as text) */
export const id = (type: string, field: string, value: unknown) => text(type, field, value).toLowerCase();
export const optionalId = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : null;
/** a staff id, or null for anything else (a system operator's placeholder) */
export const staffIdOf = (value: unknown): string | null =>
  typeof value === 'string' && isUuid(value.trim()) ? value.trim().toLowerCase() : null;

export function instant(type: string, field: string, value: unknown): Date {
  const at = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime())) throw FactsErrors.invalidTimestamp(type, field, value);
  return at;
}

/** an amount in fen: a safe integer */
export function fen(type: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw FactsErrors.missing(type, field);
  return value;
}
