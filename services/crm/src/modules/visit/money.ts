import { badInput } from '@careline/service-kit';

/** "1234.5" / "1234.50" yuan → 123450 fen; refuses negatives, more than two decimals and junk. */
export function yuanToFen(yuan: string, field = 'amount'): number {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!match) throw badInput(`${field} must be an amount in yuan with at most two decimals, like "1280.50"`, field, 'AMOUNT_INVALID');
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 123450 fen → "1234.50" */
export function fenToYuan(fen: number | string): string {
  const value = BigInt(fen);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
