import pg from 'pg';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './workspace-root.js';
import { OUTBOX_SCHEMA } from '../events/outbox.js';

/**
 * Least privilege in PostgreSQL (docs/data-protection.md). Per service:
 *   careline_<svc>_owner  owns the service's schema and runs its migrations;
 *   careline_<svc>_app    the runtime login: neither superuser nor owner, reads and writes its own
 *                         schema only, and may only insert and read audit and ledger rows.
 * careline_bus (no login) owns the event bus's schemas, pg-boss's and the NATS bus's outbox (made
 * here even when the bus is pg-boss, so switching EVENT_BUS needs no operator); every app role is a
 * member, because the bus installs, migrates and maintains them (DDL) and a service publishes inside
 * its own transactions (pg-boss's jobs, outbox rows), while the relay marks and prunes outbox rows.
 */
export const BUS_ROLE = 'careline_bus';
export const BUS_SCHEMA = 'pgboss';

export interface ServiceRoles {
  owner: string;
  app: string;
}

export interface RolePasswords {
  owner: string;
  app: string;
}

/** How a service reaches its database once its roles exist. */
export interface ServiceConnections {
  /** the owner's login: migrations and grants */
  ownerUrl: string;
  /** the runtime login: every request and event handler */
  appUrl: string;
}

/** What the runtime role may do beyond reading and writing its rows, per table of the service's schema. */
export interface TablePrivileges {
  /** tables whose rows are never changed: audit and ledger rows are INSERT / SELECT only */
  appendOnly?: string[];
  /** tables whose rows are never deleted and whose other columns never change once written */
  updatableColumns?: Record<string, string[]>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`invalid PostgreSQL identifier: ${name}`);
  return `"${name}"`;
}

export function serviceRoles(service: string): ServiceRoles {
  return { owner: `careline_${service}_owner`, app: `careline_${service}_app` };
}

/** `url`'s server and database, signed in as `user`. */
export function withLogin(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/**
 * The event bus's connection: the app login acting as careline_bus (a startup option, so every pooled
 * connection does), so whatever pg-boss creates (queue-stats partitions, its own migrations) belongs to
 * careline_bus whichever service's process made it.
 */
export function busUrl(appUrl: string): string {
  const u = new URL(appUrl);
  u.searchParams.set('options', `-c role=${BUS_ROLE}`);
  return u.toString();
}

/**
 * Passwords for a checkout's own databases (the embedded default, a local DATABASE_URL): derived from
 * one secret made once under .data/keys, so every process of this checkout agrees without a file per
 * role. A managed deployment sets DATABASE_OWNER_PASSWORD / DATABASE_APP_PASSWORD instead.
 */
export function localRolePasswords(service: string): RolePasswords {
  const secret = localSecret();
  const derive = (role: string) => createHmac('sha256', secret).update(role).digest('hex').slice(0, 40);
  const roles = serviceRoles(service);
  return { owner: derive(roles.owner), app: derive(roles.app) };
}

function localSecret(): string {
  const dir = join(workspaceRoot(), '.data', 'keys');
  const file = join(dir, 'postgres-roles.secret');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // written aside and linked into place: link fails when another process won the race, and nobody
    // ever reads a half-written file
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, randomBytes(32).toString('hex'), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  return readFileSync(file, 'utf8').trim();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function inTransaction(client: pg.Client, lockKey: string, work: () => Promise<void>): Promise<void> {
  await client.query('begin');
  try {
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [lockKey]);
    await work();
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

/**
 * Creates (or brings up to date) `service`'s roles and schema through `adminUrl`, a login that may
 * create roles (the embedded superuser, or a managed server's admin with CREATEROLE that may act as
 * the roles it creates). Idempotent; safe when several services start at once.
 */
export async function provisionServiceRoles(adminUrl: string, service: string, passwords: RolePasswords): Promise<ServiceConnections> {
  const roles = serviceRoles(service);
  const owner = identifier(roles.owner);
  const app = identifier(roles.app);
  const bus = identifier(BUS_ROLE);
  // roles belong to the server, not to one database: they are made from the maintenance database under
  // one lock, so services (or test files on their own databases) starting together do not collide
  const maintenance = new URL(adminUrl);
  maintenance.pathname = '/postgres';
  await withClient(maintenance.toString(), (client) =>
    inTransaction(client, 'careline roles', async () => {
      await ensureRole(client, BUS_ROLE, 'nologin', null);
      await ensureRole(client, roles.owner, 'login', passwords.owner);
      await ensureRole(client, roles.app, 'login', passwords.app);
      await client.query(`grant ${bus} to ${app}`);
      // a managed server's admin is no superuser: it may create a schema for (and hand objects to) a role
      // only as a member of it; on PostgreSQL 16+ it holds ADMIN on the roles it created and grants itself
      const { rows } = await client.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
      if (!rows[0]?.rolsuper) await client.query(`grant ${owner}, ${bus} to current_user`);
    }),
  );
  await withClient(adminUrl, (client) =>
    inTransaction(client, 'careline schemas', async () => {
      const { rows } = await client.query<{ db: string }>('select current_database() as db');
      const database = identifier(rows[0]!.db);
      await client.query(`grant connect on database ${database} to ${owner}, ${app}`);
      // pg_trgm and the like: trusted extensions need CREATE on the database (crm's migrations)
      await client.query(`grant create on database ${database} to ${owner}`);
      for (const [schema, role] of [
        [service, roles.owner],
        [BUS_SCHEMA, BUS_ROLE],
        [OUTBOX_SCHEMA, BUS_ROLE],
      ] as const) {
        await client.query(`create schema if not exists ${identifier(schema)} authorization ${identifier(role)}`);
        // a database that ran before roles existed has its objects owned by the admin login
        await client.query(reassignSchema(schema, role));
        await client.query(`revoke all on schema ${identifier(schema)} from public`);
      }
      await client.query(`grant usage on schema ${identifier(BUS_SCHEMA)}, ${identifier(OUTBOX_SCHEMA)} to ${bus}`);
    }),
  );
  return { ownerUrl: withLogin(adminUrl, roles.owner, passwords.owner), appUrl: withLogin(adminUrl, roles.app, passwords.app) };
}

async function ensureRole(client: pg.Client, role: string, login: 'login' | 'nologin', password: string | null): Promise<void> {
  const name = identifier(role);
  const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  // the password goes as a literal: utility statements take no parameters (hex, so nothing to escape)
  if (password !== null && !/^[A-Za-z0-9_\-.~]+$/.test(password)) throw new Error(`${role}: the password may only use A-Z a-z 0-9 _ - . ~`);
  const withPassword = password === null ? '' : ` password '${password}'`;
  if (!rowCount) {
    await client.query(`create role ${name} ${login} nosuperuser nocreatedb nocreaterole noreplication nobypassrls${withPassword}`);
  } else if (password !== null) {
    // the password follows the deployment's setting; the role's other attributes stay as made
    await client.query(`alter role ${name} ${login}${withPassword}`);
  }
}

/** SQL giving `schema` and everything in it to `role` (tables, sequences, views, functions, types). */
function reassignSchema(schema: string, role: string): string {
  const s = schema.replaceAll("'", "''");
  const r = identifier(role);
  return `do $$
declare
  o record;
begin
  if (select nspowner from pg_namespace where nspname = '${s}') <> '${role}'::regrole then
    execute 'alter schema ${identifier(schema)} owner to ${r}';
  end if;
  for o in
    select c.oid::regclass::text as name,
           case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' else 'table' end as kind
      from pg_class c
     where c.relnamespace = '${s}'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S') and c.relowner <> '${role}'::regrole
       -- a serial/identity sequence follows its table
       and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i')))
  loop
    execute format('alter %s %s owner to ${r}', o.kind, o.name);
  end loop;
  for o in
    select p.oid::regprocedure::text as name, case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end as kind
      from pg_proc p where p.pronamespace = '${s}'::regnamespace and p.proowner <> '${role}'::regrole
  loop
    execute format('alter %s %s owner to ${r}', o.kind, o.name);
  end loop;
  for o in
    select t.oid::regtype::text as name from pg_type t
     where t.typnamespace = '${s}'::regnamespace and t.typowner <> '${role}'::regrole and t.typtype in ('e', 'd')
  loop
    execute format('alter type %s owner to ${r}', o.name);
  end loop;
end
$$`;
}

/**
 * The runtime role's grants, run by the owner after every migration (so a new table is covered on the
 * next start, and a table that became append-only loses UPDATE): read and write the service's tables,
 * never the migrations table; append-only tables INSERT / SELECT; limited tables no DELETE and UPDATE
 * of the named columns only. Nothing on any other schema.
 */
export function runtimeGrantsSql(service: string, privileges: TablePrivileges): string[] {
  const schema = identifier(service);
  const app = identifier(serviceRoles(service).app);
  const table = (name: string) => `${schema}.${identifier(name)}`;
  const statements = [
    `grant usage on schema ${schema} to ${app}`,
    // start from nothing, so a privilege taken away in the code is taken away in the database
    `revoke all on all tables in schema ${schema} from ${app}`,
    `grant select, insert, update, delete on all tables in schema ${schema} to ${app}`,
    `grant usage, select on all sequences in schema ${schema} to ${app}`,
    `revoke all on ${table('mikro_orm_migrations')} from ${app}`,
  ];
  for (const name of privileges.appendOnly ?? []) statements.push(`revoke update, delete on ${table(name)} from ${app}`);
  for (const [name, columns] of Object.entries(privileges.updatableColumns ?? {})) {
    statements.push(`revoke update, delete on ${table(name)} from ${app}`);
    statements.push(`grant update (${columns.map(identifier).join(', ')}) on ${table(name)} to ${app}`);
  }
  return statements;
}
