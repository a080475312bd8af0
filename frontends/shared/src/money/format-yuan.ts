const grouping = new Intl.NumberFormat('en-US', { useGrouping: true });

/**
 * A yuan amount as the server sends it (a decimal string, e.g. "1280" or "1280.5") shown as
 * `¥1,280.00`. Worked on the digits, never through a float, so no amount is ever off by a fen;
 * half a fen and more rounds away from zero. Anything unreadable is shown as it came.
 */
export function formatYuan(amount: string | number | null | undefined, fallback = '—'): string {
  if (amount === null || amount === undefined || amount === '') return fallback;
  const text = String(amount).trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return text;
  const negative = match[1] === '-';
  const fraction = (match[3] ?? '').padEnd(3, '0');
  let fen = BigInt(match[2] || '0') * 100n + BigInt(fraction.slice(0, 2));
  if (Number(fraction[2]) >= 5) fen += 1n;
  const yuan = grouping.format(fen / 100n);
  const cents = String(fen % 100n).padStart(2, '0');
  return `${negative && fen !== 0n ? '-' : ''}¥${yuan}.${cents}`;
}
