import { DomainError } from '@careline/service-kit';
import { dayNumber, PeriodErrors } from '../../common/period.js';

/**
 * KPI periods: whole hospital-local days (the rollups are keyed by the day in the hospital's time
 * zone, so a period is a pair of calendar dates). DAY, ISO WEEK (Monday–Sunday), calendar MONTH,
 * or CUSTOM (first and last day, at most 366 days).
 */
export const PeriodKind = { DAY: 'DAY', WEEK: 'WEEK', MONTH: 'MONTH', CUSTOM: 'CUSTOM' } as const;
export type PeriodKind = (typeof PeriodKind)[keyof typeof PeriodKind];

export interface KpiPeriodRequest {
  kind: PeriodKind;
  /** YYYY-MM-DD, any day of the period (CUSTOM: the first day) */
  date: string;
  /** CUSTOM: the last day; ignored for the other kinds */
  to?: string | null;
}

/** Both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

export interface ResolvedPeriod extends DayRange {
  kind: PeriodKind;
  /** 2026-12-04, 2026-W49, 2026-12, 2026-12-01~2026-12-10 */
  label: string;
  /** days covered */
  days: number;
}

export const MAX_CUSTOM_DAYS = 366;
export const MAX_TREND_POINTS = 36;

export const KpiPeriodErrors = {
  toRequired: () =>
    new DomainError('BAD_USER_INPUT', 'period.to is required for a CUSTOM period (its last day)', {
      field: 'period.to',
      reason: 'REQUIRED',
    }),
  reversed: (from: string, to: string) =>
    new DomainError('BAD_USER_INPUT', `period.to (${to}) is before period.date (${from})`, {
      field: 'period.to',
      reason: 'PERIOD_REVERSED',
    }),
  tooLong: (days: number) =>
    new DomainError('BAD_USER_INPUT', `the period covers ${days} days; choose at most ${MAX_CUSTOM_DAYS}`, {
      field: 'period.to',
      reason: 'PERIOD_TOO_LONG',
    }),
  kindInvalid: (kind: unknown) =>
    new DomainError('BAD_USER_INPUT', `period.kind "${String(kind)}" is not DAY, WEEK, MONTH or CUSTOM`, {
      field: 'period.kind',
      reason: 'KIND_INVALID',
    }),
  pointsInvalid: (points: number) =>
    new DomainError('BAD_USER_INPUT', `points must be a whole number from 1 to ${MAX_TREND_POINTS} (got ${points})`, {
      field: 'points',
      reason: 'POINTS_INVALID',
    }),
};

const MS_PER_DAY = 86_400_000;

/** 'YYYY-MM-DD' of a day number. */
export function dayText(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const addDays = (day: string, days: number): string => dayText(dayNumber(day)! + days);
export const daysBetween = (range: DayRange): number => dayNumber(range.to)! - dayNumber(range.from)! + 1;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The first and last day of the month `monthIndex` (year × 12 + month − 1). */
function monthRange(monthIndex: number): DayRange {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return { from: `${pad(year, 4)}-${pad(month + 1)}-01`, to: `${pad(year, 4)}-${pad(month + 1)}-${pad(last)}` };
}

const monthIndexOf = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/** ISO 8601 week of a day: Monday of it, and its label (the week-year is the year of its Thursday). */
function isoWeek(day: number): { monday: number; label: string } {
  const weekday = (new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = day - weekday;
  const thursday = new Date((monday + 3) * MS_PER_DAY);
  const weekYear = thursday.getUTCFullYear();
  const firstThursdayDay = Date.UTC(weekYear, 0, 1) / MS_PER_DAY;
  const week = Math.floor((monday + 3 - firstThursdayDay) / 7) + 1;
  return { monday, label: `${pad(weekYear, 4)}-W${pad(week)}` };
}

function make(kind: PeriodKind, from: string, to: string, label: string): ResolvedPeriod {
  return { kind, from, to, label, days: daysBetween({ from, to }) };
}

const customLabel = (from: string, to: string) => `${from}~${to}`;

/** The period a KpiPeriodInput names; BAD_USER_INPUT naming the field for a bad one. */
export function resolvePeriod(input: KpiPeriodRequest): ResolvedPeriod {
  const day = dayNumber(input?.date);
  if (day === null) throw PeriodErrors.dayInvalid('period.date', input?.date);
  const date = dayText(day);
  switch (input.kind) {
    case PeriodKind.DAY:
      return make(PeriodKind.DAY, date, date, date);
    case PeriodKind.WEEK: {
      const { monday, label } = isoWeek(day);
      return make(PeriodKind.WEEK, dayText(monday), dayText(monday + 6), label);
    }
    case PeriodKind.MONTH: {
      const range = monthRange(monthIndexOf(date));
      return make(PeriodKind.MONTH, range.from, range.to, date.slice(0, 7));
    }
    case PeriodKind.CUSTOM: {
      if (input.to === null || input.to === undefined || input.to === '') throw KpiPeriodErrors.toRequired();
      const to = dayNumber(input.to);
      if (to === null) throw PeriodErrors.dayInvalid('period.to', input.to);
      if (to < day) throw KpiPeriodErrors.reversed(date, input.to);
      const days = to - day + 1;
      if (days > MAX_CUSTOM_DAYS) throw KpiPeriodErrors.tooLong(days);
      return make(PeriodKind.CUSTOM, date, dayText(to), customLabel(date, dayText(to)));
    }
    default:
      throw KpiPeriodErrors.kindInvalid(input?.kind);
  }
}

/**
 * The period `steps` periods before (negative) or after `period`, of the same kind and length:
 * the day, ISO week or calendar month before; a CUSTOM period's as many days just before it.
 */
export function shiftPeriod(period: ResolvedPeriod, steps: number): ResolvedPeriod {
  if (steps === 0) return period;
  switch (period.kind) {
    case PeriodKind.DAY:
      return resolvePeriod({ kind: PeriodKind.DAY, date: addDays(period.from, steps) });
    case PeriodKind.WEEK:
      return resolvePeriod({ kind: PeriodKind.WEEK, date: addDays(period.from, 7 * steps) });
    case PeriodKind.MONTH: {
      const range = monthRange(monthIndexOf(period.from) + steps);
      return make(PeriodKind.MONTH, range.from, range.to, range.from.slice(0, 7));
    }
    case PeriodKind.CUSTOM: {
      const from = addDays(period.from, period.days * steps);
      const to = addDays(period.to, period.days * steps);
      return make(PeriodKind.CUSTOM, from, to, customLabel(from, to));
    }
  }
}

/** The previous period of the same kind and length (what a KPI's change is measured against). */
export const previousPeriod = (period: ResolvedPeriod): ResolvedPeriod => shiftPeriod(period, -1);

/** `points` consecutive periods ending with `period`, oldest first (a KPI's trend). */
export function trendPeriods(period: ResolvedPeriod, points: number): ResolvedPeriod[] {
  if (!Number.isInteger(points) || points < 1 || points > MAX_TREND_POINTS) throw KpiPeriodErrors.pointsInvalid(points);
  return Array.from({ length: points }, (_, i) => shiftPeriod(period, i - (points - 1)));
}

/**
 * How many days of `range` fall in each calendar month it touches, and that month's length: the
 * share of a monthly target a period carries (pro-rating).
 */
export function monthShares(range: DayRange): { month: string; days: number; monthDays: number }[] {
  const out: { month: string; days: number; monthDays: number }[] = [];
  const from = dayNumber(range.from)!;
  const to = dayNumber(range.to)!;
  for (let index = monthIndexOf(range.from); index <= monthIndexOf(range.to); index++) {
    const month = monthRange(index);
    const start = Math.max(from, dayNumber(month.from)!);
    const end = Math.min(to, dayNumber(month.to)!);
    out.push({ month: month.from.slice(0, 7), days: end - start + 1, monthDays: daysBetween(month) });
  }
  return out;
}
