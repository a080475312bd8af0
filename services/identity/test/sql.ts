/** The SQL statements among captured ORM log lines, without the logger's colour codes. */
export function statements(queries: string[], verb = 'select'): string[] {
  return queries
    .map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').replace(/^\[query\]\s*/, ''))
    .filter((sql) => sql.toLowerCase().startsWith(verb));
}
