/** PostgreSQL array literals for a statement's parameters (`?::text[]` …): one parameter, any length. */

/** text values ({"A","B",NULL}) */
export function textArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

export const intArray = (values: readonly number[]) => `{${values.join(',')}}`;

/** YYYY-MM-DD days */
export const dateArray = (values: readonly string[]) => `{${values.join(',')}}`;
