import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * One table's rows on one person, as a personal-data export (PIPL Art. 45) shows them. Each subgraph
 * contributes its own sections to crm's `PersonalDataExport` entity; the type is shared.
 */
@ObjectType({ description: 'What one table of one service holds on a person: every row, every column' })
@Directive('@shareable')
export class PersonalDataSection {
  @Field(() => String, { description: 'the service that holds the rows (crm, members, analytics, identity)' })
  service: string;

  @Field(() => String, { description: 'the table, as the service names it' })
  table: string;

  @Field(() => [GraphQLJSONObject], { description: 'the rows, column name to value' })
  rows: Record<string, unknown>[];
}

/** Column name → the key values that identify the person in it (e.g. customer_id → [the customer's id]). */
export type PersonalKeys = Record<string, readonly string[]>;

interface KeyColumn {
  table: string;
  column: string;
  type: 'uuid' | 'text' | 'array';
}

/**
 * Every row of `schema` that names the person: each table with one of `keys`' columns (found in the
 * catalogue, so a table added later is exported without editing a list), plus `extra` tables keyed by
 * other columns (a customer's own row by `id`). One statement per table; an empty table is left out.
 */
export async function collectPersonalData(
  em: EntityManager,
  schema: string,
  keys: PersonalKeys,
  extra: Record<string, PersonalKeys> = {},
): Promise<PersonalDataSection[]> {
  const names = new Set([...Object.keys(keys), ...Object.values(extra).flatMap((k) => Object.keys(k))]);
  const columns = await em.execute<{ table_name: string; column_name: string; data_type: string }[]>(
    `select table_name, column_name, data_type from information_schema.columns
      where table_schema = ? and column_name = any(string_to_array(?, ',')) order by table_name, column_name`,
    [schema, [...names].join(',')],
  );
  const byTable = new Map<string, KeyColumn[]>();
  for (const c of columns) {
    // a key column counts in every table; an extra one only in its own table
    if (!(c.column_name in keys) && !extra[c.table_name]?.[c.column_name]) continue;
    const type = c.data_type === 'uuid' ? 'uuid' : c.data_type === 'ARRAY' ? 'array' : 'text';
    byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), { table: c.table_name, column: c.column_name, type }]);
  }

  const sections: PersonalDataSection[] = [];
  for (const [table, cols] of [...byTable.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const clauses: string[] = [];
    const params: unknown[] = [];
    for (const col of cols) {
      const values = [...(extra[table]?.[col.column] ?? keys[col.column] ?? [])];
      if (values.length === 0) continue;
      // typed comparisons keep each table's index on the key usable
      clauses.push(
        col.type === 'array'
          ? `"${col.column}" && string_to_array(?, ',')`
          : col.type === 'uuid'
            ? `"${col.column}" = any(string_to_array(?, ',')::uuid[])`
            : `"${col.column}" = any(string_to_array(?, ','))`,
      );
      // one comma-separated parameter: the keys are ids, which hold no comma
      params.push(values.join(','));
    }
    if (clauses.length === 0) continue;
    const rows = await em.execute<Record<string, unknown>[]>(`select * from "${schema}"."${table}" where ${clauses.join(' or ')}`, params);
    if (rows.length) sections.push({ service: schema, table, rows: rows.map(plainRow) });
  }
  return sections;
}

/** JSON-safe values: binary columns are named, not dumped. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? `(${v.length} bytes)` : v]));
}

/** `匿名客户 1A2B3C4D`: what stands where an erased person's name stood, the same in every service. */
export function pseudonymFor(customerId: string): string {
  return `匿名客户 ${customerId.replace(/-/g, '').slice(-8).toUpperCase()}`;
}

/** What replaces erased free text (notes, descriptions, message bodies). */
export const ERASED_TEXT = '[已删除]';
