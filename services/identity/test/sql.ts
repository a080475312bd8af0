import { stripVTControlCharacters } from 'node:util';

/** The SQL statements among captured ORM log lines, without the logger's colour codes. */
export function statements(queries: string[], verb = 'select'): string[] {
  return queries
    .map((line) => stripVTControlCharacters(line).replace(/^\[query\]\s*/, ''))
    .filter((sql) => sql.toLowerCase().startsWith(verb));
}
