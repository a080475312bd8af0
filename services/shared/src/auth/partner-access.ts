import { isObjectType, isInterfaceType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { scopesIn } from './scopes.js';

/**
 * What the access policy (policy.ts) lets a partner's API key reach in one subgraph, written beside
 * its SDL by `pnpm schemas` (`services/<svc>/partner-access.json`) so the gateway's `pnpm compose` can
 * generate the partner docs (docs/partner-api.md) without importing any service.
 *
 * One entry per field that declares `@Authorized` (on the field, its resolver method or the resolver
 * class), as `"Type.field": [scopes]`: the scopes that open it to partners (any one of them), or `[]`
 * when it is closed to partners. A nested field with no entry is open to any signed-in caller (the
 * policy's rule); a root field with no entry (login) is not partner data and is left out of the docs.
 */
export type PartnerAccess = Record<string, string[]>;

/** Reads type-graphql's metadata: call it right after `buildServiceSchema(definition)` built `schema`. */
export function partnerAccessOf(schema: GraphQLSchema, resolvers: readonly unknown[]): PartnerAccess {
  const storage = getMetadataStorage();
  const access: PartnerAccess = {};
  const ours = new Set(resolvers);
  const put = (typeName: string, field: string, roles: readonly string[] | undefined) => {
    const type = schema.getType(typeName);
    if (!roles || !(isObjectType(type) || isInterfaceType(type)) || !type.getFields()[field]) return;
    access[`${typeName}.${field}`] = [...new Set(scopesIn(roles))].sort();
  };
  for (const [typeName, list] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
  ] as const)
    for (const handler of list.filter((h) => ours.has(h.target))) put(typeName, handler.schemaName, handler.roles);
  // object types' own fields, those they inherit, and fields added by @FieldResolver (merged into `fields` by the build)
  for (const objectType of storage.objectTypes) {
    const inherited = storage.fields.filter((f) => f.target !== objectType.target && objectType.target.prototype instanceof f.target);
    for (const field of [...(objectType.fields ?? []), ...inherited]) {
      const roles =
        field.roles ??
        (storage.authorizedFields.find((a) => a.target === field.target && a.fieldName === field.name)?.roles as string[] | undefined);
      put(objectType.name, field.schemaName, roles);
    }
  }
  return Object.fromEntries(Object.entries(access).sort(([a], [b]) => a.localeCompare(b)));
}
