import { describe, expect, it } from 'vitest';
import { DomainError } from '@careline/service-kit';
import { parsePeriod } from '../period.js';

function refusal(from: string, to: string): DomainError {
  try {
    parsePeriod({ from, to });
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`period ${from}..${to} was accepted`);
}

describe('parsePeriod', () => {
  it('accepts one day and counts it as one day', () => {
    expect(parsePeriod({ from: '2026-03-02', to: '2026-03-02' })).toEqual({ from: '2026-03-02', to: '2026-03-02', days: 1 });
  });

  it('accepts a whole leap year of 366 days', () => {
    expect(parsePeriod({ from: '2024-01-01', to: '2024-12-31' }).days).toBe(366);
  });

  it('refuses 367 days as PERIOD_TOO_LONG on the field period', () => {
    const error = refusal('2025-01-01', '2026-01-02');
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toMatchObject({ field: 'period', reason: 'PERIOD_TOO_LONG' });
  });

  it('refuses a from that is not written YYYY-MM-DD, naming period.from', () => {
    for (const from of ['2026-3-1', '2026/03/01', '20260301', '', '2026-03-01T00:00:00Z']) {
      expect(refusal(from, '2026-03-31').details).toMatchObject({ field: 'period.from', reason: 'DAY_INVALID' });
    }
  });

  it('refuses a day that does not exist in the calendar, naming period.to', () => {
    expect(refusal('2026-02-01', '2026-02-29').details).toMatchObject({ field: 'period.to', reason: 'DAY_INVALID' });
    expect(refusal('2026-01-01', '2026-13-01').details).toMatchObject({ field: 'period.to', reason: 'DAY_INVALID' });
  });

  it('refuses a to before from as PERIOD_REVERSED on period.to', () => {
    expect(refusal('2026-03-02', '2026-03-01').details).toMatchObject({ field: 'period.to', reason: 'PERIOD_REVERSED' });
  });
});
