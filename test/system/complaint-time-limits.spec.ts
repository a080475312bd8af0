import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { CareEvents, createLogger, kitEnv, startService, type RunningService } from '@careline/service-kit';
import { eventually, testSigningKeys } from '@careline/service-kit/testing';
import { crmService, escalateOverdueComplaints } from '@careline/crm';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// Complaint time limits (issue 19), over HTTP through the gateway as the demo staff: the
// customer-service admin edits the limits (validated, all or none), the time-limit job — run as of
// a chosen instant instead of waiting for the clock — marks overdue complaints and escalates them
// once per stage, however often and however concurrently it runs, and the weekly opinion report
// and the analytics KPI count them.

let system: RunningSystem;
/** a second crm service on the same database (in this process): a replica with its own pool, bus and job workers */
let replica: RunningService;
let db: pg.Client;
const PROBE = 'complaint-time-limits-probe';

const LIMITS = `{ complaintTimeLimits { stage severity limitMinutes updatedBy } }`;
const UPDATE = `mutation ($limits: [ComplaintTimeLimitInput!]!) { updateComplaintTimeLimits(limits: $limits) { stage severity limitMinutes updatedBy } }`;
const FIELDS = `id kind status severity overdue overdueAt overdueCount firstOverdueAt escalatedTo escalatedAt stageEnteredAt timeLimitMinutes dueAt owner steps { action fromStatus toStatus actorName at }`;
const RECEIVE = `mutation ($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { ${FIELDS} } }`;
const ADVANCE = `mutation ($input: ComplaintStepInput!) { advanceComplaint(input: $input) { ${FIELDS} } }`;
const PROPOSE = `mutation ($input: ProposeResolutionInput!) { proposeComplaintResolution(input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const OVERDUE_LIST = `{ complaints(overdueOnly: true, first: 50) { totalCount nodes { id } } }`;
const REPORT = `query ($w: LocalDate!) { weeklyOpinionReport(weekOf: $w) { total complaints suggestions overdue overdueInWeek } }`;
const KPI = `query ($d: LocalDate!) { kpi(code: OVERDUE_COMPLAINTS, period: { kind: DAY, date: $d }) { code current { numerator value } } }`;
const KPI_DEPT = `query ($d: LocalDate!) { kpi(code: OVERDUE_COMPLAINTS, departmentCode: "DENTAL", period: { kind: DAY, date: $d }) { current { value } } }`;

const MINUTE = 60_000;
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
const every = (stage: string, limitMinutes: number) => SEVERITIES.map((severity) => ({ stage, severity, limitMinutes }));

const call = (who: DemoUser, query: string, variables?: object) => system.as(who, query, variables);
const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await call(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];
const overdueEvents = async (complaintId: string) =>
  (await sql<{ data: any }>(`select data from pgboss.job where name = $1 order by created_on, id`, [PROBE]))
    .map((r) => r.data.data)
    .filter((d) => d.complaintId === complaintId);
const limitRows = async () =>
  Object.fromEntries(
    (await sql<{ k: string; m: number }>(`select stage || ':' || severity as k, limit_minutes as m from crm.complaint_time_limit`)).map(
      (r) => [r.k, r.m],
    ),
  );
const hospitalDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const receive = async (extra: Record<string, unknown> = {}) =>
  (
    await ok('cs.staff', RECEIVE, {
      input: {
        channel: 'PHONE',
        category: 'WAITING_TIME',
        severity: 'MEDIUM',
        description: '候诊时间过长',
        departmentCode: 'DENTAL',
        ...extra,
      },
    })
  ).receiveComplaint;
const get = async (id: string) => (await ok('cs.admin', GET, { id })).complaint;
/** the job as the scheduler runs it, as of `at` (on the first crm replica, or the one given) */
const runJob = (at: number, crm: RunningService = system.services.crm) => escalateOverdueComplaints(crm.orm, crm.bus, new Date(at));

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  await system.services.crm.bus.jobs.createQueue(PROBE);
  await system.services.crm.bus.jobs.subscribe(CareEvents.ComplaintOverdue, PROBE);
  replica = await startService(crmService, {
    databaseUrl: system.databaseUrl,
    port: 0,
    log: createLogger('crm-replica', kitEnv().TEST_LOG_LEVEL),
    gatewayPublicKey: testSigningKeys.publicKey,
    eventBus: { maintenance: false },
  });
});
afterAll(async () => {
  await replica?.stop();
  await db?.end();
  await system?.stop();
});

describe('complaint time limits', () => {
  it('are seeded for every open stage and severity, and read by the complaint departments', async () => {
    const { complaintTimeLimits } = await ok('cs.staff', LIMITS);
    expect(complaintTimeLimits).toHaveLength(7 * 4);
    expect(complaintTimeLimits.find((l: any) => l.stage === 'RECEIVED' && l.severity === 'CRITICAL')).toMatchObject({
      limitMinutes: 30,
      updatedBy: null,
    });
    expect(complaintTimeLimits.find((l: any) => l.stage === 'ONSITE' && l.severity === 'LOW').limitMinutes).toBe(72 * 60);
    expect((await ok('onsite.a', LIMITS)).complaintTimeLimits).toHaveLength(28);
    const guide = await call('guide', LIMITS);
    expect(guide.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('are edited by the customer-service admin only, validated, all or none', async () => {
    const before = await limitRows();
    for (const who of ['cs.staff', 'onsite.admin', 'finance'] as const) {
      const denied = await call(who, UPDATE, { limits: [{ stage: 'RECEIVED', severity: 'LOW', limitMinutes: 60 }] });
      expect(denied.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    const refused = async (limits: object[], reason: string) => {
      const r = await call('cs.admin', UPDATE, { limits });
      expect(r.errors?.[0]?.extensions?.code, reason).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.reason, JSON.stringify(r.errors)).toBe(reason);
    };
    // a valid first entry beside the bad one: nothing of the request is written
    const fine = { stage: 'ONSITE', severity: 'LOW', limitMinutes: 100 * 60 };
    await refused([fine, { stage: 'RECEIVED', severity: 'LOW', limitMinutes: 0 }], 'LIMIT_OUT_OF_RANGE');
    await refused([fine, { stage: 'RECEIVED', severity: 'LOW', limitMinutes: 30 * 24 * 60 + 1 }], 'LIMIT_OUT_OF_RANGE');
    await refused([fine, { stage: 'CLOSED', severity: 'LOW', limitMinutes: 60 }], 'STAGE_NOT_TIMED');
    await refused([fine, { stage: 'RESOLVED', severity: 'LOW', limitMinutes: 60 }], 'STAGE_NOT_TIMED');
    await refused([fine, fine], 'DUPLICATE_LIMIT');
    // a critical complaint may not wait longer than a low one at the same stage
    await refused([fine, { stage: 'RECEIVED', severity: 'CRITICAL', limitMinutes: 25 * 60 }], 'LIMIT_ORDER');
    await refused([], 'NO_LIMITS');
    expect(await limitRows()).toEqual(before);

    const saved = (await ok('cs.admin', UPDATE, { limits: [fine, { stage: 'RECEIVED', severity: 'HIGH', limitMinutes: 90 }] }))
      .updateComplaintTimeLimits;
    expect(saved).toHaveLength(28);
    expect(saved.find((l: any) => l.stage === 'ONSITE' && l.severity === 'LOW')).toMatchObject({ limitMinutes: 6000 });
    expect(saved.find((l: any) => l.stage === 'ONSITE' && l.severity === 'LOW').updatedBy).toBeTruthy();
    expect(await limitRows()).toEqual({ ...before, 'ONSITE:LOW': 6000, 'RECEIVED:HIGH': 90 });
    // the director may set them too
    await ok('director', UPDATE, { limits: [{ stage: 'ONSITE', severity: 'LOW', limitMinutes: 72 * 60 }] });
  });

  it('the job marks overdue complaints once per stage and escalates them to the next owner, whatever reruns or a second replica do', async () => {
    // short limits for the test: a minute to be taken up on site, five for customer service
    await ok('cs.admin', UPDATE, { limits: [...every('RECEIVED', 1), ...every('ESCALATED', 5)] });
    const waiting = await receive(); // RECEIVED: on-site owner, 1 minute
    const suggestion = await receive({ kind: 'SUGGESTION' });
    const onsite = await receive();
    await ok('onsite.a', ADVANCE, { input: { complaintId: onsite.id, action: 'START_ONSITE' } }); // ONSITE: 48 hours
    const withCs = await receive();
    await ok('onsite.a', ADVANCE, { input: { complaintId: withCs.id, action: 'START_ONSITE' } });
    for (let i = 0; i < 3; i++) await ok('onsite.a', ADVANCE, { input: { complaintId: withCs.id, action: 'ONSITE_ATTEMPT_FAILED' } });
    const t0 = Date.now();

    const fresh = await get(waiting.id);
    expect(fresh).toMatchObject({
      status: 'RECEIVED',
      overdue: false,
      overdueCount: 0,
      timeLimitMinutes: 1,
      owner: 'ONSITE',
      escalatedTo: null,
    });
    expect(new Date(fresh.dueAt).getTime()).toBe(new Date(fresh.stageEnteredAt).getTime() + MINUTE);
    expect(await get(withCs.id)).toMatchObject({ status: 'ESCALATED', owner: 'CUSTOMER_SERVICE', timeLimitMinutes: 5 });

    // before any limit runs out: nothing
    expect(await runJob(t0 - MINUTE)).toBe(0);

    // ten minutes on, run by both replicas at once: each complaint past its limit is escalated by one of them
    const at = t0 + 10 * MINUTE;
    const [a, b] = await Promise.all([runJob(at), runJob(at, replica)]);
    expect(a + b).toBe(3);
    // and again: nothing left to do
    expect(await runJob(at)).toBe(0);
    expect(await runJob(at, replica)).toBe(0);
    expect(await runJob(at + MINUTE)).toBe(0);

    // the on-site stage ran over: handed to customer service with a new clock
    const handed = await get(waiting.id);
    expect(handed).toMatchObject({
      status: 'ESCALATED',
      overdue: false,
      overdueCount: 1,
      escalatedTo: 'CUSTOMER_SERVICE',
      owner: 'CUSTOMER_SERVICE',
      timeLimitMinutes: 5,
    });
    expect(new Date(handed.firstOverdueAt).getTime()).toBe(at);
    expect(new Date(handed.stageEnteredAt).getTime()).toBe(at);
    const handedSteps = handed.steps.filter((s: any) => s.action.startsWith('TIME_LIMIT_ESCALATE'));
    expect(handedSteps).toEqual([
      expect.objectContaining({ action: 'TIME_LIMIT_ESCALATE CUSTOMER_SERVICE', fromStatus: 'RECEIVED', toStatus: 'ESCALATED' }),
    ]);
    expect(handedSteps[0].actorName).toContain('time-limit job');

    // customer service ran over: stays with customer service, overdue, escalated to the CS manager
    const late = await get(withCs.id);
    expect(late).toMatchObject({ status: 'ESCALATED', overdue: true, overdueCount: 1, escalatedTo: 'CS_MANAGER' });
    expect(new Date(late.overdueAt).getTime()).toBe(at);
    expect(late.steps.filter((s: any) => s.action.startsWith('TIME_LIMIT_ESCALATE')).map((s: any) => s.action)).toEqual([
      'TIME_LIMIT_ESCALATE CS_MANAGER',
    ]);
    // within its limits: untouched
    expect(await get(onsite.id)).toMatchObject({ status: 'ONSITE', overdue: false, overdueCount: 0, escalatedTo: null });

    // one ComplaintOverdue event per escalation, naming the next owner
    const events = await overdueEvents(withCs.id);
    expect(events).toEqual([
      expect.objectContaining({
        stage: 'ESCALATED',
        toStatus: 'ESCALATED',
        owner: 'CUSTOMER_SERVICE',
        escalatedTo: 'CS_MANAGER',
        limitMinutes: 5,
      }),
    ]);
    expect(await overdueEvents(waiting.id)).toEqual([
      expect.objectContaining({
        stage: 'RECEIVED',
        toStatus: 'ESCALATED',
        owner: 'ONSITE',
        escalatedTo: 'CUSTOMER_SERVICE',
        limitMinutes: 1,
      }),
    ]);

    // the new customer-service stage has its own limit: past it, a second escalation (once)
    const later = at + 6 * MINUTE;
    const [c, d] = await Promise.all([runJob(later, replica), runJob(later)]);
    expect(c + d).toBe(2); // the handed-over complaint and the suggestion, at their customer-service stage
    expect(await runJob(later + MINUTE)).toBe(0);
    const again = await get(waiting.id);
    expect(again).toMatchObject({ status: 'ESCALATED', overdue: true, overdueCount: 2, escalatedTo: 'CS_MANAGER' });
    expect(new Date(again.firstOverdueAt).getTime()).toBe(at);
    expect(again.steps.filter((s: any) => s.action.startsWith('TIME_LIMIT_ESCALATE')).map((s: any) => s.action)).toEqual([
      'TIME_LIMIT_ESCALATE CUSTOMER_SERVICE',
      'TIME_LIMIT_ESCALATE CS_MANAGER',
    ]);
    expect((await overdueEvents(waiting.id)).map((e) => e.firstOverdueAt)).toEqual([
      new Date(at).toISOString(),
      new Date(at).toISOString(),
    ]);
    expect(await get(withCs.id)).toMatchObject({ overdueCount: 1 }); // still marked: never twice at one stage

    // the next owner finds them in the overdue list
    const listed = (await ok('cs.admin', OVERDUE_LIST)).complaints;
    expect(listed.nodes.map((n: any) => n.id).sort()).toEqual([waiting.id, suggestion.id, withCs.id].sort());

    // acting moves the complaint to a new stage: no longer overdue, the count stays
    const proposed = (
      await ok('cs.staff', PROPOSE, { input: { complaintId: withCs.id, kind: 'EXPLANATION', resolution: '已解释候诊安排' } })
    ).proposeComplaintResolution;
    expect(proposed).toMatchObject({ status: 'RESOLUTION_PROPOSED', overdue: false, overdueCount: 1, owner: 'CUSTOMER_SERVICE' });

    // the weekly opinion report and the KPI count them
    // overdue: of the week's complaints and suggestions; overdueInWeek: first ran over in the week (the same week but at midnight on a Sunday)
    const report = (await ok('cs.admin', REPORT, { w: hospitalDay(new Date(t0)) })).weeklyOpinionReport;
    expect(report).toMatchObject({ total: 4, complaints: 3, suggestions: 1, overdue: 3 });
    const day = hospitalDay(new Date(at));
    expect((await ok('cs.admin', REPORT, { w: day })).weeklyOpinionReport.overdueInWeek).toBe(3);
    // suggestions excluded: the two complaints that ran over, each once whatever its number of overruns
    const kpi = await eventually(async () => {
      const r = (await ok('director', KPI, { d: day })).kpi;
      return r.current.numerator === 2 ? r : undefined;
    });
    expect(kpi).toMatchObject({ code: 'OVERDUE_COMPLAINTS', current: { numerator: 2, value: 2 } });
    expect((await ok('director', KPI_DEPT, { d: day })).kpi.current.value).toBe(2);
  });

  it('the scheduled job runs on its pg-boss queue in crm and escalates what is due by the real clock', async () => {
    await ok('cs.admin', UPDATE, { limits: every('RECEIVED', 1) });
    const complaint = await receive({ severity: 'LOW' });
    // the minute has passed: the stage is moved back two minutes rather than waiting for it
    await sql(`update crm.complaint set stage_entered_at = now() - interval '2 minutes' where id = $1`, [complaint.id]);
    await system.services.crm.bus.jobs.send('crm.complaint-time-limits', null);
    const escalated = await eventually(async () => {
      const c = await get(complaint.id);
      return c.status === 'ESCALATED' ? c : undefined;
    });
    expect(escalated).toMatchObject({ overdueCount: 1, escalatedTo: 'CUSTOMER_SERVICE' });
    expect(await overdueEvents(complaint.id)).toHaveLength(1);
  });
});
