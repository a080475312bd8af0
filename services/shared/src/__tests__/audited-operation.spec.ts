import { describe, expect, it } from 'vitest';
import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { describeOperation, operationOf } from '../auth/audited-operation.js';

const schema = buildSchema(`
  enum Channel { WALK_IN PARTNER }
  input CustomerFilter { channel: Channel, search: String, since: String }
  type Customer { id: ID!, name: String, phone: String }
  type Query { customer(id: ID!): Customer, customers(first: Int, filter: CustomerFilter): [Customer!]! }
  input CustomerInput { name: String, birthDate: String, channel: Channel }
  type Mutation { updateCustomer(id: ID!, input: CustomerInput!): Customer }
`);
const ID = '01a20000-0000-7000-8000-0000000000c1';

/** The operation name every resolver of `document` would record. */
async function operationsOf(document: string, variables?: Record<string, unknown>): Promise<Set<string>> {
  const seen = new Set<string>();
  const record = (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => {
    seen.add(operationOf(info));
    return info.fieldName === 'id' ? ID : 'x';
  };
  const customer = { id: record, name: record, phone: record };
  await execute({
    schema,
    document: parse(document),
    variableValues: variables,
    rootValue: { customer: () => customer, customers: () => [customer] },
    fieldResolver: (source, args, ctx, info) => {
      const value = (source as Record<string, unknown>)[info.fieldName];
      return typeof value === 'function' ? (value as typeof record)(source, args, ctx, info) : value;
    },
  });
  return seen;
}

describe('the audited operation', () => {
  it('is named by the root field, never by the alias the caller chose, through fragments too', async () => {
    expect(await operationsOf(`{ nothingToSeeHere: customer(id: "${ID}") { name phone } }`)).toEqual(new Set(['query customer']));
    expect(
      await operationsOf(`query { ...F } fragment F on Query { ... on Query { innocent: customers(first: 1) { x: phone } } }`),
    ).toEqual(new Set(['query customers']));
  });

  it('lists each root call with its arguments (variables resolved), hiding free text, and hashes the document', () => {
    const text = `query ($id: ID!, $f: CustomerFilter) { a: customer(id: $id) { name } b: customer(id: "other") { name } customers(first: 5, filter: $f) { id } }`;
    const document = parse(text);
    const operation = document.definitions[0] as never;
    const variables = { id: ID, f: { channel: 'PARTNER', search: '13800001234', since: '2026-12-01' } };
    const described = describeOperation(schema, document, operation, variables);
    expect(described.rootFields.get('customer')).toEqual([`customer(id: "${ID}")`, 'customer(id: "other")']);
    expect(described.rootFields.get('customers')).toEqual([
      'customers(first: 5, filter: {channel: PARTNER, search: …, since: "2026-12-01"})',
    ]);
    expect(described.hash).toMatch(/^[0-9a-f]{64}$/);
    // formatting does not change the hash; a different selection does
    const reformatted = parse(text.replace(/ /g, '\n  ') + '  # a comment');
    expect(describeOperation(schema, reformatted, reformatted.definitions[0] as never, variables).hash).toBe(described.hash);
    const other = parse(text.replace('{ name }', '{ phone }'));
    expect(describeOperation(schema, other, other.definitions[0] as never, variables).hash).not.toBe(described.hash);
  });

  it('hides the dates a mutation writes (a birth date), which the erasure of the person could not reach in the log', () => {
    const document = parse(`mutation ($input: CustomerInput!) { updateCustomer(id: "${ID}", input: $input) { id } }`);
    const variables = { input: { name: '张三', birthDate: '1985-03-14', channel: 'WALK_IN' } };
    const described = describeOperation(schema, document, document.definitions[0] as never, variables);
    expect(described.rootFields.get('updateCustomer')).toEqual([
      `updateCustomer(id: "${ID}", input: {name: …, birthDate: …, channel: WALK_IN})`,
    ]);
  });
});
