import 'reflect-metadata';
import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import type { Logger } from 'pino';
import pg from 'pg';

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
  /** run pending migrations (default); false for the runtime role, which may not */
  migrate?: boolean;
  /**
   * runs after the migrations, still under the migration lock (the owner's runtime grants): replicas
   * starting together take turns here too, as PostgreSQL refuses concurrent GRANTs on one table
   * ("tuple concurrently updated")
   */
  afterMigrations?: (orm: MikroORM) => Promise<void>;
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
      // createOrm logs what it applied through the service's logger; MikroORM's own lines would go to stdout
      silent: true,
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

/**
 * Connects, creates the service's schema if needed and runs its pending migrations (the owner's
 * login; with `migrate: false`, the runtime role's, it only connects). Replicas that start together
 * take turns: a PostgreSQL advisory lock per schema, held on a connection of its own for the whole
 * run, so the second replica waits and then finds nothing pending. The lock goes with its session,
 * so a replica that dies mid-migration does not leave it held.
 */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options));
  // MikroORM 7 connects lazily; `isConnected` (the /ready probe) says false until something connects
  await orm.connect();
  if (options.migrate === false) return orm;
  const lock = new pg.Client({ connectionString: options.clientUrl, application_name: `${options.schema} migrations` });
  try {
    await lock.connect();
    await lock.query('select pg_advisory_lock(hashtext($1))', [migrationLockName(options.schema)]);
    await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
    const applied = await orm.migrator.up();
    if (applied.length) options.log?.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    await options.afterMigrations?.(orm);
  } catch (error) {
    await orm.close();
    throw error;
  } finally {
    // ending the session releases the lock
    await lock.end().catch(() => undefined);
  }
  return orm;
}

/** the advisory lock's name (hashed to its key): one per service schema */
export const migrationLockName = (schema: string) => `careline.migrations.${schema}`;
