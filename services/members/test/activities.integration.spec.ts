import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestService, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { newId } from '@careline/service-kit';
import { membersService } from '../src/service.js';
import { partner, staff, statements } from './support.js';
import { enrolled, MEMBER_CENTRE, rows, spent } from './membership-support.js';

const CREATE = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) {
  id title kind startsAt endsAt targetTiers capacity budgetFen registeredCount attendedCount createdBy } }`;
const REGISTER = `mutation ($a: ID!, $m: ID!) { registerForActivity(activityId: $a, membershipId: $m) { id membershipId registeredBy activity { registeredCount } } }`;
const ATTEND = `mutation ($a: ID!, $m: ID!) { recordAttendance(activityId: $a, membershipId: $m) { membershipId attendedAt attendanceRecordedBy activity { attendedCount } } }`;
const EFFECT = `query ($id: ID!) { activityEffect(id: $id) { activityId registered attended spendWithin30DaysFen spendFrom spendUntil spendFinal } }`;
const LIST = `query ($upcoming: Boolean) { activities(upcoming: $upcoming, first: 100) { totalCount nodes { id } } }`;
const ACTIVITY = `query ($id: ID!) { activity(id: $id) { registeredCount attendedCount registrations(first: 100) { totalCount nodes { membership { id } attendedAt } } } }`;

const MEMBER_ACTIVITIES = `query ($id: ID!, $first: Int, $after: String) { membership(id: $id) { id activityRegistrations(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id registeredAt attended attendedAt activity { id title kind startsAt } } } } }`;

const hour = 3600_000;
const day = 24 * hour;

describe('member activities: capacity, target tiers, attendance and effect', () => {
  let db: TestDatabase;
  let members: TestService;
  const as = MEMBER_CENTRE;
  const create = async (input: Record<string, unknown>) => {
    const { data, errors } = await members.request(
      CREATE,
      {
        input: {
          title: '口腔健康讲座',
          kind: 'LECTURE',
          startsAt: new Date(Date.now() + day).toISOString(),
          endsAt: new Date(Date.now() + day + 2 * hour).toISOString(),
          targetTiers: ['ORDINARY', 'SILVER', 'GOLD', 'DIAMOND'],
          capacity: 50,
          budgetFen: 3000_00,
          ...input,
        },
      },
      undefined,
      as,
    );
    if (errors) throw Object.assign(new Error(errors[0].message), { extensions: errors[0].extensions });
    return data.createActivity;
  };
  const register = (activityId: string, membershipId: string) =>
    members.request(REGISTER, { a: activityId, m: membershipId }, undefined, as);
  const registrations = async (activityId: string) =>
    (
      await rows<{ count: number }>(members, `select count(*)::int as count from "members"."activity_registration" where activity_id = ?`, [
        activityId,
      ])
    )[0]!.count;

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
  });
  afterAll(async () => {
    await members?.stop();
    await db?.drop();
  });

  it('creates an activity with its target tiers, capacity and budget in whole fen', async () => {
    const activity = await create({
      title: '金卡会员联谊会',
      kind: 'GALA',
      targetTiers: ['gold', 'DIAMOND'],
      capacity: 30,
      budgetFen: 12800_50,
    });
    expect(activity).toMatchObject({
      title: '金卡会员联谊会',
      kind: 'GALA',
      targetTiers: ['GOLD', 'DIAMOND'],
      capacity: 30,
      budgetFen: 12800_50,
      registeredCount: 0,
      attendedCount: 0,
      createdBy: as.id,
    });
    const [row] = await rows<{ budget_fen: string }>(members, `select budget_fen from "members"."activity" where id = ?`, [activity.id]);
    expect(Number(row!.budget_fen)).toBe(1_280_050);
  });

  it('refuses an activity that ends before it starts, an unknown tier, no capacity or a malformed budget with BAD_USER_INPUT', async () => {
    const now = Date.now();
    for (const [input, field] of [
      [{ endsAt: new Date(now).toISOString() }, 'endsAt'],
      [{ targetTiers: ['PLATINUM'] }, 'targetTiers'],
      [{ targetTiers: [] }, 'targetTiers'],
      [{ capacity: 0 }, 'capacity'],
      [{ budgetFen: -1 }, 'budgetFen'],
      [{ title: ' ' }, 'title'],
    ] as const) {
      await expect(create(input)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    }
    // a fraction of a fen or a yuan string is not a Fen: refused before the resolver runs
    for (const budgetFen of [12.5, '12.34']) {
      await expect(create({ budgetFen })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringContaining('budgetFen'),
      });
    }
  });

  it('never goes over capacity when 20 members register at once: 5 places, 5 registered, 15 told it is full', async () => {
    const activity = await create({ capacity: 5 });
    const people = await Promise.all(Array.from({ length: 20 }, () => enrolled(members)));
    const results = await Promise.all(people.map((p) => register(activity.id, p.id)));
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(15);
    for (const r of refused) expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVITY_FULL' });
    expect(await registrations(activity.id)).toBe(5);
    const { data } = await members.request(ACTIVITY, { id: activity.id }, undefined, as);
    expect(data.activity).toMatchObject({ registeredCount: 5, registrations: { totalCount: 5 } });
  });

  it('refuses a member of a tier the activity is not for with BAD_USER_INPUT TIER_NOT_TARGETED, and registers nothing', async () => {
    const activity = await create({ targetTiers: ['GOLD', 'DIAMOND'] });
    const ordinary = await enrolled(members);
    const { data, errors } = await register(activity.id, ordinary.id);
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TIER_NOT_TARGETED', field: 'membershipId' });
    expect(await registrations(activity.id)).toBe(0);
    const gold = await enrolled(members, { tier: 'GOLD' });
    expect((await register(activity.id, gold.id)).errors).toBeUndefined();
  });

  it('refuses a second registration of the same member with CONFLICT ALREADY_REGISTERED, also when both arrive at once', async () => {
    const activity = await create({});
    const m = await enrolled(members);
    const first = await register(activity.id, m.id);
    expect(first.data.registerForActivity).toMatchObject({ membershipId: m.id, registeredBy: as.id, activity: { registeredCount: 1 } });
    expect((await register(activity.id, m.id)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });
    const other = await enrolled(members);
    const both = await Promise.all([register(activity.id, other.id), register(activity.id, other.id), register(activity.id, other.id)]);
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(both.filter((r) => r.errors?.[0].extensions.reason === 'ALREADY_REGISTERED')).toHaveLength(2);
    expect(await registrations(activity.id)).toBe(2);
    const [counted] = await rows<{ registered_count: number }>(members, `select registered_count from "members"."activity" where id = ?`, [
      activity.id,
    ]);
    expect(counted!.registered_count).toBe(2);
  });

  it('refuses frozen members and activities that are over with CONFLICT', async () => {
    const activity = await create({});
    const m = await enrolled(members);
    await members.request(`mutation ($id: ID!) { freezeMembership(id: $id, reason: "暂停") { id } }`, { id: m.id }, undefined, as);
    expect((await register(activity.id, m.id)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEMBERSHIP_NOT_ACTIVE' });
    const past = await create({
      startsAt: new Date(Date.now() - 3 * day).toISOString(),
      endsAt: new Date(Date.now() - 2 * day).toISOString(),
    });
    expect((await register(past.id, (await enrolled(members)).id)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACTIVITY_ENDED',
    });
  });

  it('records attendance of registered members once, and refuses members who did not register', async () => {
    const activity = await create({
      startsAt: new Date(Date.now() - hour).toISOString(),
      endsAt: new Date(Date.now() + hour).toISOString(),
    });
    const m = await enrolled(members);
    await register(activity.id, m.id);
    const { data, errors } = await members.request(ATTEND, { a: activity.id, m: m.id }, undefined, as);
    expect(errors).toBeUndefined();
    expect(data.recordAttendance).toMatchObject({ membershipId: m.id, attendanceRecordedBy: as.id, activity: { attendedCount: 1 } });
    expect(data.recordAttendance.attendedAt).toEqual(expect.any(String));
    expect((await members.request(ATTEND, { a: activity.id, m: m.id }, undefined, as)).errors?.[0].extensions).toMatchObject({
      reason: 'ALREADY_ATTENDED',
    });
    const stranger = await enrolled(members);
    expect((await members.request(ATTEND, { a: activity.id, m: stranger.id }, undefined, as)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_REGISTERED',
    });
  });

  it('refuses to record attendance days before the activity starts', async () => {
    const activity = await create({});
    const m = await enrolled(members);
    await register(activity.id, m.id);
    expect((await members.request(ATTEND, { a: activity.id, m: m.id }, undefined, as)).errors?.[0].extensions).toMatchObject({
      reason: 'ACTIVITY_NOT_STARTED',
    });
  });

  it('reports the effect: registrations, attendance and the attendees’ spend from the start to 30 days after the end', async () => {
    const startsAt = new Date(Date.now() - 40 * day);
    const endsAt = new Date(startsAt.getTime() + 3 * hour);
    const activity = await create({
      title: '免费体检日',
      kind: 'CHECKUP',
      startsAt: new Date(Date.now() - hour).toISOString(),
      endsAt: new Date(Date.now() + hour).toISOString(),
    });
    const [came, cameToo, stayedAway] = [await enrolled(members), await enrolled(members), await enrolled(members)];
    for (const m of [came, cameToo, stayedAway]) await register(activity.id, m.id);
    for (const m of [came, cameToo]) await members.request(ATTEND, { a: activity.id, m: m.id }, undefined, as);
    // the activity is moved 40 days back so the whole 30-day window is over
    await rows(members, `update "members"."activity" set starts_at = ?, ends_at = ? where id = ?`, [startsAt, endsAt, activity.id]);
    await spent(members, came, 1280_50, new Date(startsAt.getTime() + hour).toISOString()); // during the activity
    await spent(members, came, 2000_00, new Date(endsAt.getTime() + 29 * day).toISOString()); // within 30 days
    await spent(members, came, 9999_00, new Date(endsAt.getTime() + 31 * day).toISOString()); // too late
    await spent(members, cameToo, 500_00, new Date(startsAt.getTime() - day).toISOString()); // before
    await spent(members, cameToo, 700_00, new Date(endsAt.getTime() + day).toISOString(), 'REFUNDED'); // refunded
    await spent(members, stayedAway, 5000_00, new Date(endsAt.getTime() + day).toISOString()); // not an attendee
    const { data, errors } = await members.request(EFFECT, { id: activity.id }, undefined, staff('FINANCE', 'FINANCE'));
    expect(errors).toBeUndefined();
    expect(data.activityEffect).toEqual({
      activityId: activity.id,
      registered: 3,
      attended: 2,
      spendWithin30DaysFen: 3280_50,
      spendFrom: startsAt.toISOString(),
      spendUntil: new Date(endsAt.getTime() + 30 * day).toISOString(),
      spendFinal: true,
    });
  });

  it('lists activities newest first, and only those not over when asked for upcoming ones', async () => {
    const past = await create({
      startsAt: new Date(Date.now() - 3 * day).toISOString(),
      endsAt: new Date(Date.now() - 2 * day).toISOString(),
    });
    const soon = await create({});
    const all = (await members.request(LIST, {}, undefined, as)).data.activities.nodes.map((n: { id: string }) => n.id);
    expect(all.indexOf(soon.id)).toBeLessThan(all.indexOf(past.id));
    const upcoming = (await members.request(LIST, { upcoming: true }, undefined, as)).data.activities.nodes.map(
      (n: { id: string }) => n.id,
    );
    expect(upcoming).toContain(soon.id);
    expect(upcoming).not.toContain(past.id);
  });

  it('refuses activity work to finance and partners and to staff of other departments with FORBIDDEN, and writes nothing', async () => {
    const activity = await create({});
    const m = await enrolled(members);
    for (const caller of [staff('FINANCE', 'FINANCE'), partner(newId()), staff('STAFF', 'CONSULTATION')]) {
      const created = await members.request(
        CREATE,
        {
          input: {
            title: 'x',
            kind: 'LECTURE',
            startsAt: activity.startsAt,
            endsAt: activity.endsAt,
            targetTiers: ['GOLD'],
            capacity: 1,
            budgetFen: 0,
          },
        },
        undefined,
        caller,
      );
      expect(created.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const registered = await members.request(REGISTER, { a: activity.id, m: m.id }, undefined, caller);
      expect(registered.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await members.request(LIST, {}, undefined, partner(newId()))).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await registrations(activity.id)).toBe(0);
    const [count] = await rows<{ count: number }>(members, `select count(*)::int as count from "members"."activity" where title = 'x'`);
    expect(count!.count).toBe(0);
  });
  describe('Membership.activityRegistrations (会员360 活动)', () => {
    it('lists a member’s registrations newest first with the activity’s title, kind and start, attendance, and pages by cursor', async () => {
      const m = await enrolled(members);
      const lecture = await create({
        title: '糖尿病讲座',
        kind: 'LECTURE',
        startsAt: new Date(Date.now() - hour).toISOString(),
        endsAt: new Date(Date.now() + hour).toISOString(),
      });
      const checkup = await create({ title: '免费体检', kind: 'CHECKUP' });
      const gala = await create({ title: '新春联谊会', kind: 'GALA' });
      for (const a of [lecture, checkup, gala]) expect((await register(a.id, m.id)).errors).toBeUndefined();
      expect((await members.request(ATTEND, { a: lecture.id, m: m.id }, undefined, as)).errors).toBeUndefined();
      const other = await enrolled(members);
      await register(gala.id, other.id);

      const first = await members.request(MEMBER_ACTIVITIES, { id: m.id, first: 2 }, undefined, as);
      expect(first.errors).toBeUndefined();
      const page1 = first.data.membership.activityRegistrations;
      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page1.nodes).toMatchObject([
        { attended: false, attendedAt: null, activity: { id: gala.id, title: '新春联谊会', kind: 'GALA', startsAt: gala.startsAt } },
        { attended: false, attendedAt: null, activity: { id: checkup.id, title: '免费体检', kind: 'CHECKUP', startsAt: checkup.startsAt } },
      ]);
      for (const n of page1.nodes) expect(n.registeredAt).toEqual(expect.any(String));
      const second = await members.request(MEMBER_ACTIVITIES, { id: m.id, first: 2, after: page1.pageInfo.endCursor }, undefined, as);
      expect(second.errors).toBeUndefined();
      const page2 = second.data.membership.activityRegistrations;
      expect(page2).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
      expect(page2.nodes).toMatchObject([
        { attended: true, attendedAt: expect.any(String), activity: { id: lecture.id, title: '糖尿病讲座', kind: 'LECTURE' } },
      ]);

      const none = await members.request(
        MEMBER_ACTIVITIES,
        { id: (await enrolled(members)).id },
        undefined,
        staff('AUDITOR', 'OPERATIONS'),
      );
      expect(none.errors).toBeUndefined();
      expect(none.data.membership.activityRegistrations).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
    });

    it('loads the registrations and their activities of many memberships with a fixed number of queries (no N+1)', async () => {
      const activity = await create({ title: '会员日促销', kind: 'PROMOTION', capacity: 100 });
      const people = await Promise.all(Array.from({ length: 8 }, () => enrolled(members)));
      for (const p of people) await register(activity.id, p.id);
      const list = `{ memberships(first: 50) { nodes { id activityRegistrations(first: 5) { totalCount nodes { attended activity { title kind } } } } } }`;
      members.resetQueries();
      const { data, errors } = await members.request(list, {}, undefined, as);
      expect(errors).toBeUndefined();
      const withOne = data.memberships.nodes.filter((n: { id: string }) => people.some((p) => p.id === n.id));
      expect(withOne.length).toBeGreaterThan(5);
      for (const n of withOne)
        expect(n.activityRegistrations.nodes).toContainEqual({ attended: false, activity: { title: '会员日促销', kind: 'PROMOTION' } });
      const selects = statements(members.queries);
      // registrations page + count 2, activities 1
      expect(selects.filter((q) => q.includes('activity_registration'))).toHaveLength(2);
      expect(selects.filter((q) => /"activity"/.test(q) && !q.includes('activity_registration'))).toHaveLength(1);
    });

    it('refuses a member’s activities to partners with FORBIDDEN, even for their own people', async () => {
      const keyAccount = newId();
      const m = await enrolled(members, { keyAccountId: keyAccount });
      const { data, errors } = await members.request(MEMBER_ACTIVITIES, { id: m.id }, undefined, partner(keyAccount));
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(data?.membership ?? null).toBeNull();
    });
  });
});
