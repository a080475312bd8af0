import { badInput, isUuid } from '@careline/service-kit';

/** An id argument: a UUID (lower-cased for the database), else BAD_USER_INPUT naming `field`. */
export function requireId(value: string, field: string): string {
  if (!isUuid(value)) throw badInput(`${field} is not an id`, field, 'ID_INVALID');
  return value.toLowerCase();
}
