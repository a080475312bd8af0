import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, eventually, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { membersService } from '../src/service.js';
import { MemberLedger } from '../src/modules/points/points.ledger.js';
import { PointsEntryKind } from '../src/modules/points/points-entry.entity.js';
import { addMonths } from '../src/common/calendar.js';
import { pointsConfig } from '../src/modules/points/points.config.js';
import { EXPIRE_POINTS_QUEUE, expirePoints } from '../src/modules/points/points.expiry.js';
import { desk, enrolMember, expectConsistentLedger, ledgerOf } from './points-support.js';

describe('points expiry', () => {
  let db: TestDatabase;
  let members: TestService;
  const config = pointsConfig();
  /** credits `points` as if it happened at `at` */
  const creditAt = (membershipId: string, points: number, at: Date) =>
    members.orm.em.fork().transactional(async (em) => {
      const ledger = await MemberLedger.open({ em, bus: members.bus, now: at, config }, membershipId);
      await ledger.credit(PointsEntryKind.ADJUST, points, { reason: `credited ${at.toISOString()}`, operatorId: desk.id! });
      await ledger.close();
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it(`expires points ${config.expiryMonths} months after they were credited, the due lots only, as one EXPIRE entry by the system`, async () => {
    const member = await enrolMember(members);
    const old = new Date('2023-03-10T02:00:00Z');
    const older = new Date('2023-01-05T02:00:00Z');
    const recent = new Date('2024-06-01T02:00:00Z');
    await creditAt(member.id, 100, older);
    await creditAt(member.id, 40, old);
    await creditAt(member.id, 7, recent);
    const asOf = addMonths(old, config.expiryMonths);
    const result = await expirePoints(members.orm.em, members.bus, asOf);
    expect(result.points).toBeGreaterThanOrEqual(140);
    const ledger = await expectConsistentLedger(members, member.id);
    expect(ledger.entries.at(-1)).toMatchObject({
      kind: 'EXPIRE',
      points: -140,
      balance_after: 7,
      operator_id: '00000000-0000-0000-0000-000000000000',
    });
    expect(ledger.lots.map((l) => l.remaining)).toEqual([0, 0, 7]);
    // running it again as of the same moment finds nothing more to expire
    await expirePoints(members.orm.em, members.bus, asOf);
    expect((await ledgerOf(members, member.id)).entries).toHaveLength(4);
  });

  it('spends the oldest lots first, so what is left to expire is what the member did not spend', async () => {
    const member = await enrolMember(members);
    await creditAt(member.id, 50, new Date('2023-01-01T00:00:00Z'));
    await creditAt(member.id, 50, new Date('2023-06-01T00:00:00Z'));
    await members.orm.em.fork().transactional(async (em) => {
      const ledger = await MemberLedger.open({ em, bus: members.bus, now: new Date('2023-07-01T00:00:00Z'), config }, member.id);
      await ledger.debit(PointsEntryKind.REDEEM, 60, { reason: 'gift', operatorId: desk.id! });
      await ledger.close();
    });
    await expirePoints(members.orm.em, members.bus, addMonths(new Date('2023-01-01T00:00:00Z'), config.expiryMonths));
    const ledger = await expectConsistentLedger(members, member.id);
    // the first lot was spent entirely, so nothing expired yet; 40 are left in the second
    expect(ledger.entries.map((e) => e.kind)).toEqual(['ADJUST', 'ADJUST', 'REDEEM']);
    await expirePoints(members.orm.em, members.bus, addMonths(new Date('2023-06-01T00:00:00Z'), config.expiryMonths));
    expect((await expectConsistentLedger(members, member.id)).entries.at(-1)).toMatchObject({
      kind: 'EXPIRE',
      points: -40,
      balance_after: 0,
    });
  });

  it('schedules members.expire-points daily in hospital time, and expires when the job fires', async () => {
    const [schedule] = await members.orm.em
      .getConnection()
      .execute<{ cron: string; timezone: string }[]>(`select cron, timezone from pgboss.schedule where name = ?`, [EXPIRE_POINTS_QUEUE]);
    expect(schedule).toEqual({ cron: '30 2 * * *', timezone: config.timeZone });
    const member = await enrolMember(members);
    await creditAt(member.id, 25, addMonths(new Date(), -config.expiryMonths - 1));
    await members.bus.jobs.send(EXPIRE_POINTS_QUEUE, {});
    // ledgerOf reads the account and the entries in two statements: the job may commit between them,
    // so the answer is awaited until the two agree (balance 0 after an EXPIRE of the 25 points)
    const ledger = await eventually(async () => {
      const l = await ledgerOf(members, member.id);
      return l.entries.some((e) => e.kind === 'EXPIRE') && l.balance === 0 && l;
    });
    expect(ledger.entries.at(-1)).toMatchObject({ kind: 'EXPIRE', points: -25, balance_after: 0 });
  });
});
