import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { CareEvents } from '@careline/service-kit';
import { eventually } from '@careline/service-kit/testing';
import { startSystem, type DemoUser, type RunningSystem } from '../support/system.js';

// crm's AppointmentCancelled (cancelled or no-show) through the gateway: the booking leaves the
// bookings analytics counts (the funnel's 预约 and the booking deal rate's denominator) once, and a
// redelivered event (same id) or a copy of it (new id) changes nothing more.

let system: RunningSystem;
let db: pg.Client;

const ok = async <T = any>(who: DemoUser, query: string, variables?: object): Promise<T> => {
  const r = await system.as(who, query, variables);
  expect(r.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return r.data as T;
};
const sql = async <T = any>(text: string, params: unknown[] = []): Promise<T[]> => (await db.query(text, params)).rows as T[];
const hospitalDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

const FIGURES = `query ($period: KpiPeriodInput!) {
  funnel(period: $period) { bookings }
  kpi(code: BOOKING_DEAL_RATE, period: $period) { current { numerator denominator } } }`;

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

describe('AppointmentCancelled: a cancelled or no-show booking leaves the booking → deal denominator', () => {
  const doctorId = '01a30000-0000-7000-8000-00000000d0c9';
  // The booking counts on the slot's hospital day, so all three slots sit on one day whatever the
  // time the test runs: tomorrow (hospital time) at 10:00, 10:15 and 10:30. (An hour from now put
  // the third slot past midnight in a run that began after 22:30 in Shanghai.)
  const slot = new Date(`${hospitalDay(new Date(Date.now() + 24 * 60 * 60_000))}T10:00:00+08:00`);
  const period = { kind: 'DAY', date: hospitalDay(slot) };
  const ids: Record<'cancelled' | 'noShow' | 'kept', string> = { cancelled: '', noShow: '', kept: '' };
  let baseline = 0;

  /** the funnel's bookings and the booking deal rate's denominator, which must agree */
  const bookings = async () => {
    const data = await ok('director', FIGURES, { period });
    expect(data.kpi.current.denominator ?? 0).toBe(data.funnel.bookings);
    return data.funnel.bookings as number;
  };
  const waitFor = (expected: number) => eventually(async () => (await bookings()) === expected);

  it('counts three bookings of the day', async () => {
    baseline = await bookings();
    const customer = await ok(
      'consult.staff',
      'mutation ($input: CreateCustomerInput!) { registerCustomer(input: $input) { customer { id } } }',
      { input: { name: '王取消', phone: '13912340077', channel: 'PHONE', gender: 'MALE' } },
    );
    const customerId = customer.registerCustomer.customer.id;
    for (const [i, key] of (['cancelled', 'noShow', 'kept'] as const).entries()) {
      const booked = await ok(
        'consult.staff',
        'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id status } }',
        {
          input: {
            type: 'TREATMENT',
            departmentCode: 'DENTAL',
            doctorId,
            slotStart: new Date(slot.getTime() + i * 15 * 60_000).toISOString(),
            customerId,
          },
        },
      );
      ids[key] = booked.bookAppointment.id;
    }
    await waitFor(baseline + 3);
  });

  it('a cancelled booking leaves the bookings once', async () => {
    const cancelled = await ok('consult.staff', 'mutation ($id: ID!) { cancelAppointment(id: $id) { id status } }', { id: ids.cancelled });
    expect(cancelled.cancelAppointment.status).toBe('CANCELLED');
    await waitFor(baseline + 2);
    // cancelling again is refused and publishes nothing
    const again = await system.as('consult.staff', 'mutation ($id: ID!) { cancelAppointment(id: $id) { id } }', { id: ids.cancelled });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a no-show leaves the bookings too', async () => {
    const marked = await ok('consult.staff', 'mutation ($id: ID!) { markAppointmentNoShow(id: $id) { id status } }', { id: ids.noShow });
    expect(marked.markAppointmentNoShow.status).toBe('NO_SHOW');
    await waitFor(baseline + 1);
  });

  it('crm published one AppointmentCancelled per appointment, with its kind', async () => {
    const rows = await sql<{ data: any }>(`select data from pgboss.job where name = $1 order by created_on`, [
      `analytics.${CareEvents.AppointmentCancelled}`,
    ]);
    const ours = rows.map((r) => r.data).filter((e) => e.data.appointmentId === ids.cancelled || e.data.appointmentId === ids.noShow);
    expect(ours.map((e) => [e.data.appointmentId, e.data.kind, e.data.departmentCode])).toEqual([
      [ids.cancelled, 'CANCELLED', 'DENTAL'],
      [ids.noShow, 'NO_SHOW', 'DENTAL'],
    ]);
  });

  it('a redelivered AppointmentCancelled, and a copy under a new id, change the figures no more', async () => {
    const [job] = await sql<{ data: any }>(`select data from pgboss.job where name = $1 and data->'data'->>'appointmentId' = $2`, [
      `analytics.${CareEvents.AppointmentCancelled}`,
      ids.cancelled,
    ]);
    expect(job).toBeDefined();
    const jobs = system.services.crm.bus.jobs;
    const queue = `analytics.${CareEvents.AppointmentCancelled}`;
    const sent = [
      await jobs.send(queue, job!.data),
      await jobs.send(queue, job!.data),
      await jobs.send(queue, { ...job!.data, id: '01a30000-0000-7000-8000-0000000000cc' }),
    ];
    await eventually(async () => {
      const done = await sql<{ state: string }>(`select state from pgboss.job where id = any($1::uuid[])`, [sent]);
      return done.length === sent.length && done.every((r) => r.state === 'completed');
    });
    expect(await bookings()).toBe(baseline + 1);
    // the appointment fact says what happened, once
    const [fact] = await sql(`select data->>'cancelKind' as kind from analytics.care_fact where kind = 'appointment' and fact_id = $1`, [
      ids.cancelled,
    ]);
    expect(fact).toEqual({ kind: 'CANCELLED' });
  });
});
