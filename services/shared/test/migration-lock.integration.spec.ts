import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration } from '@mikro-orm/migrations';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '../src/orm.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';

/** Not idempotent on purpose: run twice, it fails on the table it creates. */
class CreateLedger extends Migration {
  override name = 'Migration20260101000000';
  override up(): void {
    // long enough that a second replica starting at the same moment finds it pending too
    this.addSql(`select pg_sleep(0.5);`);
    this.addSql(`create table "replicas"."ledger" ("id" int primary key);`);
    this.addSql(`insert into "replicas"."ledger" ("id") values (1);`);
  }
}
const migrations = [{ name: 'Migration20260101000000', class: CreateLedger }];

describe('migrations of replicas starting together', () => {
  let db: TestDatabase;
  const orms: MikroORM[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const orm of orms) await orm.close();
    await db?.drop();
  });

  it('run once: the second migrator waits for the first and finds nothing pending', async () => {
    const start = () => createOrm({ schema: 'replicas', clientUrl: db.url, entities: [], migrations });
    const results = await Promise.allSettled([start(), start()]);
    for (const result of results) if (result.status === 'fulfilled') orms.push(result.value);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);

    const connection = orms[0]!.em.getConnection();
    expect(await connection.execute(`select name from "replicas"."mikro_orm_migrations"`)).toEqual([{ name: 'Migration20260101000000' }]);
    expect(await connection.execute(`select id from "replicas"."ledger"`)).toEqual([{ id: 1 }]);
  });
});
