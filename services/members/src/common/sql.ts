// members' SQL helpers: the shared ones live in the service kit; S() qualifies a table in members' schema.
export { isUuid, pgCode, sql } from '@careline/service-kit';

export const S = (table: string) => `"members"."${table}"`;
