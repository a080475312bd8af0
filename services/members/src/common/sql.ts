// members' SQL helpers: the shared ones live in the service kit; S() qualifies a table in members' schema.
export { isUuid, pgCode, sql } from '@careline/service-kit';

export const S = (table: string) => `"members"."${table}"`;

/**
 * A PostgreSQL array literal for `?::uuid[]` / `?::date[]` / `?::int[]`: the driver would expand a
 * JS array into a list of parameters. Only for values without commas, quotes or braces.
 */
export const pgArray = (values: readonly (string | number)[]): string => `{${values.join(',')}}`;
