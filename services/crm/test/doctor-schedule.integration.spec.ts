import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type Caller } from '@careline/service-kit';
import {
  createTestDatabase,
  eventually,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { addDays, hospitalDay, mondayOf, startOfHospitalDay } from '../src/common/hospital-time.js';
import { auditProbe, countRows, staff } from './support.js';

const SET = `mutation ($input: SetDoctorScheduleInput!) { setDoctorSchedule(input: $input) {
  doctorId departmentCode slotMinutes weekly { weekday start end } exceptions { day start end note } } }`;
const SCHEDULE = `query ($id: ID!) { doctorSchedule(doctorId: $id) { doctorId slotMinutes weekly { weekday start end } exceptions { day start end } } }`;
const FREE = `query ($id: ID!, $from: LocalDate!, $to: LocalDate!) { doctorFreeSlots(doctorId: $id, from: $from, to: $to) { doctorId slotMinutes slots } }`;
const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id slotStart } }`;
const CANCEL = `mutation ($id: ID!) { cancelAppointment(id: $id) { id status } }`;

const dentalAdmin = staff('DEPT_ADMIN', 'DENTAL', '口腔科主任');
const aestheticAdmin = staff('DEPT_ADMIN', 'AESTHETIC', '医美科主任');
const dentalStaff = staff('STAFF', 'DENTAL', '口腔科护士');
const consultant = staff('STAFF', 'CONSULTATION', '电话咨询员');

/** the instant of `hhmm` on hospital day `day` */
const at = (day: string, hhmm: string): string => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Date(startOfHospitalDay(day).getTime() + (h * 60 + m) * 60_000).toISOString();
};

describe('doctors’ schedules, free slots and the booking rules', () => {
  let db: TestDatabase;
  let crm: TestService;
  const today = hospitalDay(new Date());
  // a Monday two weeks ahead: every slot of the week is still to come
  const monday = mondayOf(addDays(today, 14));
  const wednesday = addDays(monday, 2);
  const leaveMonday = addDays(monday, 7);

  const request = (query: string, variables: Record<string, unknown>, as: Caller) => crm.request(query, variables, undefined, as);
  const ok = async <T = any>(query: string, variables: Record<string, unknown>, as: Caller): Promise<T> => {
    const { data, errors } = await request(query, variables, as);
    expect(errors).toBeUndefined();
    return data as T;
  };
  const scheduleOf = (doctorId: string, departmentCode = 'DENTAL') => ({
    doctorId,
    departmentCode,
    slotMinutes: 30,
    weekly: [
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '14:00', end: '17:00' },
      { weekday: 3, start: '09:00', end: '11:00' },
    ],
    exceptions: [
      { day: leaveMonday, note: '年假' },
      { day: wednesday, start: '13:00', end: '14:00', note: '下午门诊' },
    ],
  });
  const book = (doctorId: string, slotStart: string, departmentCode = 'DENTAL') =>
    request(BOOK, { input: { type: 'EXPERT', departmentCode, doctorId, slotStart } }, consultant);
  const appointmentsOf = (doctorId: string) =>
    countRows(crm, `select count(*)::int as count from crm.appointment where doctor_id = ?`, [doctorId]);

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
  });
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  it('lists the free slots of the weekly pattern, leaves out leave days and uses the other hours of an exception', async () => {
    const doctorId = newId();
    await ok(SET, { input: scheduleOf(doctorId) }, dentalAdmin);
    const week = (await ok(FREE, { id: doctorId, from: monday, to: addDays(monday, 6) }, consultant)).doctorFreeSlots;
    const mondaySlots = [
      ...['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'],
      ...['14:00', '14:30', '15:00', '15:30', '16:00', '16:30'],
    ].map((t) => at(monday, t));
    expect(week.slotMinutes).toBe(30);
    // Wednesday's exception replaces its weekly 09:00–11:00 with 13:00–14:00; no hours on other days
    expect(week.slots).toEqual([...mondaySlots, at(wednesday, '13:00'), at(wednesday, '13:30')]);
    const leave = (await ok(FREE, { id: doctorId, from: leaveMonday, to: leaveMonday }, consultant)).doctorFreeSlots;
    expect(leave.slots).toEqual([]);
  });

  it('leaves out booked slots, gives a cancelled slot back and leaves out slots that have begun', async () => {
    const doctorId = newId();
    await ok(
      SET,
      {
        input: {
          ...scheduleOf(doctorId),
          weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
          exceptions: [],
        },
      },
      dentalAdmin,
    );
    const booked = (
      await ok(BOOK, { input: { type: 'EXPERT', departmentCode: 'DENTAL', doctorId, slotStart: at(monday, '10:00') } }, consultant)
    ).bookAppointment;
    const free = async (day: string) =>
      (await ok(FREE, { id: doctorId, from: day, to: day }, consultant)).doctorFreeSlots.slots as string[];
    const mondayFree = await free(monday);
    expect(mondayFree).toHaveLength(47);
    expect(mondayFree).not.toContain(at(monday, '10:00'));
    await ok(CANCEL, { id: booked.id }, consultant);
    expect(await free(monday)).toContain(at(monday, '10:00'));
    // every day of the week has hours, yet yesterday has no free slot and today none that has begun
    const asked = Date.now();
    expect(await free(addDays(today, -1))).toEqual([]);
    for (const slot of await free(today)) expect(Date.parse(slot)).toBeGreaterThan(asked);
  });

  it('refuses a past slot, a slot outside the schedule and a slot in another department (BAD_USER_INPUT), and writes nothing', async () => {
    const doctorId = newId();
    await ok(SET, { input: scheduleOf(doctorId) }, dentalAdmin);
    const lastMonday = mondayOf(addDays(today, -7));
    const refusals: [string, string, string?][] = [
      [at(lastMonday, '09:00'), 'PAST_SLOT'],
      [at(monday, '09:10'), 'OUTSIDE_SCHEDULE'], // not on the 30-minute grid
      [at(monday, '12:00'), 'OUTSIDE_SCHEDULE'], // lunch break
      [at(addDays(monday, 1), '09:00'), 'OUTSIDE_SCHEDULE'], // Tuesday: no hours
      [at(wednesday, '09:00'), 'OUTSIDE_SCHEDULE'], // weekly hours replaced by the exception
      [at(leaveMonday, '09:00'), 'OUTSIDE_SCHEDULE'], // leave
      [at(monday, '09:00'), 'DOCTOR_NOT_IN_DEPARTMENT', 'AESTHETIC'],
    ];
    for (const [slotStart, reason, department] of refusals) {
      const { errors } = await book(doctorId, slotStart, department);
      expect(errors?.[0].extensions, `${slotStart} ${reason}`).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    expect(await appointmentsOf(doctorId)).toBe(0);
    // the exception's hours and the weekly hours of another Monday are bookable
    await ok(BOOK, { input: { type: 'EXPERT', departmentCode: 'DENTAL', doctorId, slotStart: at(wednesday, '13:30') } }, consultant);
    await ok(BOOK, { input: { type: 'EXPERT', departmentCode: 'DENTAL', doctorId, slotStart: at(monday, '16:30') } }, consultant);
    expect(await appointmentsOf(doctorId)).toBe(2);
  });

  it('refuses a taken slot with CONFLICT SLOT_TAKEN', async () => {
    const doctorId = newId();
    await ok(SET, { input: scheduleOf(doctorId) }, dentalAdmin);
    await ok(BOOK, { input: { type: 'EXPERT', departmentCode: 'DENTAL', doctorId, slotStart: at(monday, '09:30') } }, consultant);
    const { errors } = await book(doctorId, at(monday, '09:30'));
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_TAKEN' });
    expect(await appointmentsOf(doctorId)).toBe(1);
  });

  it('lets the director and the department’s admin edit a schedule, no one else, and audits the change', async () => {
    const audit = await auditProbe(crm);
    const doctorId = newId();
    const denied = [
      [aestheticAdmin, 'NOT_DEPARTMENT_ADMIN'],
      [dentalStaff, 'NOT_DEPARTMENT_ADMIN'],
    ] as const;
    for (const [caller, reason] of denied) {
      const { errors } = await request(SET, { input: scheduleOf(doctorId) }, caller);
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason });
    }
    expect(await countRows(crm, `select count(*)::int as count from crm.doctor_schedule where doctor_id = ?`, [doctorId])).toBe(0);
    await ok(SET, { input: scheduleOf(doctorId) }, dentalAdmin);
    // moving the doctor to aesthetics takes the director (or the admins of both departments)
    const moved = await request(SET, { input: scheduleOf(doctorId, 'AESTHETIC') }, aestheticAdmin);
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_DEPARTMENT_ADMIN' });
    const director = staff('OPS_DIRECTOR', 'MANAGEMENT', '院长');
    await ok(SET, { input: { ...scheduleOf(doctorId, 'AESTHETIC'), slotMinutes: 20 } }, director);
    // an admin reads their own department's schedules (and null for a doctor with none yet), not another's
    expect((await ok(SCHEDULE, { id: newId() }, dentalAdmin)).doctorSchedule).toBeNull();
    const other = await request(SCHEDULE, { id: doctorId }, dentalAdmin);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    const read = (await ok(SCHEDULE, { id: doctorId }, aestheticAdmin)).doctorSchedule;
    expect(read).toMatchObject({ doctorId, slotMinutes: 20 });
    expect(read.exceptions.map((e: { day: string }) => e.day)).toEqual([wednesday, leaveMonday]);
    const entries = await eventually(async () => {
      const found = [...(await audit.entriesOf(dentalAdmin.id!)), ...(await audit.entriesOf(director.id!))].filter(
        (e) => e.operation === 'mutation setDoctorSchedule' && e.outcome === 'SUCCESS',
      );
      return found.length >= 2 && found;
    });
    expect(entries.map((e) => [e.targetType, e.targetIds])).toEqual([
      ['DoctorSchedule', [doctorId]],
      ['DoctorSchedule', [doctorId]],
    ]);
  });

  it('lists several doctors’ free slots in the order asked, each as doctorFreeSlots does; a doctor without a schedule has slotMinutes 0', async () => {
    const [first, second, unscheduled] = [newId(), newId(), newId()];
    await ok(SET, { input: scheduleOf(first) }, dentalAdmin);
    await ok(SET, { input: { ...scheduleOf(second), slotMinutes: 20 } }, dentalAdmin);
    await ok(BOOK, { input: { type: 'EXPERT', departmentCode: 'DENTAL', doctorId: first, slotStart: at(monday, '09:30') } }, consultant);
    const MANY = `query ($ids: [ID!]!, $from: LocalDate!, $to: LocalDate!) { doctorsFreeSlots(doctorIds: $ids, from: $from, to: $to) { doctorId slotMinutes slots } }`;
    const many = (await ok(MANY, { ids: [second, unscheduled, first], from: monday, to: monday }, consultant)).doctorsFreeSlots;
    const one = async (id: string) => (await ok(FREE, { id, from: monday, to: monday }, consultant)).doctorFreeSlots;
    expect(many).toEqual([await one(second), { doctorId: unscheduled, slotMinutes: 0, slots: [] }, await one(first)]);
    expect(many[2].slots).not.toContain(at(monday, '09:30'));
    expect(many[0].slots.slice(0, 3)).toEqual([at(monday, '09:00'), at(monday, '09:20'), at(monday, '09:40')]);
    // the same rules as one doctor's: a role that does not book is refused, a bad id named
    const refused = await request(MANY, { ids: [first], from: monday, to: monday }, dentalStaff);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await request(MANY, { ids: [first, 'nope'], from: monday, to: monday }, consultant);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doctorIds' });
  });

  it('refuses a schedule that makes no sense (BAD_USER_INPUT naming the field) and writes nothing', async () => {
    const doctorId = newId();
    const bad: [Record<string, unknown>, string][] = [
      [{ slotMinutes: 3 }, 'slotMinutes'],
      [{ weekly: [{ weekday: 8, start: '09:00', end: '12:00' }] }, 'weekly.0.weekday'],
      [{ weekly: [{ weekday: 1, start: '12:00', end: '09:00' }] }, 'weekly.0.end'],
      [{ weekly: [{ weekday: 1, start: '9 点', end: '12:00' }] }, 'weekly.0.start'],
      [{ exceptions: [{ day: monday, start: '09:00' }] }, 'exceptions.0.end'],
      [{ exceptions: [{ day: monday }, { day: monday }] }, 'exceptions.1.day'],
    ];
    for (const [patch, field] of bad) {
      const { errors } = await request(SET, { input: { ...scheduleOf(doctorId), ...patch } }, dentalAdmin);
      expect(errors?.[0].extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await countRows(crm, `select count(*)::int as count from crm.doctor_schedule where doctor_id = ?`, [doctorId])).toBe(0);
    const long = await request(FREE, { id: doctorId, from: monday, to: addDays(monday, 31) }, consultant);
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RANGE_TOO_LONG' });
    // a doctor without a schedule has no free slots (and is booked as before schedules)
    expect((await ok(FREE, { id: doctorId, from: monday, to: monday }, testCallers.system)).doctorFreeSlots.slots).toEqual([]);
  });
});
