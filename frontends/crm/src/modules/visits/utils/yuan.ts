/** A yuan amount as the desk accepts it: digits with at most two decimals ("1280", "1280.5", "1280.50"). */
export const yuanPattern = /^\d{1,9}(\.\d{1,2})?$/;

/**
 * The amount as crm takes it, exactly: the typed digits with two decimals ("1280.5" → "1280.50"),
 * never through a floating-point number. Null when it is not an amount.
 */
export function normaliseYuan(text: string): string | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (!yuanPattern.test(trimmed)) return null;
  const [whole, fraction = ''] = trimmed.split('.') as [string, string?];
  return `${BigInt(whole).toString()}.${fraction.padEnd(2, '0')}`;
}

/** "2000.00" → "¥2,000.00" (string grouping, no rounding). */
export function formatYuan(amount: string): string {
  const [whole, fraction] = amount.split('.') as [string, string?];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `¥${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}
