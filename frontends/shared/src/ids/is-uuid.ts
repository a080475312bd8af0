const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any UUID, in any case (ids are checked in a form before they reach the server). */
export const isUuid = (value: string | null | undefined): value is string => typeof value === 'string' && uuid.test(value);
