import { v7 } from 'uuid';

/** Time-ordered UUIDv7: unique across services and index-friendly. */
export const newId = (): string => v7();
