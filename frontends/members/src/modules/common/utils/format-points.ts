const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Points with thousands separators; `signed` shows the sign of a ledger movement (+120 / −80). */
export function formatPoints(points: number | null | undefined, signed = false): string {
  if (points === null || points === undefined) return '—';
  const text = grouping.format(Math.abs(points));
  if (!signed) return points < 0 ? `-${text}` : text;
  return points > 0 ? `+${text}` : points < 0 ? `-${text}` : '0';
}
