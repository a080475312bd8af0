import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eventually, testCallers } from '@careline/service-kit/testing';
import { AuditEvents, newId, type AuditRecordedData, type DomainEvent } from '@careline/service-kit';
import { recordAuditEntry } from '../src/modules/audit/audit.consumer.js';
import { EXPORT_CAP } from '../src/modules/audit/audit.service.js';
import { purgeAuditEntries } from '../src/modules/audit/audit.retention.js';
import { sql, startIdentity, type IdentityTest } from './support.js';

const LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id service at actorKind actorId actorName role department partnerId operation targetType targetIds fields customerIds requestId clientIp outcome reason }
  }
}`;
const EXPORT = `query ($filter: AuditLogFilter) { exportAuditLog(filter: $filter) { filename contentBase64 rows truncated } }`;

const ALICE = '01a20000-0000-7000-8000-00000000a11c';
const BOB = '01a20000-0000-7000-8000-0000000000b0';
const CUSTOMER_1 = '01a20000-0000-7000-8000-0000000000c1';
const CUSTOMER_2 = '01a20000-0000-7000-8000-0000000000c2';

function auditEvent(data: Partial<AuditRecordedData>, id = newId()): DomainEvent<AuditRecordedData> {
  return {
    id,
    type: AuditEvents.AuditRecorded,
    source: data.service ?? 'crm',
    occurredAt: new Date().toISOString(),
    data: {
      service: 'crm',
      at: new Date().toISOString(),
      actorKind: 'staff',
      actorId: ALICE,
      actorName: '爱丽丝',
      role: 'STAFF',
      department: 'CUSTOMER_SERVICE',
      partnerId: null,
      operation: 'query customers',
      targetType: 'Customer',
      targetIds: [],
      fields: [],
      customerIds: [],
      requestId: 'req-1',
      clientIp: '10.0.0.8',
      outcome: 'SUCCESS',
      reason: null,
      ...data,
    },
  };
}

describe('the audit log', () => {
  let t: IdentityTest;
  const request: IdentityTest['identity']['request'] = (...args) => t.identity.request(...args);
  const record = (event: DomainEvent<AuditRecordedData>) => recordAuditEntry(t.identity.orm.em, event);
  const log = async (filter: Record<string, unknown> = {}, first = 100, after: string | null = null) => {
    const { data, errors } = await request(
      LOG,
      { filter: { operation: 'query customers', ...filter }, first, after },
      undefined,
      testCallers.auditor,
    );
    expect(errors).toBeUndefined();
    return data.auditLog;
  };

  beforeAll(async () => {
    t = await startIdentity();
    // eight entries an hour apart, oldest first: 2026-11-01 00:00Z onwards
    const base = Date.parse('2026-11-01T00:00:00Z');
    const rows: Partial<AuditRecordedData>[] = [
      { actorId: ALICE, customerIds: [CUSTOMER_1], fields: ['phone'], targetIds: [CUSTOMER_1] },
      {
        actorId: BOB,
        actorName: '鲍勃',
        customerIds: [CUSTOMER_1, CUSTOMER_2],
        fields: ['phone', 'address'],
        targetIds: [CUSTOMER_1, CUSTOMER_2],
      },
      { actorId: ALICE, customerIds: [CUSTOMER_2] },
      { actorId: BOB, actorName: '鲍勃', outcome: 'DENIED', reason: 'role FINANCE may not use Customer.phone', role: 'FINANCE' },
      { actorId: ALICE, customerIds: [CUSTOMER_1] },
      {
        actorKind: 'partner',
        actorId: 'key-1',
        actorName: '平安健康',
        role: 'PARTNER',
        partnerId: '01a20000-0000-7000-8000-000000000001',
        department: null,
      },
      { actorId: ALICE, outcome: 'FAILED', reason: 'database unavailable' },
      { actorId: BOB, actorName: '鲍勃', customerIds: [CUSTOMER_2] },
    ];
    for (const [i, row] of rows.entries()) {
      // ids are time-ordered like real event ids, so newest first is the order they happened
      await new Promise((resolve) => setTimeout(resolve, 2));
      await record(auditEvent({ ...row, at: new Date(base + i * 3600_000).toISOString() }));
    }
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('keeps every field of the event, newest first', async () => {
    const page = await log();
    expect(page.totalCount).toBe(8);
    expect(page.nodes.map((n: { at: string }) => n.at)).toEqual([...page.nodes.map((n: { at: string }) => n.at)].sort().reverse());
    expect(page.nodes.at(-2)).toEqual({
      id: expect.any(String),
      service: 'crm',
      at: '2026-11-01T01:00:00.000Z',
      actorKind: 'staff',
      actorId: BOB,
      actorName: '鲍勃',
      role: 'STAFF',
      department: 'CUSTOMER_SERVICE',
      partnerId: null,
      operation: 'query customers',
      targetType: 'Customer',
      targetIds: [CUSTOMER_1, CUSTOMER_2],
      fields: ['phone', 'address'],
      customerIds: [CUSTOMER_1, CUSTOMER_2],
      requestId: 'req-1',
      clientIp: '10.0.0.8',
      outcome: 'SUCCESS',
      reason: null,
    });
  });

  it('filters by actor, by customer (through the GIN index), by outcome and by period, and by all of them at once', async () => {
    expect((await log({ actorId: ALICE })).totalCount).toBe(4);
    expect((await log({ customerId: CUSTOMER_1 })).nodes.map((n: { actorId: string }) => n.actorId)).toEqual([ALICE, BOB, ALICE]);
    expect((await log({ customerId: CUSTOMER_2 })).totalCount).toBe(3);
    expect((await log({ outcome: 'DENIED' })).nodes.map((n: { reason: string }) => n.reason)).toEqual([
      'role FINANCE may not use Customer.phone',
    ]);
    expect((await log({ outcome: 'FAILED' })).totalCount).toBe(1);
    const period = await log({ from: '2026-11-01T01:00:00Z', to: '2026-11-01T04:00:00Z' });
    expect(period.nodes.map((n: { at: string }) => n.at)).toEqual([
      '2026-11-01T03:00:00.000Z',
      '2026-11-01T02:00:00.000Z',
      '2026-11-01T01:00:00.000Z',
    ]);
    expect((await log({ actorId: BOB, customerId: CUSTOMER_2, from: '2026-11-01T02:00:00Z' })).totalCount).toBe(1);
    expect((await log({ operation: 'mutation nothing' })).totalCount).toBe(0);
    const plan = await t.identity.orm.em.fork().transactional(async (em) => {
      const run = (query: string) => em.getConnection().execute(query, [], 'all', em.getTransactionContext());
      await run(`set local enable_seqscan = off`);
      return run(`explain select id from "identity"."audit_entry" where customer_ids @> array['x']::text[]`);
    });
    expect(JSON.stringify(plan)).toMatch(/audit_entry_customer_ids_idx/);
  });

  it('refuses a period that ends before it starts', async () => {
    const { errors } = await request(
      LOG,
      { filter: { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' } },
      undefined,
      testCallers.auditor,
    );
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('pages with a cursor, newest first, without repeating or skipping an entry', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await log({}, 3, after);
      pages++;
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual((await log()).nodes.map((n: { id: string }) => n.id));
    expect(new Set(seen).size).toBe(8);
  });

  it('is for the auditor and the operations director only', async () => {
    expect((await request(LOG, {}, undefined, testCallers.director)).errors).toBeUndefined();
    for (const caller of [
      testCallers.csAdmin,
      testCallers.csStaff,
      testCallers.finance,
      { kind: 'partner' as const, id: 'k', partnerId: 'p' },
    ]) {
      const { data, errors } = await request(LOG, {}, undefined, caller);
      // the root list is nullable (docs/edge.md, partial answers): refused, it is null and nothing is listed
      expect(data?.auditLog ?? null).toBeNull();
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await request(EXPORT, {}, undefined, testCallers.csAdmin)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await request(LOG, {}, undefined, testCallers.anonymous)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stores an AuditRecorded event delivered twice once', async () => {
    const event = auditEvent({ operation: 'query twice', actorId: 'twice' });
    expect(await record(event)).toBe(true);
    expect(await record(event)).toBe(false);
    expect(await sql(t.identity, `select count(*)::int as n from "identity"."audit_entry" where operation = 'query twice'`)).toEqual([
      { n: 1 },
    ]);
  });

  it('stores an event the bus redelivers once, and one from the bus at all', async () => {
    const event = auditEvent({ operation: 'query redelivered', service: 'members' });
    await t.identity.bus.jobs.publish(AuditEvents.AuditRecorded, event);
    await t.identity.bus.jobs.publish(AuditEvents.AuditRecorded, event);
    await eventually(async () => {
      const [row] = await sql(t.identity, `select count(*)::int as n from "identity"."audit_entry" where id = ?`, [event.id]);
      return row.n === 1;
    });
    // both deliveries have been handled once the queue is empty
    await eventually(async () => {
      const [row] = await sql(
        t.identity,
        `select count(*)::int as n from pgboss.job where name = 'identity.AuditRecorded' and state in ('created', 'retry', 'active')`,
      );
      return row.n === 0;
    });
    expect(await sql(t.identity, `select id, service from "identity"."audit_entry" where operation = 'query redelivered'`)).toEqual([
      { id: event.id, service: 'members' },
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit entries, even from the service itself', async () => {
    const [entry] = await sql(t.identity, `select id, reason from "identity"."audit_entry" order by id limit 1`);
    // the service's runtime role holds INSERT and SELECT only (the owner's triggers refuse the rest too)
    await expect(sql(t.identity, `update "identity"."audit_entry" set reason = 'rewritten' where id = ?`, [entry.id])).rejects.toThrow(
      /permission denied for table audit_entry/,
    );
    await expect(sql(t.identity, `delete from "identity"."audit_entry" where id = ?`, [entry.id])).rejects.toThrow(
      /permission denied for table audit_entry/,
    );
    await expect(sql(t.identity, `truncate "identity"."audit_entry"`)).rejects.toThrow(/permission denied for table audit_entry/);
    expect(await sql(t.identity, `select id, reason from "identity"."audit_entry" where id = ?`, [entry.id])).toEqual([entry]);
  });

  it('removes, through the retention purge alone, entries older than the retention and never one younger than 180 days', async () => {
    const insertAged = (operation: string, days: number) =>
      sql(
        t.identity,
        `insert into "identity"."audit_entry" (id, service, at, actor_kind, operation, target_ids, fields, customer_ids, outcome)
         values (gen_random_uuid(), 'crm', now() - make_interval(days => ?), 'staff', ?, '{}', '{}', '{}', 'SUCCESS')`,
        [days, operation],
      );
    await insertAged('query aged400', 400);
    await insertAged('query aged200', 200);
    await insertAged('query aged10', 10);
    const left = async () =>
      (await sql(t.identity, `select operation from "identity"."audit_entry" where operation like 'query aged%' order by at`)).map(
        (row: { operation: string }) => row.operation,
      );

    expect(await purgeAuditEntries(t.identity.orm, t.identity.bus, 365, 'retention-1')).toBe(1);
    expect(await left()).toEqual(['query aged200', 'query aged10']);
    await expect(purgeAuditEntries(t.identity.orm, t.identity.bus, 100, 'retention-2')).rejects.toThrow(/at least 180 days/);
    // the flag the purge raises does not let anyone delete a young entry: the service's own login may not
    // delete at all (least privilege, docs/data-protection.md), and the trigger refuses the table's owner too
    await expect(
      t.identity.orm.em.fork().transactional(async (em) => {
        const run = (text: string) => em.getConnection().execute(text, [], 'all', em.getTransactionContext());
        await run(`select set_config('careline.audit_purge', 'on', true)`);
        await run(`delete from "identity"."audit_entry" where operation = 'query aged10'`);
      }),
    ).rejects.toThrow(/permission denied for table audit_entry|append-only: DELETE/);
    expect(await purgeAuditEntries(t.identity.orm, t.identity.bus, 190, 'retention-3')).toBe(1);
    expect(await left()).toEqual(['query aged10']);
    // each purge that removed something is in the log itself
    await eventually(async () => {
      const rows = await sql(
        t.identity,
        `select reason from "identity"."audit_entry" where operation = 'job purgeAuditEntries' order by reason`,
      );
      return rows.length === 2 ? rows : undefined;
    });
  });

  it('exports the matching entries as an .xlsx with zh-CN headers and Asia/Shanghai times, and audits the export', async () => {
    const { data, errors } = await request(
      EXPORT,
      { filter: { operation: 'query customers', actorId: BOB } },
      undefined,
      testCallers.auditor,
    );
    expect(errors).toBeUndefined();
    const file = data.exportAuditLog;
    expect(file).toMatchObject({ rows: 3, truncated: false });
    expect(file.filename).toMatch(/^audit-log-\d{8}-\d{6}\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(sheet.rowCount).toBe(4);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 9)).toEqual([
      '时间 (Asia/Shanghai)',
      '服务',
      '操作者类型',
      '操作者ID',
      '操作者',
      '角色',
      '部门',
      '合作机构',
      '操作',
    ]);
    expect(header).toContain('结果');
    expect(header).toContain('客户ID');
    expect(header).toContain('调用 (字段及参数)');
    expect(header).toContain('操作哈希 (SHA-256)');
    const rows = [2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    // newest first; 2026-11-01T07:00Z is 15:00 in Shanghai
    expect(rows.map((r) => r[0])).toEqual(['2026-11-01 15:00:00', '2026-11-01 11:00:00', '2026-11-01 09:00:00']);
    expect(rows[1]!.slice(1, 5)).toEqual(['crm', '员工', BOB, '鲍勃']);
    expect(rows[1]).toContain('拒绝');
    expect(rows[2]).toContain(`${CUSTOMER_1}, ${CUSTOMER_2}`);

    const exported = await eventually(async () => (await log({ operation: 'query exportAuditLog', outcome: 'SUCCESS' })).nodes[0]);
    expect(exported).toMatchObject({
      actorId: testCallers.auditor.id,
      outcome: 'SUCCESS',
      fields: ['actorId', 'operation'],
      reason: 'exported 3 entries',
    });
  });

  it(`caps an export at ${EXPORT_CAP} entries, newest first, and says it did`, async () => {
    await sql(
      t.identity,
      `insert into "identity"."audit_entry" (id, service, at, actor_kind, operation, target_ids, fields, customer_ids, outcome)
       select gen_random_uuid(), 'crm', now(), 'staff', 'query bulk', '{}', '{}', '{}', 'SUCCESS' from generate_series(1, ${EXPORT_CAP + 1})`,
    );
    const { data, errors } = await request(EXPORT, { filter: { operation: 'query bulk' } }, undefined, testCallers.director);
    expect(errors).toBeUndefined();
    expect(data.exportAuditLog).toMatchObject({ rows: EXPORT_CAP, truncated: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(data.exportAuditLog.contentBase64, 'base64') as never);
    expect(workbook.getWorksheet('审计日志')!.rowCount).toBe(EXPORT_CAP + 1);
    // a 50,000-row workbook written and read back: about a minute on a busy 2-core machine (no speed goal)
  }, 240_000);
});
