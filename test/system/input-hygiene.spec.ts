import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// Every query and mutation that takes arguments, read from the API schema clients see (so a field
// added later is driven too), is called through the gateway with values that must never reach
// PostgreSQL: a NUL byte, a control character, an oversize string or list, a day that does not
// exist, a date out of range. Each must be BAD_USER_INPUT naming the argument; free text that
// looks like an impossible date and extreme integers must simply not be an INTERNAL_SERVER_ERROR.

const API_SCHEMA = fileURLToPath(new URL('../../gateway/api-schema.graphql', import.meta.url));
const schema = buildSchema(readFileSync(API_SCHEMA, 'utf8'));

/** the kit's limits (services/shared/src/input-hygiene.ts), one past each */
const TOO_LONG = 'x'.repeat(4_001);
const TOO_MANY = 501;

type Expect = 'BAD_USER_INPUT' | 'NOT_INTERNAL';
interface Case {
  field: string;
  operation: 'query' | 'mutation';
  path: string;
  label: string;
  variables: Record<string, unknown>;
  document: string;
  expect: Expect;
}

/** a valid value of `type` (only required input fields are filled) */
function sample(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sample(nullable.ofType as GraphQLInputType)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  switch (nullable.name) {
    case 'Int':
    case 'Fen':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return '01a20000-0000-7000-8000-0000000000ff';
    case 'LocalDate':
      return '2026-03-02';
    case 'YearMonth':
      return '2026-03';
    case 'DateTimeISO':
      return '2026-03-02T02:00:00.000Z';
    default:
      return 'x';
  }
}

/** the bad values for a leaf of named type `name`, and what the answer must be */
function badValues(name: string): { label: string; value: unknown; expect: Expect }[] {
  const text = [
    { label: 'a NUL byte', value: 'a\u0000b', expect: 'BAD_USER_INPUT' as const },
    { label: 'a control character', value: 'a\u001bb', expect: 'BAD_USER_INPUT' as const },
    { label: 'an oversize string', value: TOO_LONG, expect: 'BAD_USER_INPUT' as const },
  ];
  switch (name) {
    case 'String':
      return [...text, { label: 'text that looks like an impossible date', value: '2026-02-29', expect: 'NOT_INTERNAL' }];
    case 'ID':
      return [...text, { label: 'an id that is not one', value: 'not-an-id', expect: 'NOT_INTERNAL' }];
    case 'LocalDate':
      return [
        { label: 'a day that does not exist', value: '2026-02-29', expect: 'BAD_USER_INPUT' },
        { label: 'a day out of range', value: '9999-12-31', expect: 'BAD_USER_INPUT' },
        { label: 'a day not written YYYY-MM-DD', value: '20260301', expect: 'BAD_USER_INPUT' },
        { label: 'a NUL byte', value: '2026-03-01\u0000', expect: 'BAD_USER_INPUT' },
      ];
    case 'YearMonth':
      return [
        { label: 'a month that does not exist', value: '2026-13', expect: 'BAD_USER_INPUT' },
        { label: 'a month out of range', value: '9999-12', expect: 'BAD_USER_INPUT' },
      ];
    case 'DateTimeISO':
      return [
        { label: 'an instant out of range', value: '9999-12-31T00:00:00.000Z', expect: 'BAD_USER_INPUT' },
        { label: 'an instant on a day that does not exist', value: '2026-02-30T00:00:00.000Z', expect: 'BAD_USER_INPUT' },
      ];
    case 'Int':
      return [
        { label: 'the largest Int', value: 2_147_483_647, expect: 'NOT_INTERNAL' },
        { label: 'the smallest Int', value: -2_147_483_648, expect: 'NOT_INTERNAL' },
      ];
    case 'Fen':
      return [{ label: 'the largest Fen', value: Number.MAX_SAFE_INTEGER, expect: 'NOT_INTERNAL' }];
    default:
      return [];
  }
}

/** sets `value` at `path` (['input', 'items', 0, 'code']) inside a copy of `root` */
function put(root: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let at: any = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path.at(-1)!] = value;
  return copy;
}

function casesOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Case[] {
  const returns = getNamedType(field.type);
  const selection = isLeafType(returns) ? '' : ' { __typename }';
  const document = `${operation} (${field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')}) { ${field.name}(${field.args
    .map((a) => `${a.name}: $${a.name}`)
    .join(', ')})${selection} }`;
  const baseline = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, sample(a.type)]));
  const cases: Case[] = [];
  const seen = new Set<string>();
  // every leaf and list reachable from the arguments, optional ones included
  const walk = (type: GraphQLInputType, path: (string | number)[], root: Record<string, unknown>) => {
    const nullable = getNullableType(type);
    const display = path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .slice(1);
    const add = (label: string, variables: Record<string, unknown>, expect: Expect) =>
      cases.push({ field: field.name, operation, path: display.replace(/\.\[/g, '['), label, variables, document, expect });
    if (isListType(nullable)) {
      const item = sample(nullable.ofType as GraphQLInputType);
      add(
        'an oversize list',
        put(
          root,
          path,
          Array.from({ length: TOO_MANY }, () => structuredClone(item)),
        ),
        'BAD_USER_INPUT',
      );
      walk(nullable.ofType as GraphQLInputType, [...path, 0], put(root, path, [item]));
      return;
    }
    if (isInputObjectType(nullable)) {
      if (seen.has(nullable.name)) return; // recursive inputs (filters of filters) once
      seen.add(nullable.name);
      const filled = put(root, path, (path.reduce<any>((at, key) => at?.[key], root) as object | undefined) ?? sample(nullable));
      for (const inner of Object.values(nullable.getFields())) walk(inner.type, [...path, inner.name], filled);
      seen.delete(nullable.name);
      return;
    }
    for (const bad of badValues(getNamedType(nullable).name)) add(bad.label, put(root, path, bad.value), bad.expect);
  };
  for (const arg of field.args) walk(arg.type, [arg.name], baseline);
  return cases;
}

const ALL_CASES = (['query', 'mutation'] as const).flatMap((operation) => {
  const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields())
    .filter((f) => f.args.length > 0)
    .flatMap((f) => casesOf(operation, f));
});

/** who may call a field is not this test's subject: each field is asked as the first of these it lets in */
const CALLERS: (DemoUser | 'partner')[] = ['director', 'cs.admin', 'member.admin', 'finance', 'auditor', 'cs.staff', 'guide', 'partner'];

describe('input hygiene on every argument of every query and mutation', () => {
  let system: RunningSystem;
  const callerOf = new Map<string, DemoUser | 'partner'>();

  beforeAll(async () => {
    system = await startSystem({ rateLimits: { perStaff: 1_000_000, perApiKey: 1_000_000 } });
  }, 120_000);
  afterAll(() => system?.stop());

  it('covers the schema: every argument-taking root field has cases', () => {
    const fields = new Set(ALL_CASES.map((c) => c.field));
    const expected = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) =>
      Object.values(t.getFields())
        .filter((f) => f.args.length > 0)
        .map((f) => f.name),
    );
    expect(expected.filter((name) => !fields.has(name))).toEqual([]);
    expect(ALL_CASES.length).toBeGreaterThan(500);
  });

  it('refuses the dates of the report before any SQL runs, written inline or as variables', async () => {
    system.resetQueries();
    const roster = await system.as('guide', '{ dutyRoster(day: "2026-02-29") { nextIndex } }');
    expect(roster.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'day', reason: 'DAY_INVALID' } });
    const report = await system.as('cs.admin', 'query ($w: LocalDate!) { weeklyOpinionReport(weekOf: $w) { __typename } }', {
      w: '9999-12-31',
    });
    expect(report.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'weekOf', reason: 'DATE_OUT_OF_RANGE' } });
    const nul = await system.as(
      'cs.staff',
      'mutation { createCustomer(input: { name: "a\\u0000b", phone: "13800000000", channel: PHONE }) { id } }',
    );
    expect(nul.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'CONTROL_CHARACTER' } });
    expect(system.queries.crm).toEqual([]);
  });

  it('answers BAD_USER_INPUT naming the argument for invalid values, and never INTERNAL_SERVER_ERROR', async () => {
    const failures: string[] = [];
    for (const c of ALL_CASES) {
      const ask = (who: DemoUser | 'partner') => system.as(who, c.document, c.variables);
      let answer: Awaited<ReturnType<typeof ask>> | undefined;
      for (const who of callerOf.has(c.field) ? [callerOf.get(c.field)!] : CALLERS) {
        answer = await ask(who);
        const codes = (answer.errors ?? []).map((e: any) => e.extensions?.code);
        if (!codes.includes('FORBIDDEN') && !codes.includes('UNAUTHENTICATED')) {
          callerOf.set(c.field, who);
          break;
        }
      }
      const errors: any[] = answer?.errors ?? [];
      const codes = errors.map((e) => e.extensions?.code as string);
      const where = `${c.operation} ${c.field} ${c.path} with ${c.label}`;
      if (codes.includes('INTERNAL_SERVER_ERROR') || answer!.status >= 500) {
        failures.push(`${where}: INTERNAL_SERVER_ERROR ${JSON.stringify(errors.map((e) => e.message))}`);
      } else if (c.expect === 'BAD_USER_INPUT') {
        // named as the services name it (`dueDate` for `input.dueDate`, `period.from`) or by GraphQL's coercion message
        const names = (e: any) =>
          e.extensions?.field === c.path || c.path.endsWith(`.${String(e.extensions?.field)}`) || String(e.message).includes(c.path);
        const named = errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && names(e));
        if (!named)
          failures.push(
            `${where}: ${JSON.stringify(errors.map((e) => [e.extensions?.code, e.extensions?.field, e.message.slice(0, 160)]))}`,
          );
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
