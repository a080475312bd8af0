import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { buildServiceSchema } from '@careline/service-kit';
import { identityService } from '../service.js';

/** Root fields anyone may call: nobody is signed in before these. */
const PUBLIC = new Set(['login', 'refreshSession']);

describe('identity access declarations', () => {
  it('declares who may use every query and mutation (type-graphql leaves undeclared ones public), except sign-in', async () => {
    await buildServiceSchema(identityService);
    const storage = getMetadataStorage();
    const resolvers = new Set(identityService.modules.flatMap((m) => m.resolvers ?? []));
    const roots = [...storage.queries, ...storage.mutations].filter((field) => resolvers.has(field.target));
    const undeclared = roots
      .filter((field) => !storage.authorizedResolver.some((a) => a.target === field.target))
      .filter((field) => !storage.authorizedFields.some((a) => a.target === field.target && a.fieldName === field.methodName))
      .map((field) => field.schemaName);
    expect(roots.length).toBeGreaterThan(15);
    expect(undeclared.sort()).toEqual([...PUBLIC].sort());
  });
});
