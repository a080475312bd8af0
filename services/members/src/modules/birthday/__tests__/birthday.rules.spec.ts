import { describe, expect, it } from 'vitest';
import { addDays } from '@careline/service-kit';
import { hospitalDate } from '../../../common/calendar.js';
import { birthdayIn, celebratedIn, daysBetween, nextBirthday } from '../birthday.rules.js';

describe('birthday rules (hospital time, Asia/Shanghai)', () => {
  it('takes today as the Shanghai calendar day, which starts at 16:00 UTC the day before', () => {
    expect(hospitalDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(hospitalDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('celebrates a Feb 29 birthday on Feb 29 in leap years and on Feb 28 in the others', () => {
    expect(birthdayIn('2000-02-29', 2028)).toBe('2028-02-29');
    expect(birthdayIn('2000-02-29', 2027)).toBe('2027-02-28');
    expect(birthdayIn('2000-02-29', 2100)).toBe('2100-02-28');
    expect(birthdayIn('1990-02-28', 2028)).toBe('2028-02-28');
  });

  it('finds the next birthday on or after today, in the next year once this year’s has passed', () => {
    expect(nextBirthday('1985-11-24', '2026-11-24')).toBe('2026-11-24');
    expect(nextBirthday('1985-11-23', '2026-11-24')).toBe('2027-11-23');
    expect(nextBirthday('1985-01-02', '2026-12-30')).toBe('2027-01-02');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  });

  it('lists the window’s days across a month and a year boundary, today included', () => {
    expect(celebratedIn('2026-12-30', 4).map((w) => w.day)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(celebratedIn('2026-04-29', 3).map((w) => [w.month, w.dayOfMonth])).toEqual([
      [4, 29],
      [4, 30],
      [5, 1],
    ]);
  });

  it('celebrates Feb 29 births on Feb 28 of a common year and on Feb 29 of a leap year, never twice', () => {
    const common = celebratedIn('2027-02-27', 3);
    expect(common.filter((w) => w.month === 2 && w.dayOfMonth === 29)).toEqual([{ day: '2027-02-28', month: 2, dayOfMonth: 29 }]);
    const leap = celebratedIn('2028-02-27', 4);
    expect(leap.filter((w) => w.month === 2 && w.dayOfMonth === 29)).toEqual([{ day: '2028-02-29', month: 2, dayOfMonth: 29 }]);
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });
});
