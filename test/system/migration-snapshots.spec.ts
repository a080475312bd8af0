import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM, ormConfig, serviceEntities } from '@careline/service-kit';
import { createTestDatabase, type TestDatabase } from '@careline/service-kit/testing';
import { SUBGRAPHS } from '@careline/gateway';
import { DEFINITIONS } from '../support/system.js';

// `pnpm migration:create` writes the next migration from the difference between a service's
// entities and its committed snapshot (src/migrations/.snapshot-<schema>.json). Many migrations are
// written by hand (data, views, triggers, bulk-load SQL); when one changes the schema without the
// snapshot following, the next generated migration repeats it (and fails on a column that already
// exists). So the snapshot must always equal the entities.

const root = fileURLToPath(new URL('../..', import.meta.url));
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('migration snapshots', () => {
  it.each(SUBGRAPHS.map((s) => s.name))(
    'the committed snapshot of %s equals its entities: migration:create would write nothing',
    async (name) => {
      const definition = DEFINITIONS[name];
      const orm = await MikroORM.init(
        ormConfig({
          schema: definition.name,
          clientUrl: db.url,
          entities: serviceEntities(definition),
          migrations: definition.migrations,
          migrationsPath: path.join(root, 'services', name, 'src/migrations'),
        }),
      );
      try {
        expect(await orm.migrator.checkSchema(), `run \`pnpm migration:create\` in services/${name} and commit its snapshot`).toBe(false);
      } finally {
        await orm.close();
      }
    },
  );
});
