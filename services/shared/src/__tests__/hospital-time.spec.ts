import { describe, expect, it } from 'vitest';
import { addDays, hospitalDay, isDay, isTimeZone, mondayOf, startOfHospitalDay } from '../hospital-time.js';

describe('hospital time', () => {
  it('puts an instant on the day the hospital lives it, not the UTC day', () => {
    expect(hospitalDay(new Date('2026-03-01T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-03-02');
    expect(hospitalDay(new Date('2026-03-01T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-03-01');
  });

  it('starts a day at local midnight, also across a daylight-saving change', () => {
    expect(startOfHospitalDay('2026-03-02', 'Asia/Shanghai').toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(startOfHospitalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfHospitalDay('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('counts calendar days and weeks (Monday first) across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
  });

  it('accepts real YYYY-MM-DD days and IANA zones only', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-2-1')).toBe(false);
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
