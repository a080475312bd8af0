import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import {
  createLogger,
  createOrm,
  EventBus,
  kitEnv,
  localRolePasswords,
  serviceEntities,
  startService,
  withLogin,
  type RunningService,
} from '@careline/service-kit';
import { crmService } from '@careline/crm';
import { createTestDatabase, testSigningKeys, type TestDatabase } from '@careline/service-kit/testing';
import { createIdentityService } from '@careline/identity';
import { membersService } from '@careline/members';

/**
 * docs/data-protection.md "On a managed PostgreSQL": the admin login of RDS / Cloud SQL is no
 * superuser, only CREATEROLE (and owner of the database). Both ways of mapping the roles start a
 * service that then serves as its runtime role.
 */
const ADMIN = { name: 'careline_test_managed_admin', password: 'managed-admin-pw' };
const log = createLogger('managed', kitEnv().TEST_LOG_LEVEL);

/**
 * A database owned by a CREATEROLE login that is no superuser, as a managed server's admin. Roles are
 * the server's: when other test files made the service's roles first, the admin is given ADMIN on
 * them, as if it had made them itself (and passwords stay those the other files use).
 */
async function managedDatabase(service: string): Promise<{ db: TestDatabase; adminUrl: string }> {
  const db = await createTestDatabase();
  await db.asAdmin(
    `do $$ begin
       if not exists (select 1 from pg_roles where rolname = '${ADMIN.name}') then
         create role ${ADMIN.name} login createrole createdb nosuperuser password '${ADMIN.password}';
       end if;
     end $$`,
  );
  await db.asAdmin(`alter database ${db.name} owner to ${ADMIN.name}`);
  for (const role of ['careline_bus', `careline_${service}_owner`, `careline_${service}_app`]) {
    await db.asAdmin(
      `do $$ begin if exists (select 1 from pg_roles where rolname = '${role}') then grant ${role} to ${ADMIN.name} with admin option; end if; end $$`,
    );
  }
  return { db, adminUrl: withLogin(db.url, ADMIN.name, ADMIN.password) };
}

describe('roles on a managed PostgreSQL (an admin with CREATEROLE, no superuser)', () => {
  const running: { service?: RunningService; db?: TestDatabase }[] = [];
  afterEach(async () => {
    for (const { service, db } of running.splice(0)) {
      await service?.stop();
      await db?.drop();
    }
  });

  it('A: the service creates its roles through the admin login and serves as its runtime role', async () => {
    const { db, adminUrl } = await managedDatabase('members');
    const service = await startService(membersService, {
      databaseUrl: adminUrl,
      rolePasswords: localRolePasswords('members'),
      port: 0,
      log,
      gatewayPublicKey: testSigningKeys.publicKey,
    });
    running.push({ service, db });
    const [me] = await service.orm.em
      .getConnection()
      .execute(`select current_user as name, rolsuper from pg_roles where rolname = current_user`);
    expect(me).toEqual({ name: 'careline_members_app', rolsuper: false });
    await expect(service.orm.em.getConnection().execute(`delete from members.points_entry where false`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('B: with roles the operator made (the SQL of the docs), the service gets only the owner and runtime logins', async () => {
    const { db, adminUrl } = await managedDatabase('identity');
    const passwords = localRolePasswords('identity');
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const ifMissing = (role: string, create: string) =>
      admin.query(`do $$ begin if not exists (select 1 from pg_roles where rolname = '${role}') then ${create}; end if; end $$`);
    try {
      await ifMissing('careline_bus', 'create role careline_bus nologin');
      await ifMissing(
        'careline_identity_owner',
        `create role careline_identity_owner login password '${passwords.owner}' nosuperuser nocreatedb nocreaterole`,
      );
      await ifMissing(
        'careline_identity_app',
        `create role careline_identity_app login password '${passwords.app}' nosuperuser nocreatedb nocreaterole`,
      );
      await admin.query(`grant careline_bus to careline_identity_app`);
      await admin.query(`grant connect on database ${db.name} to careline_identity_owner, careline_identity_app`);
      await admin.query(`grant create on database ${db.name} to careline_identity_owner`);
      await admin.query(`grant careline_identity_owner to current_user`);
      await admin.query(`create schema if not exists identity authorization careline_identity_owner`);
      await admin.query(`grant careline_bus to current_user`);
      await admin.query(`create schema if not exists pgboss authorization careline_bus`);
    } finally {
      await admin.end();
    }
    const service = await startService(createIdentityService({ bootstrapDemo: false }), {
      // not used: the operator's roles are given
      databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
      connections: {
        ownerUrl: withLogin(db.url, 'careline_identity_owner', passwords.owner),
        appUrl: withLogin(db.url, 'careline_identity_app', passwords.app),
      },
      port: 0,
      log,
      gatewayPublicKey: testSigningKeys.publicKey,
    });
    running.push({ service, db });
    const [me] = await service.orm.em.getConnection().execute(`select current_user as name`);
    expect(me).toEqual({ name: 'careline_identity_app' });
    await expect(service.orm.em.getConnection().execute(`update identity.audit_entry set reason = 'x' where false`)).rejects.toThrow(
      /permission denied for table audit_entry/,
    );
  });
});

describe('a database from before the roles existed (everything owned by the admin login)', () => {
  it('is handed to the owner roles on start, and the service then serves as its runtime role', async () => {
    const db = await createTestDatabase();
    try {
      // what every start did before: migrations and the event bus as the admin login
      const orm = await createOrm({
        schema: 'crm',
        clientUrl: db.url,
        entities: serviceEntities(crmService),
        migrations: crmService.migrations,
      });
      await orm.close();
      const bus = await EventBus.start({ connectionString: db.url, source: 'old', log });
      await bus.stop();
      const service = await startService(crmService, { databaseUrl: db.url, port: 0, log, gatewayPublicKey: testSigningKeys.publicKey });
      try {
        const [me] = await service.orm.em.getConnection().execute(`select current_user as name`);
        expect(me).toEqual({ name: 'careline_crm_app' });
        expect(await service.orm.em.getConnection().execute(`select count(*)::int as n from crm.customer`)).toEqual([{ n: 0 }]);
      } finally {
        await service.stop();
      }
      const owners = await db.asAdmin<{ schema: string; owner: string }>(
        `select n.nspname as schema, r.rolname as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_roles r on r.oid = c.relowner
          where n.nspname in ('crm', 'pgboss') and c.relkind in ('r', 'p', 'S', 'v') group by 1, 2 order by 1, 2`,
      );
      expect(owners).toEqual([
        { schema: 'crm', owner: 'careline_crm_owner' },
        { schema: 'pgboss', owner: 'careline_bus' },
      ]);
    } finally {
      await db.drop();
    }
  });
});
