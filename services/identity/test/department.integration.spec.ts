import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { identityService } from '../src/service.js';
import { createIdentityLoaders } from '../src/context.js';
import { statements } from './sql.js';

const SEEDED = [
  { code: 'CUSTOMER_SERVICE', name: '客服部', nameEn: 'Customer Service' },
  { code: 'MEMBER_CENTRE', name: '会员中心', nameEn: 'Member Centre' },
  { code: 'CONSULTATION', name: '咨询中心', nameEn: 'Consultation Centre' },
  { code: 'ONSITE', name: '现场咨询', nameEn: 'On-site Consultation' },
  { code: 'GUIDE', name: '导医', nameEn: 'Guides' },
  { code: 'KEY_ACCOUNT', name: '大客户部', nameEn: 'Key Accounts' },
  { code: 'FINANCE', name: '财务科', nameEn: 'Finance' },
  { code: 'OPERATIONS', name: '运营管理部', nameEn: 'Operations' },
  // the clinical departments doctors work in (docs/doctor-schedules.md)
  { code: 'DENTAL', name: '口腔科', nameEn: 'Dentistry' },
  { code: 'AESTHETIC', name: '美容科', nameEn: 'Aesthetics' },
  { code: 'PHYSICAL_EXAM', name: '体检科', nameEn: 'Health Check' },
];

describe('identity departments over GraphQL', () => {
  let db: TestDatabase;
  let identity: TestService;
  beforeAll(async () => {
    db = await createTestDatabase();
    identity = await startTestService(identityService, db.url);
  });
  afterAll(async () => {
    await identity?.stop();
    await db?.drop();
  });

  it('lists the eleven seeded departments in the hospital’s order', async () => {
    const { data, errors } = await identity.request(`{ departments { code name nameEn } }`);
    expect(errors).toBeUndefined();
    expect(data.departments).toEqual(SEEDED);
  });

  it('finds one department by code, whatever its case', async () => {
    const { data } = await identity.request(`query ($code: String!) { department(code: $code) { code name nameEn } }`, { code: 'finance' });
    expect(data.department).toEqual({ code: 'FINANCE', name: '财务科', nameEn: 'Finance' });
  });

  it('answers null, not an error, for a department code that does not exist', async () => {
    const { data, errors } = await identity.request(`{ department(code: "NOPE") { code } }`);
    expect(errors).toBeUndefined();
    expect(data.department).toBeNull();
  });

  it('resolves Department references for the gateway through _entities', async () => {
    const { data, errors } = await identity.request(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Department { code name nameEn } } }`,
      {
        reps: [
          { __typename: 'Department', code: 'GUIDE' },
          { __typename: 'Department', code: 'NOPE' },
          { __typename: 'Department', code: 'ONSITE' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { code: 'GUIDE', name: '导医', nameEn: 'Guides' },
      null,
      { code: 'ONSITE', name: '现场咨询', nameEn: 'On-site Consultation' },
    ]);
  });

  it('loads N departments by code with one SQL statement, in key order with null for misses', async () => {
    const loaders = createIdentityLoaders(identity.orm.em.fork());
    identity.resetQueries();
    const codes = ['OPERATIONS', 'MISSING', 'CUSTOMER_SERVICE', 'FINANCE'];
    const rows = await Promise.all(codes.map((code) => loaders.departmentByCode.load(code)));
    expect(rows.map((row) => row?.code ?? null)).toEqual(['OPERATIONS', null, 'CUSTOMER_SERVICE', 'FINANCE']);
    expect(statements(identity.queries)).toHaveLength(1);
  });

  it('loads N positions by code with one SQL statement, in key order with null for misses', async () => {
    const loaders = createIdentityLoaders(identity.orm.em.fork());
    identity.resetQueries();
    const codes = ['GUIDE', 'NURSE', 'AUDITOR', 'CS_STAFF'];
    const rows = await Promise.all(codes.map((code) => loaders.positionByCode.load(code)));
    expect(rows.map((row) => row?.name ?? null)).toEqual(['导医', null, '审计', '客服专员']);
    expect(statements(identity.queries)).toHaveLength(1);
  });

  it('seeds the departments only once, however often the seed migration runs', async () => {
    const seed = identityService.migrations.find((m) => m.name === 'Migration20261124105100')!;
    const migration = new (seed.class as any)(identity.orm.em.getDriver(), identity.orm.config);
    await migration.up();
    for (const sql of migration.getQueries()) await identity.orm.em.getConnection().execute(sql);
    const rows = await identity.orm.em
      .getConnection()
      .execute<{ count: number }[]>(`select count(*)::int as count from "identity"."department"`);
    expect(rows[0]?.count).toBe(11);
  });
});
