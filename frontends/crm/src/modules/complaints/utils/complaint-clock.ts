import type { CrmComplaintFragment as Complaint } from '../../../gql/graphql';

/**
 * Where a complaint stands against its stage's time limit (crm's complaint.time-limits.ts), as of
 * `now`: no clock (resolved, closed), on time, due soon (a quarter of the limit or less left), or
 * overdue — marked by the time-limit job, or past its due time and not yet marked.
 */
export type ComplaintClockState =
  { kind: 'NONE' } | { kind: 'ON_TIME' | 'DUE_SOON'; leftMs: number } | { kind: 'OVERDUE'; overMs: number; marked: boolean };

export function complaintClock(
  complaint: Pick<Complaint, 'dueAt' | 'overdue' | 'overdueAt' | 'timeLimitMinutes'>,
  now: number,
): ComplaintClockState {
  if (!complaint.dueAt || complaint.timeLimitMinutes == null) return { kind: 'NONE' };
  const due = new Date(complaint.dueAt).getTime();
  if (complaint.overdue || due <= now) return { kind: 'OVERDUE', overMs: Math.max(0, now - due), marked: complaint.overdue };
  const leftMs = due - now;
  return { kind: leftMs <= (complaint.timeLimitMinutes * 60_000) / 4 ? 'DUE_SOON' : 'ON_TIME', leftMs };
}

/** A duration in its two largest whole units: days and hours, hours and minutes, or minutes. */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const totalMinutes = Math.floor(ms / 60_000);
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  return days > 0 ? { days, hours, minutes: 0 } : { days: 0, hours, minutes };
}
