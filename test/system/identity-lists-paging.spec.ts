import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';
import { cloneRows, statementsFor as countStatements, uncoveredListFields } from '../support/list-statements.js';

// Every list of the identity API: the SQL statements identity runs for a page of 5 equal those for a
// page of 50, with more than 50 rows. The crm and members counterparts are lists-paging.spec.ts and
// members-lists-paging.spec.ts.

let system: RunningSystem;
let db: pg.Client;
const ROWS = 60;
let partnerId: string;

const ok = async (who: DemoUser, query: string, variables?: object) => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${query.slice(0, 80)}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data;
};
const sql = async (text: string, params: unknown[] = []) => (await db.query(text, params)).rows;
/** `n` copies of identity.`table` row `id`, each with `patch` (a jsonb expression over the series index g) applied */
const clone = (table: string, id: string, patch: string, n = ROWS) => cloneRows(db, 'identity', table, id, patch, n);

const SESSION_OR_AUDIT_WRITE = /"identity"\."session"|insert into "identity"\."audit_entry"/;

/** statements identity ran for one request, once nothing else runs there; signed in before, so the sign-in's own are not counted */
async function statementsFor(who: DemoUser, query: string, variables: object): Promise<{ count: number; data: any }> {
  await ok(who, '{ me { id } }');
  // the gateway confirms a session with identity at most every few seconds (docs/edge.md), and identity
  // stores audit entries in batches as they come: neither depends on the list asked for
  return countStatements(system, 'identity', () => ok(who, query, variables), SESSION_OR_AUDIT_WRITE);
}

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  const [staff] = await sql(`select id from identity.staff order by created_at limit 1`);
  await clone('staff', staff.id, `jsonb_build_object('username', 'list.staff.' || g, 'name', '列表员工' || g)`);
  // and more than 50 doctors (the booking desk's list)
  await clone(
    'staff',
    staff.id,
    `jsonb_build_object('username', 'list.doctor.' || g, 'name', '列表医生' || g, 'position', 'DOCTOR', 'department_code', 'DENTAL', 'specialities', array['种植'])`,
  );
  const [partner] = await sql(`select id from identity.partner_organisation limit 1`);
  partnerId = partner.id;
  await clone('partner_organisation', partner.id, `jsonb_build_object('name', '列表单位' || g, 'key_account_id', gen_random_uuid())`);
  const [key] = await sql(`select id from identity.api_key where partner_id = $1 limit 1`, [partner.id]);
  await clone('api_key', key.id, `jsonb_build_object('prefix', 'lst' || g, 'secret_hash', md5(g::text || random()::text))`);
  // enough audited reads for more than 50 audit entries
  for (let i = 0; i < 3; i++) await ok('director', '{ staffMembers(first: 100) { totalCount } }');
  // more than 50 notifications for the director
  await sql(
    `insert into identity.notification (id, event_id, recipient_id, kind, params, link, created_at)
     select gen_random_uuid(), gen_random_uuid(), s.id, 'COMPLAINT_OVERDUE', '{"stage": "RECEIVED"}'::jsonb, '/crm/complaints', now()
       from identity.staff s, generate_series(1, $1) g where s.username = 'director'`,
    [ROWS],
  );
  const [audit] = await sql(`select id from identity.audit_entry limit 1`);
  await clone('audit_entry', audit.id, `'{}'::jsonb`);
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

/** every list: [name, who asks, query ($n = page size), nodes of the answer] */
const LISTS: [string, DemoUser, string, (d: any) => any][] = [
  [
    'staffMembers (+ Staff.department, positionInfo)',
    'director',
    `query ($n: Int!) { staffMembers(first: $n) { totalCount nodes { id name department { code name } positionInfo { code name } } } }`,
    (d) => d.staffMembers,
  ],
  [
    'doctors (+ Staff.department, specialities)',
    'guide',
    `query ($n: Int!) { doctors(first: $n, departmentCode: "DENTAL") { totalCount nodes { id name specialities department { code name clinical } } } }`,
    (d) => d.doctors,
  ],
  [
    'colleagues (+ Staff.department)',
    'cs.staff',
    `query ($n: Int!) { colleagues(first: $n, search: "列表") { totalCount nodes { id name department { code name } } } }`,
    (d) => d.colleagues,
  ],
  [
    'partnerOrganisations',
    'director',
    `query ($n: Int!) { partnerOrganisations(first: $n) { totalCount nodes { id name } } }`,
    (d) => d.partnerOrganisations,
  ],
  [
    'apiKeys (+ ApiKey.partner)',
    'director',
    `query ($n: Int!, $p: ID!) { apiKeys(first: $n, partnerId: $p) { totalCount nodes { id prefix scopes partner { id name } } } }`,
    (d) => d.apiKeys,
  ],
  [
    'myNotifications (+ Notification.params)',
    'director',
    `query ($n: Int!) { myNotifications(first: $n) { totalCount nodes { id kind link readAt params { name value } } } }`,
    (d) => d.myNotifications,
  ],
  [
    'auditLog',
    'auditor',
    `query ($n: Int!) { auditLog(first: $n) { totalCount nodes { id operation targetIds fields customerIds } } }`,
    (d) => d.auditLog,
  ],
];

describe('every identity list: SQL statements do not grow with the page size', () => {
  it.each(LISTS)('%s: first 5 and first 50 run the same statements', async (_name, who, query, nodesOf) => {
    const five = await statementsFor(who, query, { n: 5, p: partnerId });
    const fifty = await statementsFor(who, query, { n: 50, p: partnerId });
    expect(nodesOf(five.data).nodes).toHaveLength(5);
    expect(nodesOf(fifty.data).nodes).toHaveLength(50);
    expect(nodesOf(fifty.data).totalCount).toBeGreaterThan(50);
    expect(fifty.count).toBe(five.count);
    expect(five.count).toBeGreaterThan(0);
  });

  it('the unpaged lists (departments, positions) run one statement set whatever they return', async () => {
    const query = `{ departments { code name } positions { code name } }`;
    const before = await statementsFor('director', query, {});
    await sql(
      `insert into identity.position (code, name, name_en, sort_order) select 'LIST_' || g, '列表岗位' || g, 'List ' || g, 900 + g from generate_series(1, 20) g`,
    );
    const after = await statementsFor('director', query, {});
    expect(after.data.positions.length).toBe(before.data.positions.length + 20);
    expect(after.count).toBe(before.count);
  });

  it('covers every list field of the identity schema', () => {
    const covered = LISTS.map(([, , query]) => query).join(' ') + ' departments positions';
    // one person's data export (a section per table, fetched for one person at a time): no rows per parent to page
    const computed = ['PersonalDataExport.audit', 'PersonalDataSection.rows'];
    const missing = uncoveredListFields('identity', covered, computed);
    expect(missing).toEqual([]);
  });
});
