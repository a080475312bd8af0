import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  Kind,
  parse,
  printSchema,
  visit,
  type DefinitionNode,
  type FieldDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type StringValueNode,
} from 'graphql';

/** `services/<svc>/partner-access.json` (the service kit's `partnerAccessOf`): `"Type.field": scopes`, `[]` closed to partners. */
export type PartnerAccess = Record<string, string[]>;

/** A field a partner's key reaches, and the scopes that open it (any one of them; empty: open once its parent is reached). */
export interface PartnerField {
  name: string;
  type: string;
  description: string | null;
  scopes: string[];
  args: { name: string; type: string; description: string | null; defaultValue: string | null }[];
}

export interface PartnerType {
  name: string;
  kind: 'OBJECT' | 'INTERFACE' | 'UNION' | 'ENUM' | 'INPUT_OBJECT' | 'SCALAR';
  description: string | null;
  fields: PartnerField[];
  /** enum values, union members */
  values: { name: string; description: string | null }[];
}

export interface PartnerView {
  /** the root fields (queries) partners may call, then every type they reach, in the order first reached */
  queries: PartnerField[];
  types: PartnerType[];
  /** the API schema cut down to what a partner's key may reach, each scoped field's description naming its scope */
  sdl: string;
  /** `Type`, `Type.field` or `Type.field(arg)` reachable by partners without a description */
  missingDescriptions: string[];
}

/** One access rule per field from every subgraph's file: scopes if any subgraph names one, closed if one closes it, else open. */
export function mergeAccess(files: PartnerAccess[]): Map<string, string[] | 'closed'> {
  const merged = new Map<string, string[] | 'closed'>();
  for (const file of files)
    for (const [field, scopes] of Object.entries(file)) {
      const before = merged.get(field);
      if (scopes.length > 0) merged.set(field, [...new Set([...(Array.isArray(before) ? before : []), ...scopes])].sort());
      else if (before === undefined) merged.set(field, 'closed');
    }
  return merged;
}

const describe = (description: string | null | undefined) => (description?.trim() ? description.trim() : null);

/**
 * What a partner's API key may reach, walked the way the access policy decides (services/shared/src/auth/policy.ts):
 * a query opens when it names a scope; below it, a field opens unless its `@Authorized` list names no scope.
 */
export function partnerView(api: GraphQLSchema, accessFiles: PartnerAccess[]): PartnerView {
  const access = mergeAccess(accessFiles);
  const ruleOf = (type: string, field: string) => access.get(`${type}.${field}`);
  const reached = new Map<string, GraphQLNamedType>();
  const fieldsOf = new Map<string, Set<string>>();
  const missing: string[] = [];
  const queue: GraphQLNamedType[] = [];
  const reach = (type: GraphQLNamedType) => {
    if (reached.has(type.name) || type.name.startsWith('__')) return;
    reached.set(type.name, type);
    queue.push(type);
  };
  const queryType = api.getQueryType()!;
  const queries = Object.values(queryType.getFields()).filter((f) => {
    const rule = ruleOf('Query', f.name);
    return Array.isArray(rule) && rule.length > 0;
  });
  const reachField = (owner: string, field: GraphQLField<unknown, unknown>) => {
    if (!fieldsOf.has(owner)) fieldsOf.set(owner, new Set());
    fieldsOf.get(owner)!.add(field.name);
    for (const arg of field.args) reach(getNamedType(arg.type));
    reach(getNamedType(field.type));
  };
  for (const query of queries) reachField('Query', query);
  while (queue.length > 0) {
    const type = queue.shift()!;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) if (ruleOf(type.name, field.name) !== 'closed') reachField(type.name, field);
      for (const i of type.getInterfaces()) reach(i);
    } else if (isUnionType(type)) type.getTypes().forEach(reach);
    else if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) reach(getNamedType(field.type));
  }

  const toField = (owner: string, f: GraphQLField<unknown, unknown>): PartnerField => {
    const rule = ruleOf(owner, f.name);
    return {
      name: f.name,
      type: String(f.type),
      description: describe(f.description),
      scopes: Array.isArray(rule) ? rule : [],
      args: f.args.map((a) => ({
        name: a.name,
        type: String(a.type),
        description: describe(a.description),
        defaultValue: a.defaultValue === undefined ? null : JSON.stringify(a.defaultValue),
      })),
    };
  };
  const types: PartnerType[] = [...reached.values()]
    .filter((t) => !(isScalarType(t) && isSpecifiedScalarType(t)))
    .map((t) => {
      const kind = isObjectType(t)
        ? 'OBJECT'
        : isInterfaceType(t)
          ? 'INTERFACE'
          : isUnionType(t)
            ? 'UNION'
            : isEnumType(t)
              ? 'ENUM'
              : isInputObjectType(t)
                ? 'INPUT_OBJECT'
                : 'SCALAR';
      const fields =
        isObjectType(t) || isInterfaceType(t)
          ? Object.values(t.getFields())
              .filter((f) => fieldsOf.get(t.name)?.has(f.name))
              .map((f) => toField(t.name, f))
          : isInputObjectType(t)
            ? Object.values(t.getFields()).map((f) => ({
                name: f.name,
                type: String(f.type),
                description: describe(f.description),
                scopes: [],
                args: [],
              }))
            : [];
      const values = isEnumType(t)
        ? t.getValues().map((v) => ({ name: v.name, description: describe(v.description) }))
        : isUnionType(t)
          ? t.getTypes().map((m) => ({ name: m.name, description: null }))
          : [];
      return { name: t.name, kind, description: describe(t.description), fields, values };
    });
  const partnerQueries = queries.map((q) => toField('Query', q));

  for (const q of partnerQueries) {
    if (!q.description) missing.push(`Query.${q.name}`);
    for (const a of q.args) if (!a.description) missing.push(`Query.${q.name}(${a.name})`);
  }
  for (const t of types) {
    if (!t.description) missing.push(t.name);
    for (const f of t.fields) {
      if (!f.description) missing.push(`${t.name}.${f.name}`);
      for (const a of f.args) if (!a.description) missing.push(`${t.name}.${f.name}(${a.name})`);
    }
  }
  return { queries: partnerQueries, types, sdl: cutSchema(api, reached, fieldsOf, ruleOf), missingDescriptions: missing };
}

/** The API schema's SDL with only what partners reach; a scoped field's description says which scope opens it. */
function cutSchema(
  api: GraphQLSchema,
  reached: Map<string, GraphQLNamedType>,
  fieldsOf: Map<string, Set<string>>,
  ruleOf: (type: string, field: string) => string[] | 'closed' | undefined,
): string {
  const document = parse(printSchema(api));
  const kept = document.definitions.filter((d: DefinitionNode) => {
    if (d.kind === Kind.SCHEMA_DEFINITION || d.kind === Kind.DIRECTIVE_DEFINITION) return true;
    return 'name' in d && d.name !== undefined && (d.name.value === 'Query' || reached.has(d.name.value));
  });
  let owner = '';
  const cut = visit(
    { ...document, definitions: kept },
    {
      ObjectTypeDefinition: {
        enter(node) {
          owner = node.name.value;
          return { ...node, interfaces: node.interfaces?.filter((i) => reached.has(i.name.value)) };
        },
      },
      InterfaceTypeDefinition: {
        enter(node) {
          owner = node.name.value;
        },
      },
      InputObjectTypeDefinition: {
        enter() {
          owner = '';
        },
      },
      FieldDefinition(node: FieldDefinitionNode) {
        if (!owner) return undefined;
        if (!fieldsOf.get(owner)?.has(node.name.value)) return null;
        const rule = ruleOf(owner, node.name.value);
        if (!Array.isArray(rule) || rule.length === 0) return undefined;
        const note = `API key scope: ${rule.map((s) => `\`${s}\``).join(' or ')}`;
        const text = node.description?.value ? `${node.description.value}\n\n${note}` : note;
        const description: StringValueNode = { kind: Kind.STRING, value: text, block: true };
        return { ...node, description };
      },
    },
  );
  const schema = buildASTSchema(cut);
  return `${printSchema(schema).trim()}\n`;
}
