import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphName } from '@careline/gateway';
import { startSystem, type RunningSystem } from '../support/system.js';

/**
 * Least privilege in PostgreSQL (docs/data-protection.md): each service serves through its own
 * runtime role, which is neither superuser nor owner, reaches only its own schema (and the event
 * bus's), and may only insert and read audit and ledger rows. Asked through each service's own pool.
 */
const SERVICES: SubgraphName[] = ['identity', 'members', 'crm', 'analytics'];
/** a table of each schema, to try reading from the others */
const A_TABLE: Record<SubgraphName, string> = {
  identity: 'identity.staff',
  members: 'members.membership',
  crm: 'crm.customer',
  analytics: 'analytics.customer_fact',
};

describe('least privilege in PostgreSQL', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(async () => {
    await system?.stop();
  });

  /** runs `text` on `service`'s own connection pool, as its request handlers do */
  const run = (service: SubgraphName, text: string) => system.services[service].orm.em.fork().getConnection().execute(text);

  it.each(SERVICES)(
    '%s serves as its runtime role, which is no superuser, owns nothing and is a member of the bus role only',
    async (service) => {
      const [me] = await run(
        service,
        `select current_user as name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication
         from pg_roles where rolname = current_user`,
      );
      expect(me).toEqual({
        name: `careline_${service}_app`,
        rolsuper: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolbypassrls: false,
        rolreplication: false,
      });
      // what it may act as the owner of is the event bus's schemas (the bus role's: pg-boss, the NATS outbox), nothing of any service
      const owned = await run(
        service,
        `select c.relname as name from pg_class c where pg_has_role(current_user, c.relowner, 'USAGE')
            and c.relnamespace not in ('pgboss'::regnamespace, 'event_outbox'::regnamespace, 'pg_toast'::regnamespace)
       union all select n.nspname from pg_namespace n where pg_has_role(current_user, n.nspowner, 'USAGE') and n.nspname not in ('pgboss', 'event_outbox')`,
      );
      expect(owned).toEqual([]);
      // distinct: PostgreSQL 16 keeps one membership per grantor (managed-postgres.spec grants it again as a CREATEROLE admin)
      const memberOf = await run(
        service,
        `select distinct r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid where m.member = current_user::regrole`,
      );
      expect(memberOf).toEqual([{ rolname: 'careline_bus' }]);
      // and it is ready on that login alone (the readiness probe asks its pool)
      expect((await fetch(system.services[service].url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
      await expect(run(service, `create table ${service}.intruder (id int)`)).rejects.toThrow(/permission denied for schema/);
      await expect(run(service, `select * from ${service}.mikro_orm_migrations`)).rejects.toThrow(/permission denied/);
    },
  );

  it("leaves what the event bus made to the bus role, whichever service's process made it", async () => {
    const owners = await run(
      'analytics',
      `select distinct c.relowner::regrole::text as owner from pg_class c
        where c.relnamespace = 'pgboss'::regnamespace and c.relkind in ('r', 'p', 'S', 'v')`,
    );
    expect(owners).toEqual([{ owner: 'careline_bus' }]);
    // the NATS bus's outbox schema is made for the bus role too, whichever bus runs
    expect(await run('analytics', `select nspowner::regrole::text as owner from pg_namespace where nspname = 'event_outbox'`)).toEqual([
      { owner: 'careline_bus' },
    ]);
  });

  it.each(SERVICES.flatMap((service) => SERVICES.filter((other) => other !== service).map((other) => [service, other])))(
    "%s cannot read %s's schema",
    async (service, other) => {
      await expect(run(service as SubgraphName, `select 1 from ${A_TABLE[other as SubgraphName]} limit 1`)).rejects.toThrow(
        new RegExp(`permission denied for schema ${other}`),
      );
    },
  );

  it('identity may insert and read audit entries, never change, delete, truncate or un-trigger them', async () => {
    await run(
      'identity',
      `insert into identity.audit_entry (id, service, at, actor_kind, operation, target_ids, fields, customer_ids, outcome)
       values (gen_random_uuid(), 'crm', now(), 'staff', 'query probe', '{}', '{}', '{}', 'SUCCESS')`,
    );
    expect(await run('identity', `select operation from identity.audit_entry where operation = 'query probe'`)).toEqual([
      { operation: 'query probe' },
    ]);
    const refused = /permission denied for table audit_entry/;
    await expect(run('identity', `update identity.audit_entry set reason = 'rewritten'`)).rejects.toThrow(refused);
    await expect(run('identity', `delete from identity.audit_entry`)).rejects.toThrow(refused);
    await expect(run('identity', `truncate identity.audit_entry`)).rejects.toThrow(refused);
    await expect(run('identity', `alter table identity.audit_entry disable trigger all`)).rejects.toThrow(/must be owner/);
    await expect(run('identity', `drop table identity.audit_entry`)).rejects.toThrow(/must be owner/);
  });

  it.each(['points_entry', 'points_allocation'])(
    'members may insert and read %s (the ledger), never change or delete it',
    async (table) => {
      expect(await run('members', `select count(*)::int as n from members.${table}`)).toEqual([{ n: 0 }]);
      const refused = new RegExp(`permission denied for table ${table}`);
      // `where false`: the privilege check runs before any row is looked at
      await expect(run('members', `update members.${table} set points = points where false`)).rejects.toThrow(refused);
      await expect(run('members', `delete from members.${table} where false`)).rejects.toThrow(refused);
      await expect(run('members', `truncate members.${table}`)).rejects.toThrow(refused);
      await expect(run('members', `alter table members.${table} disable trigger all`)).rejects.toThrow(/must be owner/);
    },
  );

  it("members may record a receipt's refund and earning, never delete a receipt nor change its amount, number or time", async () => {
    await run('members', `update members.consumption set status = 'REFUNDED', refunded_at = now(), points_reversed = 0 where false`);
    await run('members', `update members.consumption set membership_id = null, points_earned = 0, earn_entry_id = null where false`);
    const refused = /permission denied for table consumption/;
    await expect(run('members', `update members.consumption set amount_fen = 1 where false`)).rejects.toThrow(refused);
    await expect(run('members', `update members.consumption set receipt_number = 'x' where false`)).rejects.toThrow(refused);
    await expect(run('members', `update members.consumption set occurred_at = now() where false`)).rejects.toThrow(refused);
    await expect(run('members', `delete from members.consumption where false`)).rejects.toThrow(refused);
  });
});
