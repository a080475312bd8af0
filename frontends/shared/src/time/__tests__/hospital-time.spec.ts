import { describe, expect, it } from 'vitest';
import { formatHospitalTime, hospitalDayOf, hospitalInstant, hospitalToday, hospitalWallClock } from '../hospital-wall-clock.js';

// Asia/Shanghai is UTC+8 all year: its day runs from 16:00 UTC the day before to 15:59:59.999 UTC.
describe('hospital time', () => {
  it('shows an instant as the hospital’s wall clock, whatever zone the process is in', () => {
    expect(formatHospitalTime('2026-11-24T10:05:09Z')).toBe('2026-11-24 18:05:09');
    expect(formatHospitalTime('2026-11-24T18:05:09+08:00')).toBe('2026-11-24 18:05:09');
  });

  it('writes midnight as 00, not 24', () => {
    expect(formatHospitalTime('2026-11-24T16:00:00Z')).toBe('2026-11-25 00:00:00');
    expect(hospitalWallClock('2026-11-24T16:00:00Z').hour).toBe('00');
  });

  it('puts the day boundary at midnight in Shanghai, not in UTC', () => {
    expect(hospitalDayOf('2026-11-24T15:59:59.999Z')).toBe('2026-11-24');
    expect(hospitalDayOf('2026-11-24T16:00:00.000Z')).toBe('2026-11-25');
    // New Year's Eve in UTC is already New Year's Day in the hospital
    expect(hospitalToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(hospitalToday(new Date('2026-12-31T15:30:00Z'))).toBe('2026-12-31');
  });

  it('names the instant a hospital day and clock mean', () => {
    expect(hospitalInstant('2026-11-25')).toBe('2026-11-24T16:00:00.000Z');
    expect(hospitalInstant('2026-11-25', '09:30')).toBe('2026-11-25T01:30:00.000Z');
    expect(hospitalInstant('2026-11-25', '09:30:15')).toBe('2026-11-25T01:30:15.000Z');
  });

  it('goes round: the day of a day’s first instant is that day', () => {
    for (const day of ['2026-01-01', '2026-02-28', '2028-02-29', '2026-12-31']) expect(hospitalDayOf(hospitalInstant(day))).toBe(day);
  });

  it('shows the fallback for no time and unreadable text as it came', () => {
    expect(formatHospitalTime(null)).toBe('—');
    expect(formatHospitalTime('', 'never')).toBe('never');
    expect(formatHospitalTime('soon')).toBe('soon');
  });
});
