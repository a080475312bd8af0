import { v7 } from 'uuid';

/** Time-ordered UUIDv7: unique across services and index-friendly. */
export const newId = (): string => v7();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any UUID (ids are checked before they reach SQL, so a malformed one is "not found", not a database error). */
export const isUuid = (value: string | null | undefined): value is string => typeof value === 'string' && UUID.test(value);
