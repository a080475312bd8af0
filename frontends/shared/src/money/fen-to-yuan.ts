/**
 * Integer fen as yuan text with two decimals, exactly: 128050 → "1280.50", -5 → "-0.05". For an
 * input's starting value and for spreadsheet cells; on screen use `formatFen`. Worked on the digits
 * (BigInt), so no amount is ever off by a fen.
 */
export function fenToYuan(fen: number | bigint): string {
  const value = BigInt(fen);
  const magnitude = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
}
