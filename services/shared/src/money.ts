import { GraphQLScalarType } from 'graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { badInput } from './errors.js';

/**
 * Money in the API is integer fen (1/100 yuan), in fields named `…Fen`, of this scalar: a whole number
 * up to ±2^53−1. GraphQL's Int is 32-bit (it ends at ¥21,474,836.47, less than a hospital group's
 * monthly revenue) and a Float would let 0.1 + 0.2 into an amount. graphql-scalars' SafeInt does the
 * checking; the name says what the number is. See docs/money.md.
 */
export const FenScalar = new GraphQLScalarType({
  ...GraphQLSafeInt.toConfig(),
  name: 'Fen',
  description: 'An amount of money in integer fen (1/100 yuan): 128050 is ¥1,280.50. A whole number, never a fraction.',
});

/** Refuses, naming `field`, an amount that is not a whole number of fen, or ≤ 0 (unless allowed). */
export function assertFen(fen: number, field: string, { allowZero = false, allowNegative = false } = {}): number {
  if (!Number.isSafeInteger(fen)) throw badInput(`${field} must be a whole number of fen (1/100 yuan)`, field, 'MONEY_INVALID');
  if (fen < 0 && !allowNegative) throw badInput(`${field} must not be negative`, field, 'MONEY_INVALID');
  if (fen === 0 && !allowZero) throw badInput(`${field} must be more than zero`, field, 'MONEY_INVALID');
  return fen;
}

/** 128050 → "1280.50" (spreadsheets, messages); negative amounts keep their sign */
export function fenToYuan(fen: number | bigint | string): string {
  const value = BigInt(fen);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
