const amountText = /^([+-]?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * What someone typed in yuan ("1280", "1,280.5", "¥1280.50", or an InputNumber's 1280.5) as integer
 * fen for the API (128050), exactly: the decimal text is read digit by digit, never multiplied as a
 * float (1.1 × 100 is 110.00000000000001). More than two decimals is not an amount (nothing is
 * rounded away), nor is anything else that is not a number of yuan, nor one beyond a safe integer of
 * fen: those give null, so a form rule can say so. A leading sign is read; refusing negative amounts
 * is the form's rule.
 */
export function yuanToFen(yuan: string | number | null | undefined): number | null {
  if (yuan === null || yuan === undefined) return null;
  if (typeof yuan === 'number' && !Number.isFinite(yuan)) return null;
  // a number's own text is its shortest exact form: 1280.5 → "1280.5", 0.1 + 0.2 → "0.30000000000000004"
  const text = String(yuan)
    .trim()
    .replace(/^([+-]?)¥/, '$1')
    .replace(/,/g, '');
  const match = amountText.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  const fen = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const result = Number(fen);
  return sign === '-' && result !== 0 ? -result : result;
}
