import { describe, expect, it } from 'vitest';
import { isValidTimeZone, localDay } from '../local-day.js';

describe('localDay', () => {
  it('puts 2026-03-01T16:30:00Z on 2 March in Asia/Shanghai', () => {
    expect(localDay(new Date('2026-03-01T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-03-02');
  });

  it('keeps 2026-03-01T15:59:59.999Z on 1 March in Asia/Shanghai, the last instant before local midnight', () => {
    expect(localDay(new Date('2026-03-01T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-03-01');
  });

  it('follows the configured zone, so the same instant is 1 March in UTC', () => {
    expect(localDay(new Date('2026-03-01T16:30:00Z'), 'UTC')).toBe('2026-03-01');
  });

  it('crosses a year boundary in local time', () => {
    expect(localDay(new Date('2025-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-01-01');
  });

  it('refuses an invalid instant', () => {
    expect(() => localDay(new Date('not a date'), 'Asia/Shanghai')).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and rejects made-up ones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
