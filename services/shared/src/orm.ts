import 'reflect-metadata';
import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import type { Logger } from 'pino';

export { MikroORM };

export interface OrmOptions {
  /** the service's own PostgreSQL schema; no service touches another's */
  schema: string;
  clientUrl: string;
  entities: Options['entities'];
  /** explicit list, so migrations run the same from sources (tests) and from dist (production) */
  migrations: MigrationObject[];
  /** where `migration:create` writes new files */
  migrationsPath?: string;
  log?: Logger;
  poolMax?: number;
  /** observe every SQL statement (tests count them) */
  onQuery?: (sql: string) => void;
}

export function ormConfig(options: OrmOptions): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: options.clientUrl,
    schema: options.schema,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery?.(message) : undefined,
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations,
      path: options.migrationsPath,
      pathTs: options.migrationsPath,
      // the snapshot is only needed to generate migrations; running them must not write files
      snapshot: Boolean(options.migrationsPath),
      snapshotName: `.snapshot-${options.schema}`,
      transactional: true,
      // the snapshot is authored by `migration:create` alone: rewriting it from introspection after
      // every `up()` drops stray `.snapshot-*.json` files in the cwd and makes hand-written SQL
      // (seed data, sequences, processed_event) look like drift the next migration would drop
      snapshotOnMigrate: false,
      allOrNothing: true,
      emit: 'ts',
      fileName: (timestamp: string) => `Migration${timestamp}`,
    },
  };
}

/** Connects, creates the service's schema if needed and runs its pending migrations. */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options));
  await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
  const applied = await orm.migrator.up();
  if (applied.length) options.log?.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  return orm;
}
