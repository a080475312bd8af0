import { DomainError } from '@careline/service-kit';

const MONTH = /^(\d{4})-(\d{2})$/;

export const MembersAnalyticsErrors = {
  monthInvalid: (field: string, value: string) =>
    new DomainError('BAD_USER_INPUT', `${field} "${value}" is not a month written YYYY-MM`, { field, reason: 'MONTH_INVALID' }),
  monthsReversed: (from: string, to: string) =>
    new DomainError('BAD_USER_INPUT', `toMonth (${to}) is before fromMonth (${from})`, { field: 'toMonth', reason: 'PERIOD_REVERSED' }),
  tooManyMonths: (field: string, count: number, max: number) =>
    new DomainError('BAD_USER_INPUT', `${field} covers ${count} months; choose at most ${max}`, { field, reason: 'PERIOD_TOO_LONG' }),
  keyAccountNotFound: (id: string) => new DomainError('NOT_FOUND', `key account ${id} was not found`, { reason: 'KEY_ACCOUNT_NOT_FOUND' }),
  keyAccountForbidden: () =>
    new DomainError('FORBIDDEN', 'key-account reports are for the key-account department, the operations director and the partner itself', {
      reason: 'DEPARTMENT_NOT_ALLOWED',
    }),
};

/** 'YYYY-MM' as months since year 0, or BAD_USER_INPUT naming `field`. */
export function parseMonth(value: string, field: string): number {
  const match = MONTH.exec(value?.trim() ?? '');
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw MembersAnalyticsErrors.monthInvalid(field, value);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export const monthText = (index: number): string =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
export const monthStart = (index: number): string => `${monthText(index)}-01`;

const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * A sum of fen as PostgreSQL returns it (numeric as text) or as a bigint, as the number the Fen
 * scalar carries. Beyond ±2^53−1 fen (¥90 trillion) a number is no longer exact: that throws.
 */
export function fen(value: bigint | number | string): number {
  const amount = BigInt(value);
  if (amount > MAX_FEN || amount < -MAX_FEN) throw new RangeError(`${amount} fen is beyond what the API can carry exactly`);
  return Number(amount);
}

export const ratio = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);
export const round = (value: number | null, digits = 4): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * RFM scoring (documented in the memberRfm description). Window: the 365 days ending on asOf.
 * Recency: days since the member's last consumption; frequency: receipts in the window;
 * monetary: spend in the window (refunded receipts excluded). Each scored 1–5 by these lower
 * bounds; a score of 3 or more is "high".
 */
export const RFM_WINDOW_DAYS = 365;
/** recency score 5..1: at most 30, 60, 90, 180 days, else 1 */
export const RECENCY_MAX_DAYS = [30, 60, 90, 180] as const;
/** frequency score 5..2: at least 12, 6, 3, 2 receipts, else 1 */
export const FREQUENCY_MIN = [12, 6, 3, 2] as const;
/** monetary score 5..2: at least ¥50,000, ¥20,000, ¥5,000, ¥1,000, else 1 (fen) */
export const MONETARY_MIN_FEN = [5_000_000, 2_000_000, 500_000, 100_000] as const;
export const HIGH_SCORE = 3;

export const RFM_SEGMENTS = [
  { code: 'IMPORTANT_VALUE', r: true, f: true, m: true, zh: '重要价值会员', en: 'Champions (recent, frequent, high spend)' },
  { code: 'IMPORTANT_DEVELOP', r: true, f: false, m: true, zh: '重要发展会员', en: 'Recent high spenders to develop' },
  { code: 'IMPORTANT_RETAIN', r: false, f: true, m: true, zh: '重要保持会员', en: 'Frequent high spenders slipping away' },
  { code: 'IMPORTANT_WINBACK', r: false, f: false, m: true, zh: '重要挽留会员', en: 'High spenders to win back' },
  { code: 'GENERAL_VALUE', r: true, f: true, m: false, zh: '一般价值会员', en: 'Recent frequent low spenders' },
  { code: 'GENERAL_DEVELOP', r: true, f: false, m: false, zh: '一般发展会员', en: 'Recent occasional low spenders' },
  { code: 'GENERAL_RETAIN', r: false, f: true, m: false, zh: '一般保持会员', en: 'Frequent low spenders slipping away' },
  { code: 'GENERAL_WINBACK', r: false, f: false, m: false, zh: '一般挽留会员', en: 'Occasional low spenders to win back' },
  { code: 'NO_CONSUMPTION', r: null, f: null, m: null, zh: '12个月未消费', en: 'No consumption in 12 months' },
] as const;
export type RfmSegmentCode = (typeof RFM_SEGMENTS)[number]['code'];

export function recencyScore(days: number): number {
  const i = RECENCY_MAX_DAYS.findIndex((max) => days <= max);
  return i === -1 ? 1 : 5 - i;
}
export function frequencyScore(receipts: number): number {
  const i = FREQUENCY_MIN.findIndex((min) => receipts >= min);
  return i === -1 ? 1 : 5 - i;
}
export function monetaryScore(spendFen: number): number {
  const i = MONETARY_MIN_FEN.findIndex((min) => spendFen >= min);
  return i === -1 ? 1 : 5 - i;
}
export function segmentOf(r: number, f: number, m: number): RfmSegmentCode {
  const high = (score: number) => score >= HIGH_SCORE;
  return RFM_SEGMENTS.find((s) => s.r === high(r) && s.f === high(f) && s.m === high(m))!.code;
}

/** The same scoring as SQL case expressions (the report scores every member in the database). */
export const sqlScores = {
  recency: (days: string) => `case ${RECENCY_MAX_DAYS.map((max, i) => `when ${days} <= ${max} then ${5 - i}`).join(' ')} else 1 end`,
  frequency: (count: string) => `case ${FREQUENCY_MIN.map((min, i) => `when ${count} >= ${min} then ${5 - i}`).join(' ')} else 1 end`,
  monetary: (fen: string) => `case ${MONETARY_MIN_FEN.map((min, i) => `when ${fen} >= ${min} then ${5 - i}`).join(' ')} else 1 end`,
};
