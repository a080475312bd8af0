import { createHash } from 'node:crypto';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  Kind,
  print,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { isUuid } from '../ids.js';

type Fragments = Record<string, FragmentDefinitionNode>;

/** Every field at the top of `set`, through fragments and inline fragments. */
function* topFields(set: SelectionSetNode, fragments: Fragments, seen = new Set<string>()): Generator<FieldNode> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* topFields(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      yield* topFields(fragments[selection.name.value]!.selectionSet, fragments, seen);
    }
  }
}

/**
 * The schema name of the root field a resolver runs under. The response path carries the
 * caller's alias (`nothingToSeeHere: customer(…)`), so the name is looked up in the operation by
 * that response key instead of taken from the path.
 */
export function rootFieldNameOf(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  if (path === info.path) return info.fieldName;
  const key = String(path.key);
  for (const field of topFields(info.operation.selectionSet, info.fragments)) {
    if ((field.alias?.value ?? field.name.value) === key) return field.name.value;
  }
  return key;
}

/** `query customers`, `mutation createCustomer`: the root field a resolver runs under, by its schema name. */
export function operationOf(info: GraphQLResolveInfo): string {
  return `${info.operation.operation} ${rootFieldNameOf(info)}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const KEPT_SCALARS = new Set(['ID', 'Int', 'Float', 'Boolean', 'Fen']);

/**
 * An argument value as the audit shows it. Ids, numbers, flags and enums are kept (they say what was
 * asked for), and so are a query's dates (a period, a month); any other string (a name, a phone, a
 * search, a note), and a mutation's dates (what it writes, e.g. a birth date), is shown as `…`: the
 * audit trail must not become a second copy of the personal data it watches over, which the erasure
 * of a person could not reach (the log is append-only).
 */
function render(value: unknown, type: GraphQLInputType, keepDates: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (type instanceof GraphQLNonNull) return render(value, type.ofType as GraphQLInputType, keepDates);
  if (type instanceof GraphQLList) {
    const items = Array.isArray(value) ? value : [value];
    return `[${items.map((item) => render(item, type.ofType as GraphQLInputType, keepDates)).join(', ')}]`;
  }
  if (type instanceof GraphQLInputObjectType) {
    const fields = type.getFields();
    const entries = Object.entries(value as Record<string, unknown>).filter(([name]) => fields[name]);
    return `{${entries.map(([name, inner]) => `${name}: ${render(inner, fields[name]!.type, keepDates)}`).join(', ')}}`;
  }
  if (type instanceof GraphQLEnumType) return String(value);
  if (value instanceof Date) return keepDates ? JSON.stringify(value.toISOString()) : '…';
  if (type instanceof GraphQLScalarType && KEPT_SCALARS.has(type.name)) return JSON.stringify(value);
  if (type instanceof GraphQLScalarType && type.name === 'DateTimeISO') return keepDates ? JSON.stringify(value) : '…';
  if (typeof value === 'string' && isUuid(value)) return JSON.stringify(value);
  if (typeof value === 'string' && keepDates && DATE.test(value)) return JSON.stringify(value);
  return '…';
}

export interface OperationDescription {
  /** sha256 (hex) of the printed document: whitespace, comments and formatting do not change it */
  hash: string;
  /** root field name → its calls in this operation, e.g. `customer(id: "…")` */
  rootFields: Map<string, string[]>;
}

/** What an audit entry says about the operation that made it: its hash and its root fields' calls. */
export function describeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): OperationDescription {
  const fragments: Fragments = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const root = schema.getRootType(operation.operation);
  const rootFields = new Map<string, string[]>();
  const keepDates = operation.operation !== 'mutation';
  for (const field of topFields(operation.selectionSet, fragments)) {
    const name = field.name.value;
    const definition = root?.getFields()[name];
    const args = (field.arguments ?? []).map((arg) => {
      const argType = definition?.args.find((a) => a.name === arg.name.value)?.type;
      if (!argType) return `${arg.name.value}: …`;
      const value = valueFromAST(arg.value, argType, variables);
      return `${arg.name.value}: ${render(value, argType, keepDates)}`;
    });
    const call = args.length ? `${name}(${args.join(', ')})` : name;
    const calls = rootFields.get(name) ?? [];
    if (!calls.includes(call)) calls.push(call);
    rootFields.set(name, calls);
  }
  return { hash: createHash('sha256').update(print(document)).digest('hex'), rootFields };
}
