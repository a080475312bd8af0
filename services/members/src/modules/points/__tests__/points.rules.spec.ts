import { describe, expect, it } from 'vitest';
import { computeEarn, monthIn } from '../points.earning.js';
import { addMonths } from '../../../common/calendar.js';
import { requestHash } from '@careline/service-kit';

const rules = { pointsPerYuan: 1, birthdayMultiplier: 2 };

describe('points rules', () => {
  it('earns floor(yuan × multiplier) with integer arithmetic, never a float artefact', () => {
    expect(computeEarn(128050, 1, false, rules)).toEqual({ points: 1280, bonus: 0, multiplier: 1 });
    expect(computeEarn(128050, 1.5, false, rules)).toEqual({ points: 1920, bonus: 0, multiplier: 1.5 });
    // 0.29 × 100 is 28.999999999999996 in floating point; fen arithmetic gives 29
    expect(computeEarn(2900, 1, false, rules).points).toBe(29);
    expect(computeEarn(1010, 1.2, false, rules).points).toBe(12);
    expect(computeEarn(99, 2, false, rules).points).toBe(1);
    expect(computeEarn(49, 2, false, rules).points).toBe(0);
  });

  it('multiplies in the birthday month and reports the bonus separately', () => {
    expect(computeEarn(100_00, 1.5, true, rules)).toEqual({ points: 300, bonus: 150, multiplier: 1.5 });
    expect(computeEarn(100_00, 1, true, { pointsPerYuan: 2, birthdayMultiplier: 1.5 })).toEqual({ points: 300, bonus: 100, multiplier: 1 });
  });

  it('reads the month in the hospital’s time zone', () => {
    expect(monthIn(new Date('2025-12-31T17:00:00Z'), 'Asia/Shanghai')).toBe(1);
    expect(monthIn(new Date('2025-12-31T15:59:59Z'), 'Asia/Shanghai')).toBe(12);
  });

  it('adds calendar months, clamping to the end of a shorter month as PostgreSQL does', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2024-01-31T10:00:00Z'), 1).toISOString()).toBe('2024-02-29T10:00:00.000Z');
    expect(addMonths(new Date('2026-11-24T12:00:00Z'), 24).toISOString()).toBe('2028-11-24T12:00:00.000Z');
  });

  it('hashes equal requests equally whatever the key order, and different ones differently', () => {
    expect(requestHash('op', { a: 1, b: { c: 2, d: [1, 2] } })).toBe(requestHash('op', { b: { d: [1, 2], c: 2 }, a: 1 }));
    expect(requestHash('op', { a: 1 })).not.toBe(requestHash('op', { a: 2 }));
    expect(requestHash('op', { a: 1 })).not.toBe(requestHash('other', { a: 1 }));
  });
});
