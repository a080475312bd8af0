import { isUuid } from '../../common/sql.js';
import { DEFAULT_TIER } from './membership.entity.js';
import { MembershipErrors } from './membership.exception.js';
import type { EnrollMemberInput } from './dto/enroll-member.input.js';

const TIER = /^[A-Z][A-Z0-9_]{0,29}$/;
/** clocks of the caller and the server disagree a little; a minute ahead is still "now" */
const CLOCK_SKEW_MS = 60_000;

export interface Enrolment {
  customerId: string;
  tier: string;
  joinedAt: Date;
}

/** Checks and normalises an enrolment before anything touches the database. */
export function normaliseEnrolment(input: EnrollMemberInput, now: Date = new Date()): Enrolment {
  const tier = input.tier?.trim().toUpperCase() || DEFAULT_TIER;
  if (!TIER.test(tier)) throw MembershipErrors.tierInvalid(input.tier ?? '');
  const joinedAt = input.joinedAt ?? now;
  if (joinedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw MembershipErrors.joinedInFuture();
  // an id that is not a UUID names no customer crm could have registered
  if (!isUuid(input.customerId)) throw MembershipErrors.customerUnknown(input.customerId);
  return { customerId: input.customerId.toLowerCase(), tier, joinedAt };
}

/** "M" and eight digits from the card-number sequence: M00000042. */
export function formatCardNumber(sequenceValue: number | string | bigint): string {
  const digits = String(sequenceValue);
  if (!/^\d{1,8}$/.test(digits) || digits === '0'.repeat(digits.length)) {
    throw new Error(`card number sequence value ${digits} is outside 1..99999999`);
  }
  return `M${digits.padStart(8, '0')}`;
}
