import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { createLogger, Events, RequestAudit, type BirthdayGreetingDueData, type Caller } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { createMembersLoaders, type MembersContext } from '../src/context.js';
import { BirthdayService } from '../src/modules/birthday/birthday.service.js';
import { addDays } from '@careline/service-kit';
import { hospitalDate } from '../src/common/calendar.js';
import { auditProbe, partner, staff } from './support.js';
import { enrolled, eventProbe, MEMBER_CENTRE, type Enrolled } from './membership-support.js';

const UPCOMING = `query ($days: Int, $first: Int, $after: String) { upcomingBirthdays(days: $days, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { birthday daysUntil membership { id tier } } } }`;
const GREET = `mutation ($asOf: DateTimeISO) { sendBirthdayGreetings(asOf: $asOf) { day due published } }`;
const DIRECTOR = staff('OPS_DIRECTOR', 'OPERATIONS', '运营总监');

describe('birthdays: who is next, in hospital time, and the greetings', () => {
  let db: TestDatabase;
  let members: TestService;
  let greetings: Awaited<ReturnType<typeof eventProbe<BirthdayGreetingDueData>>>;
  const born = (birthDate: string, tier?: string) => enrolled(members, { birthDate, tier });

  /** upcomingBirthdays as the service answers it on `now`, all pages, for the members in `among` */
  async function upcomingOn(now: string, days: number, among: Enrolled[], first = 100) {
    const caller: Caller = MEMBER_CENTRE;
    const found: { id: string; birthday: string; daysUntil: number }[] = [];
    let after: string | null = null;
    for (;;) {
      const em = members.orm.em.fork();
      const ctx = {
        em,
        caller,
        loaders: createMembersLoaders(em, caller),
        bus: members.bus,
        requestId: 'test',
        log: createLogger('test', 'silent'),
        audit: new RequestAudit('members', caller, 'test', members.bus, members.orm),
      } as MembersContext;
      const page = await new BirthdayService(ctx).upcoming(days, first, after, new Date(now));
      found.push(...page.nodes.map((n) => ({ id: n.id, birthday: n.birthday, daysUntil: n.daysUntil })));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const ids = new Set(among.map((m) => m.id));
    return found.filter((f) => ids.has(f.id));
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    greetings = await eventProbe<BirthdayGreetingDueData>(members, Events.BirthdayGreetingDue);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('lists birthdays from today across the end of the month and the year, soonest first, paged', async () => {
    const today = await born('1990-12-30');
    const newYearsEve = await born('1985-12-31');
    const second = await born('1992-01-02');
    const sixth = await born('1970-01-05');
    const tooFar = await born('1980-01-06');
    const yesterday = await born('1999-12-29');
    // 10:00 on 30 Dec in Shanghai; pages of two
    const found = await upcomingOn('2026-12-30T02:00:00Z', 7, [today, newYearsEve, second, sixth, tooFar, yesterday], 2);
    expect(found).toEqual([
      { id: today.id, birthday: '2026-12-30', daysUntil: 0 },
      { id: newYearsEve.id, birthday: '2026-12-31', daysUntil: 1 },
      { id: second.id, birthday: '2027-01-02', daysUntil: 3 },
      { id: sixth.id, birthday: '2027-01-05', daysUntil: 6 },
    ]);
  });

  it('takes today in the hospital’s time zone: at 00:30 on 1 January in Shanghai it is still 31 December in UTC', async () => {
    const newYear = await born('1988-01-01');
    const eve = await born('1988-12-31');
    expect(await upcomingOn('2026-12-31T16:30:00Z', 1, [newYear, eve])).toEqual([{ id: newYear.id, birthday: '2027-01-01', daysUntil: 0 }]);
  });

  it('celebrates Feb 29 birthdays on Feb 28 in common years and on Feb 29 in leap years', async () => {
    const leapling = await born('2000-02-29');
    const feb28 = await born('1991-02-28');
    const march1 = await born('1990-03-01');
    expect(await upcomingOn('2027-02-27T02:00:00Z', 3, [leapling, feb28, march1])).toEqual(
      [
        { id: feb28.id, birthday: '2027-02-28', daysUntil: 1 },
        { id: leapling.id, birthday: '2027-02-28', daysUntil: 1 },
        { id: march1.id, birthday: '2027-03-01', daysUntil: 2 },
      ].sort((a, b) => a.birthday.localeCompare(b.birthday) || a.id.localeCompare(b.id)),
    );
    expect(await upcomingOn('2028-02-27T02:00:00Z', 3, [leapling, feb28, march1])).toEqual([
      { id: feb28.id, birthday: '2028-02-28', daysUntil: 1 },
      { id: leapling.id, birthday: '2028-02-29', daysUntil: 2 },
    ]);
  });

  it('answers upcomingBirthdays over GraphQL with today’s birthdays first and the members, and audits the birthdays read', async () => {
    const audit = await auditProbe(members);
    const reader = staff('STAFF', 'MEMBER_CENTRE');
    const todayHere = hospitalDate(new Date());
    const inTwo = addDays(todayHere, 2);
    const a = await born(`2000-${todayHere.slice(5)}`, 'GOLD');
    const b = await born(`2000-${inTwo.slice(5)}`);
    const { data, errors } = await members.request(UPCOMING, { days: 3, first: 100 }, undefined, reader);
    expect(errors).toBeUndefined();
    const mine = data.upcomingBirthdays.nodes.filter((n: { membership: { id: string } }) => [a.id, b.id].includes(n.membership.id));
    expect(mine).toEqual([
      { birthday: todayHere, daysUntil: 0, membership: { id: a.id, tier: 'GOLD' } },
      { birthday: inTwo, daysUntil: 2, membership: { id: b.id, tier: 'ORDINARY' } },
    ]);
    const entries = await audit.entriesOf(reader.id!);
    expect(entries).toEqual([
      expect.objectContaining({ operation: 'query upcomingBirthdays', targetType: 'UpcomingBirthday', fields: ['birthday'] }),
    ]);
    expect(entries[0]!.customerIds).toEqual(expect.arrayContaining([a.customerId, b.customerId]));
  });

  it('refuses days outside 1 to 366 with BAD_USER_INPUT, and birthdays to finance and partners with FORBIDDEN', async () => {
    expect((await members.request(UPCOMING, { days: 0 }, undefined, MEMBER_CENTRE)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'days',
    });
    for (const caller of [staff('FINANCE', 'FINANCE'), partner('019aabbc-0000-7000-8000-00000000000a')]) {
      expect((await members.request(UPCOMING, {}, undefined, caller)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  describe('greetings', () => {
    it('publishes BirthdayGreetingDue once per member and year, however often and however concurrently the job runs', async () => {
      const m = await born('1979-06-15', 'SILVER');
      const asOf = '2027-06-15T01:00:00Z'; // 09:00 in Shanghai
      const runs = await Promise.all(Array.from({ length: 4 }, () => members.request(GREET, { asOf }, undefined, DIRECTOR)));
      for (const run of runs) expect(run.errors).toBeUndefined();
      await members.request(GREET, { asOf: '2027-06-15T15:00:00Z' }, undefined, DIRECTOR); // 23:00, same day
      expect(runs.reduce((sum, r) => sum + r.data.sendBirthdayGreetings.published, 0)).toBe(1);
      expect(runs[0]!.data.sendBirthdayGreetings).toMatchObject({ day: '2027-06-15', due: 1 });
      const mine = (await greetings.published()).filter((g) => g.membershipId === m.id);
      expect(mine).toEqual([{ membershipId: m.id, customerId: m.customerId, birthday: '2027-06-15', tier: 'SILVER' }]);
      // next year, once more
      await members.request(GREET, { asOf: '2028-06-15T01:00:00Z' }, undefined, DIRECTOR);
      await members.request(GREET, { asOf: '2028-06-15T01:00:00Z' }, undefined, DIRECTOR);
      expect((await greetings.published()).filter((g) => g.membershipId === m.id).map((g) => g.birthday)).toEqual([
        '2027-06-15',
        '2028-06-15',
      ]);
    });

    it('greets a Feb 29 birthday on Feb 28 of a common year, and no cancelled member', async () => {
      const leapling = await born('1996-02-29');
      const cancelled = await born('1996-02-28');
      await members.request(
        `mutation ($id: ID!) { cancelMembership(id: $id, reason: "注销") { id } }`,
        { id: cancelled.id },
        undefined,
        MEMBER_CENTRE,
      );
      await members.request(GREET, { asOf: '2029-02-28T01:00:00Z' }, undefined, DIRECTOR);
      const sent = (await greetings.published()).filter((g) => [leapling.id, cancelled.id].includes(g.membershipId));
      expect(sent).toEqual([expect.objectContaining({ membershipId: leapling.id, birthday: '2029-02-28' })]);
    });

    it('greets on the scheduled job as the system, and the schedule runs daily at 08:00 hospital time', async () => {
      const todayHere = hospitalDate(new Date());
      const m = await born(`2000-${todayHere.slice(5)}`);
      await members.bus.jobs.send('members.birthday-greetings', {});
      const sent = await eventually(async () => (await greetings.published()).find((g) => g.membershipId === m.id));
      expect(sent).toMatchObject({ birthday: todayHere, customerId: m.customerId });
      expect(await members.bus.jobs.getSchedule('members.birthday-greetings')).toMatchObject({
        cron: '0 8 * * *',
        timezone: 'Asia/Shanghai',
      });
    });

    it('lets only the operations director run the greetings by hand', async () => {
      for (const caller of [MEMBER_CENTRE, staff('DEPT_ADMIN', 'MEMBER_CENTRE'), testCallers.anonymous]) {
        const { errors } = await members.request(GREET, { asOf: '2027-06-15T01:00:00Z' }, undefined, caller as Caller);
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(errors?.[0].extensions.code);
      }
    });
  });
});
