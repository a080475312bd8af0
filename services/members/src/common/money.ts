import { badInput } from '@careline/service-kit';

/** yuan with at most two decimals, no sign, no exponent: "1280", "1280.5", "1280.50" */
const YUAN = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

/**
 * Money crosses the API as a decimal string of yuan and lives in the database as integer fen, so
 * no float ever touches an amount. BAD_USER_INPUT names `field` for anything else.
 */
export function parseYuan(value: string, field: string, { allowZero = false } = {}): number {
  const text = value.trim();
  if (!YUAN.test(text)) throw badInput(`${field} must be an amount in yuan like "1280.50" (at most two decimals)`, field, 'MONEY_INVALID');
  const [whole, fraction = ''] = text.split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!allowZero && fen === 0) throw badInput(`${field} must be more than zero`, field, 'MONEY_INVALID');
  return fen;
}

/** 128050 → "1280.50"; negative amounts keep their sign */
export function formatYuan(fen: number | bigint): string {
  const value = BigInt(fen);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
