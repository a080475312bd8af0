import { describe, expect, it } from 'vitest';
import { DomainError } from '@careline/service-kit';
import { monthShares, previousPeriod, resolvePeriod, shiftPeriod, trendPeriods, type KpiPeriodRequest } from '../kpi-period.js';

const badInput = (input: KpiPeriodRequest) => {
  try {
    resolvePeriod(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return { code: (error as DomainError).code, ...(error as DomainError).details };
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('KPI periods', () => {
  it('resolves a day, an ISO week (Monday to Sunday), a month and a custom range, with labels', () => {
    expect(resolvePeriod({ kind: 'DAY', date: '2026-12-04' })).toEqual({
      kind: 'DAY',
      from: '2026-12-04',
      to: '2026-12-04',
      label: '2026-12-04',
      days: 1,
    });
    // 2026-12-04 is a Friday: its ISO week runs Monday 30 November to Sunday 6 December, week 49
    expect(resolvePeriod({ kind: 'WEEK', date: '2026-12-04' })).toEqual({
      kind: 'WEEK',
      from: '2026-11-30',
      to: '2026-12-06',
      label: '2026-W49',
      days: 7,
    });
    // a Sunday belongs to the week that began the Monday before
    expect(resolvePeriod({ kind: 'WEEK', date: '2026-12-06' })).toMatchObject({ from: '2026-11-30', label: '2026-W49' });
    expect(resolvePeriod({ kind: 'MONTH', date: '2026-02-14' })).toEqual({
      kind: 'MONTH',
      from: '2026-02-01',
      to: '2026-02-28',
      label: '2026-02',
      days: 28,
    });
    expect(resolvePeriod({ kind: 'MONTH', date: '2028-02-29' })).toMatchObject({ to: '2028-02-29', days: 29 });
    expect(resolvePeriod({ kind: 'CUSTOM', date: '2026-12-01', to: '2026-12-10' })).toEqual({
      kind: 'CUSTOM',
      from: '2026-12-01',
      to: '2026-12-10',
      label: '2026-12-01~2026-12-10',
      days: 10,
    });
    // `to` means nothing outside CUSTOM
    expect(resolvePeriod({ kind: 'DAY', date: '2026-12-04', to: '2026-12-31' })).toMatchObject({ from: '2026-12-04', to: '2026-12-04' });
  });

  it('labels ISO weeks across year ends by the week-year (the year of the Thursday)', () => {
    // Thursday 1 January 2026: the week of Monday 29 December 2025 is 2026-W01
    expect(resolvePeriod({ kind: 'WEEK', date: '2025-12-29' })).toMatchObject({ from: '2025-12-29', to: '2026-01-04', label: '2026-W01' });
    // 2027-01-01 is a Friday: its week is the 53rd of 2026
    expect(resolvePeriod({ kind: 'WEEK', date: '2027-01-01' })).toMatchObject({ from: '2026-12-28', to: '2027-01-03', label: '2026-W53' });
    expect(resolvePeriod({ kind: 'WEEK', date: '2027-01-04' })).toMatchObject({ from: '2027-01-04', label: '2027-W01' });
  });

  it('gives the previous period of the same kind and length', () => {
    expect(previousPeriod(resolvePeriod({ kind: 'DAY', date: '2026-03-01' }))).toMatchObject({
      from: '2026-02-28',
      to: '2026-02-28',
      label: '2026-02-28',
    });
    expect(previousPeriod(resolvePeriod({ kind: 'WEEK', date: '2026-12-04' }))).toMatchObject({
      from: '2026-11-23',
      to: '2026-11-29',
      label: '2026-W48',
    });
    // a month's previous is the calendar month before, with its own length
    expect(previousPeriod(resolvePeriod({ kind: 'MONTH', date: '2026-03-31' }))).toMatchObject({
      from: '2026-02-01',
      to: '2026-02-28',
      label: '2026-02',
      days: 28,
    });
    expect(previousPeriod(resolvePeriod({ kind: 'MONTH', date: '2026-01-15' }))).toMatchObject({
      from: '2025-12-01',
      to: '2025-12-31',
      label: '2025-12',
    });
    // a custom period's previous is as many days just before it
    expect(previousPeriod(resolvePeriod({ kind: 'CUSTOM', date: '2026-12-01', to: '2026-12-10' }))).toEqual({
      kind: 'CUSTOM',
      from: '2026-11-21',
      to: '2026-11-30',
      label: '2026-11-21~2026-11-30',
      days: 10,
    });
  });

  it('lists the trend periods oldest first, ending with the selected one', () => {
    const months = trendPeriods(resolvePeriod({ kind: 'MONTH', date: '2026-02-10' }), 3);
    expect(months.map((p) => p.label)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(trendPeriods(resolvePeriod({ kind: 'WEEK', date: '2026-12-04' }), 2).map((p) => [p.from, p.to])).toEqual([
      ['2026-11-23', '2026-11-29'],
      ['2026-11-30', '2026-12-06'],
    ]);
    expect(shiftPeriod(resolvePeriod({ kind: 'DAY', date: '2026-12-31' }), 1).from).toBe('2027-01-01');
    for (const points of [0, 37, 1.5]) {
      expect(() => trendPeriods(resolvePeriod({ kind: 'DAY', date: '2026-12-31' }), points)).toThrowError(
        expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'points' }) }),
      );
    }
  });

  it('splits a range over the months it touches, for pro-rating monthly targets', () => {
    expect(monthShares({ from: '2026-11-30', to: '2026-12-06' })).toEqual([
      { month: '2026-11', days: 1, monthDays: 30 },
      { month: '2026-12', days: 6, monthDays: 31 },
    ]);
    expect(monthShares({ from: '2026-12-01', to: '2026-12-31' })).toEqual([{ month: '2026-12', days: 31, monthDays: 31 }]);
  });

  it('refuses a bad period with BAD_USER_INPUT naming the field', () => {
    expect(badInput({ kind: 'DAY', date: '2026-02-30' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period.date',
      reason: 'DAY_INVALID',
    });
    expect(badInput({ kind: 'MONTH', date: '2026-12' })).toMatchObject({ field: 'period.date', reason: 'DAY_INVALID' });
    expect(badInput({ kind: 'CUSTOM', date: '2026-12-01' })).toMatchObject({ field: 'period.to', reason: 'REQUIRED' });
    expect(badInput({ kind: 'CUSTOM', date: '2026-12-01', to: '2026-13-01' })).toMatchObject({ field: 'period.to', reason: 'DAY_INVALID' });
    expect(badInput({ kind: 'CUSTOM', date: '2026-12-10', to: '2026-12-01' })).toMatchObject({
      field: 'period.to',
      reason: 'PERIOD_REVERSED',
    });
    // 366 days (a leap year) is the longest
    expect(resolvePeriod({ kind: 'CUSTOM', date: '2027-03-01', to: '2028-02-29' }).days).toBe(366);
    expect(badInput({ kind: 'CUSTOM', date: '2026-01-01', to: '2027-01-02' })).toMatchObject({
      field: 'period.to',
      reason: 'PERIOD_TOO_LONG',
    });
    expect(badInput({ kind: 'YEAR' as never, date: '2026-01-01' })).toMatchObject({ field: 'period.kind' });
  });
});
