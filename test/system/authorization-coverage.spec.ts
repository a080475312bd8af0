import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { buildServiceSchema } from '@careline/service-kit';
import { DEFINITIONS } from '../support/system.js';

/** Root fields anyone may call: signing in. Everything else must declare who may use it. */
const PUBLIC_ROOT_FIELDS = new Set(['login', 'refreshSession']);

describe('authorization is declared on every root field', () => {
  it.each(Object.keys(DEFINITIONS))(
    'every query and mutation of %s carries @Authorized (on the method or its resolver class)',
    async (name) => {
      const definition = DEFINITIONS[name as keyof typeof DEFINITIONS];
      await buildServiceSchema(definition); // makes type-graphql settle its metadata
      const storage = getMetadataStorage();
      const resolvers = new Set<unknown>(definition.modules.flatMap((m) => m.resolvers ?? []));
      const undeclared = [...storage.queries, ...storage.mutations]
        .filter((field) => resolvers.has(field.target))
        .filter((field) => !PUBLIC_ROOT_FIELDS.has(field.schemaName))
        .filter(
          (field) =>
            !storage.authorizedFields.some((a) => a.target === field.target && a.fieldName === field.methodName) &&
            !storage.authorizedResolver.some((a) => a.target === field.target),
        )
        .map((field) => `${field.target.name}.${field.methodName}`);
      expect(undeclared).toEqual([]);
    },
  );
});
