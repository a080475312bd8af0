import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import type { SubgraphName } from '@careline/gateway';
import type { RunningSystem } from './system.js';

// What the lists-paging tests of each service share (lists-paging.spec.ts for crm, members- and
// identity-lists-paging.spec.ts): counting one service's SQL statements for a request, copying rows to
// have more than a page of everything, and listing every list field of a service's schema.

/** Waits until `service` has run no statement for 300 ms (background consumers and audit done). */
export async function quiet(system: RunningSystem, service: SubgraphName): Promise<void> {
  let last = -1;
  for (;;) {
    const now = system.queries[service].length;
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/**
 * The statements `service` ran for `request`, once nothing else runs there; those matching `ignore`
 * (work a request brings whatever the list, such as identity confirming the caller's session, which
 * the gateway asks for at most every few seconds) are not counted.
 */
export async function statementsFor<T>(
  system: RunningSystem,
  service: SubgraphName,
  request: () => Promise<T>,
  ignore?: RegExp,
): Promise<{ count: number; data: T }> {
  await quiet(system, service);
  system.resetQueries();
  const data = await request();
  return { count: system.queries[service].filter((statement) => !ignore?.test(statement)).length, data };
}

/** `n` copies of `schema`.`table` row `id`, each with `patch` (a jsonb expression over the series index g) applied. */
export async function cloneRows(db: pg.Client, schema: string, table: string, id: string, patch: string, n: number): Promise<void> {
  await db.query(
    `insert into ${schema}.${table} select (jsonb_populate_record(null::${schema}.${table}, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid()) || ${patch})).*
     from ${schema}.${table} s, generate_series(1, ${n}) g where s.id = $1::uuid`,
    [id],
  );
}

/**
 * Every field of `service`'s committed schema that returns a list of objects (`Type.field`): connections
 * and `[Object]` lists, not scalar lists, Mutation fields or the connection types' own fields.
 */
export function objectListFields(service: SubgraphName): string[] {
  const schema = readFileSync(fileURLToPath(new URL(`../../services/${service}/schema.graphql`, import.meta.url)), 'utf8').replace(
    /"""[\s\S]*?"""/g,
    '',
  );
  const lists: string[] = [];
  for (const [, type, body] of schema.matchAll(/^type (\w+)[^{]*\{([\s\S]*?)^\}/gm)) {
    if (!type || type.endsWith('Connection') || type === 'Mutation') continue;
    for (const [, field, result] of body!.matchAll(/^ {2}(\w+)(?:\([\s\S]*?\))?\s*:\s*([^\n]+)/gm)) {
      const named = result!.replace(/[[\]!\s]/g, '');
      const isList =
        result!.includes('Connection') || (result!.startsWith('[') && !['String', 'ID', 'Int', 'Boolean', '_Entity'].includes(named));
      if (isList) lists.push(`${type}.${field}`);
    }
  }
  return lists;
}

/** The list fields of `service` whose name appears in none of `queries` and that are not `exempt`. */
export function uncoveredListFields(service: SubgraphName, queries: string, exempt: readonly string[] = []): string[] {
  return objectListFields(service).filter((field) => !exempt.includes(field) && !new RegExp(`\\b${field.split('.')[1]}\\b`).test(queries));
}
