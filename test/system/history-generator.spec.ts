import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { EVENT_TYPES, generateHistory, localDay } from '../../scripts/lib/history-generator.mjs';

// The synthetic hospital history behind `pnpm seed` and the analytics benchmark: consistent with
// itself (every fact refers to things that exist and happened before it) and deterministic.

type Event = { id: string; type: string; source: string; occurredAt: string; data: Record<string, any> };
const END = '2026-11-30T16:00:00.000Z';
const history = (customers: number, seed = 7) => [...generateHistory({ customers, seed, end: END })] as Event[];
const digest = (events: Event[]) => createHash('sha256').update(JSON.stringify(events)).digest('hex');

describe('history generator', () => {
  const events = history(2_000);
  const byType = (type: string) => events.filter((e) => e.type === type);

  it('emits every event type of the plan, with unique event ids, all within the ~12 months before the end', () => {
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const end = Date.parse(END);
    const staffFirst = Date.parse(byType('StaffRegistered')[0]!.occurredAt);
    for (const e of events) {
      const at = Date.parse(e.occurredAt);
      expect(at).toBeLessThanOrEqual(end);
      expect(at).toBeGreaterThanOrEqual(staffFirst);
    }
    const months = new Set(byType('CustomerRegistered').map((e) => localDay(Date.parse(e.data.registeredAt)).slice(0, 7)));
    expect([...months].sort()).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });

  it('every visit, deal, follow-up, complaint and membership has a customer registered before it', () => {
    const registered = new Map(byType('CustomerRegistered').map((e) => [e.data.customerId as string, Date.parse(e.data.registeredAt)]));
    expect(registered.size).toBe(2_000);
    for (const type of [
      'VisitRegistered',
      'VisitOutcomeRecorded',
      'DealClosed',
      'FollowUpScheduled',
      'ComplaintReceived',
      'MemberEnrolled',
      'PointsChanged',
    ]) {
      const list = byType(type);
      expect(list.length, type).toBeGreaterThan(0);
      for (const e of list) {
        const at = registered.get(e.data.customerId);
        expect(at, `${type} ${e.id} names an unknown customer`).toBeDefined();
        expect(Date.parse(e.occurredAt)).toBeGreaterThanOrEqual(at!);
      }
    }
    for (const e of byType('CustomerReferred')) expect(registered.has(e.data.referrerId)).toBe(true);
  });

  it('deals ≤ visits, each deal is a dealt visit outcome with the same amount, and each outcome follows its visit', () => {
    const visits = new Map(byType('VisitRegistered').map((e) => [e.data.visitId as string, e]));
    const outcomes = new Map(byType('VisitOutcomeRecorded').map((e) => [e.data.visitId as string, e]));
    const deals = byType('DealClosed');
    expect(deals.length).toBeLessThanOrEqual(visits.size);
    expect(deals.length).toBeGreaterThan(visits.size * 0.3);
    for (const [visitId, outcome] of outcomes) {
      expect(visits.has(visitId)).toBe(true);
      expect(Date.parse(outcome.occurredAt)).toBeGreaterThan(Date.parse(visits.get(visitId)!.occurredAt));
    }
    for (const deal of deals) {
      const outcome = outcomes.get(deal.data.visitId)!;
      expect(outcome.data.dealt).toBe(true);
      expect(deal.data.amountFen).toBe(outcome.data.amountFen);
      expect(deal.data.amountFen).toBeGreaterThan(0);
      expect(deal.data.receiptNumber).toBe(outcome.data.receiptNumber);
    }
    expect(new Set(deals.map((d) => d.data.receiptNumber)).size).toBe(deals.length);
    // members records each deal's receipt once; a refund names a recorded receipt
    const consumptions = new Map(byType('ConsumptionRecorded').map((e) => [e.data.receiptNumber as string, e]));
    expect(consumptions.size).toBe(deals.length);
    for (const deal of deals) expect(consumptions.get(deal.data.receiptNumber)!.data.amountFen).toBe(deal.data.amountFen);
    for (const refund of byType('ConsumptionRefundRecorded'))
      expect(consumptions.get(refund.data.receiptNumber)!.data.consumptionId).toBe(refund.data.consumptionId);
    for (const outcome of outcomes.values()) if (!outcome.data.dealt) expect(outcome.data.amountFen).toBe(0);
  });

  it('booked visits refer to earlier appointments, follow-ups complete tasks that were scheduled, complaints close ones received', () => {
    const appointments = new Map(byType('AppointmentBooked').map((e) => [e.data.appointmentId as string, e]));
    for (const visit of byType('VisitRegistered')) {
      if (visit.data.walkIn) expect(visit.data.appointmentId).toBeNull();
      else {
        const booked = appointments.get(visit.data.appointmentId)!;
        expect(booked).toBeDefined();
        expect(Date.parse(booked.occurredAt)).toBeLessThan(Date.parse(visit.occurredAt));
        expect(visit.data.phoneConverted).toBe(booked.data.phoneConverted);
      }
    }
    const phoneBooked = [...appointments.values()].filter((a) => a.data.phoneConverted);
    expect(phoneBooked.length).toBeGreaterThan(0);
    expect(phoneBooked.length).toBeLessThan(appointments.size);
    const tasks = new Set(byType('FollowUpScheduled').map((e) => e.data.taskId));
    const completed = byType('FollowUpCompleted');
    for (const e of completed) {
      expect(tasks.has(e.data.taskId)).toBe(true);
      expect(e.data.onTime).toBe(localDay(Date.parse(e.data.completedAt)) <= e.data.dueDate);
    }
    expect(completed.length).toBeLessThan(tasks.size); // some stay overdue
    const received = new Set(byType('ComplaintReceived').map((e) => e.data.complaintId));
    for (const e of byType('ComplaintClosed')) expect(received.has(e.data.complaintId)).toBe(true);
  });

  it("points balances are each member's running sum and never negative; staff ids name registered staff", () => {
    const balances = new Map<string, number>();
    for (const e of byType('PointsChanged')) {
      const balance = (balances.get(e.data.membershipId) ?? 0) + e.data.delta;
      expect(e.data.balance).toBe(balance);
      expect(balance).toBeGreaterThanOrEqual(0);
      balances.set(e.data.membershipId, balance);
    }
    const members = new Set(byType('MemberEnrolled').map((e) => e.data.membershipId));
    for (const id of balances.keys()) expect(members.has(id)).toBe(true);
    const staff = new Set(byType('StaffRegistered').map((e) => e.data.staffId));
    for (const e of byType('VisitRegistered')) expect(staff.has(e.data.onsiteConsultantId)).toBe(true);
    for (const e of byType('ConsultationRegistered')) expect(staff.has(e.data.consultantId)).toBe(true);
    for (const e of byType('DealClosed')) expect(staff.has(e.data.staffId)).toBe(true);
  });

  it('is deterministic for a seed, differs for another seed, and customer i is the same whatever the scale', () => {
    expect(digest(history(300, 7))).toBe(digest(history(300, 7)));
    expect(digest(history(300, 8))).not.toBe(digest(history(300, 7)));
    const customersOf = (list: Event[]) => list.filter((e) => e.type !== 'StaffRegistered' && !/-0001-/.test(e.id));
    const small = customersOf(history(300, 7)).filter((e) => e.type === 'CustomerRegistered');
    const large = customersOf(events)
      .filter((e) => e.type === 'CustomerRegistered')
      .slice(0, 300);
    expect(large.map((e) => [e.data.customerId, e.data.channel, e.data.registeredAt])).toEqual(
      small.map((e) => [e.data.customerId, e.data.channel, e.data.registeredAt]),
    );
  });
});
