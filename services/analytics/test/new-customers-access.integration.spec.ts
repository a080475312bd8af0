import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { analyticsService } from '../src/service.js';
import { auditProbe, partner, staff } from './support.js';

const REPORT = `query { newCustomers(period: { from: "2026-04-01", to: "2026-04-02" }, groupBy: DAY) { totalNewCustomers rows { key } } }`;

describe('who may read the newCustomers report', () => {
  let db: TestDatabase;
  let analytics: TestService;
  let audit: Awaited<ReturnType<typeof auditProbe>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    analytics = await startTestService(analyticsService, db.url);
    audit = await auditProbe(analytics);
  });
  afterAll(async () => {
    await analytics?.stop();
    await db?.drop();
  });

  it('answers UNAUTHENTICATED to an anonymous caller', async () => {
    const { data, errors } = await analytics.request(REPORT, {}, undefined, testCallers.anonymous);
    expect(data?.newCustomers ?? null).toBeNull();
    expect(errors?.[0]).toMatchObject({ path: ['newCustomers'], extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses partners and auditors with FORBIDDEN and records the denial', async () => {
    for (const caller of [partner(newId()), staff('AUDITOR', 'OPERATIONS')]) {
      const { data, errors } = await analytics.request(REPORT, {}, undefined, caller);
      expect(data?.newCustomers ?? null).toBeNull();
      expect(errors?.[0]).toMatchObject({ path: ['newCustomers'], extensions: { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' } });
      const entries = await eventually(async () => {
        const found = await audit.entriesOf(caller.id!);
        return found.length > 0 && found;
      });
      expect(entries).toEqual([
        expect.objectContaining({
          service: 'analytics',
          operation: 'query newCustomers',
          outcome: 'DENIED',
          actorKind: caller.kind,
          targetIds: [],
        }),
      ]);
    }
  });

  it('answers the director, department admins, staff and finance, and records nothing for figures without personal data', async () => {
    for (const caller of [
      staff('OPS_DIRECTOR', 'OPERATIONS'),
      staff('DEPT_ADMIN', 'CUSTOMER_SERVICE'),
      staff('STAFF', 'MEMBER_CENTRE'),
      staff('FINANCE', 'FINANCE'),
    ]) {
      const { data, errors } = await analytics.request(REPORT, {}, undefined, caller);
      expect(errors).toBeUndefined();
      expect(data.newCustomers).toEqual({ totalNewCustomers: 0, rows: [{ key: '2026-04-01' }, { key: '2026-04-02' }] });
      expect(await audit.entriesOf(caller.id!)).toEqual([]);
    }
  });
});
