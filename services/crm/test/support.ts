import type { TestService } from '@careline/service-kit/testing';

export { auditProbe, partner, staff } from '@careline/service-kit/testing';

/** The SQL statements among captured ORM log lines, without the logger's colour codes. */
export function statements(queries: string[], verb = 'select'): string[] {
  return (
    queries
      // eslint-disable-next-line no-control-regex -- the logger's ANSI colour codes start with ESC
      .map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').replace(/^\[query\]\s*/, ''))
      .filter((sql) => sql.toLowerCase().startsWith(verb))
  );
}

export async function countRows(service: TestService, sql: string, params: unknown[] = []): Promise<number> {
  const rows = await service.orm.em.getConnection().execute<{ count: number }[]>(sql, params);
  return rows[0]!.count;
}
