import { describe, expect, it } from 'vitest';
import { DomainError } from '@careline/service-kit';
import { formatCardNumber, normaliseEnrolment } from '../membership.rules.js';

const customerId = '0193a5f0-0000-7000-8000-0000000000aa';
const now = new Date('2026-11-24T02:00:00Z');

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('normaliseEnrolment', () => {
  it('defaults the tier to ORDINARY and the join time to now', () => {
    expect(normaliseEnrolment({ customerId }, now)).toEqual({ customerId, tier: 'ORDINARY', joinedAt: now });
  });

  it('upper-cases and trims the tier code', () => {
    expect(normaliseEnrolment({ customerId, tier: ' gold ' }, now).tier).toBe('GOLD');
  });

  it('accepts a back-dated join time and a clock a few seconds ahead', () => {
    const lastYear = new Date('2025-06-01T00:00:00Z');
    expect(normaliseEnrolment({ customerId, joinedAt: lastYear }, now).joinedAt).toEqual(lastYear);
    const slightlyAhead = new Date(now.getTime() + 30_000);
    expect(normaliseEnrolment({ customerId, joinedAt: slightlyAhead }, now).joinedAt).toEqual(slightlyAhead);
  });

  it('refuses a join time in the future as BAD_USER_INPUT on joinedAt', () => {
    const error = errorOf(() => normaliseEnrolment({ customerId, joinedAt: new Date(now.getTime() + 3_600_000) }, now));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.field).toBe('joinedAt');
  });

  it('refuses a tier that is not a code as BAD_USER_INPUT on tier', () => {
    for (const tier of ['金卡', 'GOLD CARD', '1ST', 'X'.repeat(31)]) {
      const error = errorOf(() => normaliseEnrolment({ customerId, tier }, now));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.details.field).toBe('tier');
    }
  });

  it('answers NOT_FOUND for a customer id that is not a UUID', () => {
    const error = errorOf(() => normaliseEnrolment({ customerId: 'customer-1' }, now));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.details.reason).toBe('CUSTOMER_NOT_FOUND');
  });
});

describe('formatCardNumber', () => {
  it('writes M and the sequence value padded to eight digits', () => {
    expect(formatCardNumber(42)).toBe('M00000042');
    expect(formatCardNumber('99999999')).toBe('M99999999');
    expect(formatCardNumber(12345678n)).toBe('M12345678');
  });

  it('refuses a value that does not fit eight digits rather than issue a longer or duplicate number', () => {
    expect(() => formatCardNumber(100_000_000)).toThrow(/outside/);
    expect(() => formatCardNumber(0)).toThrow(/outside/);
  });
});
