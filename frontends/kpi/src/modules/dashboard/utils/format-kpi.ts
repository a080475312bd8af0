import { formatFen } from '@careline/frontend-shared';
import type { KpiUnit } from '../../../gql/graphql';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * A KPI figure as people read it: rates arrive as shares (0.953) and show as 95.3 %, money arrives
 * in fen and shows in yuan, counts as whole numbers, scores with two decimals at most. null (a
 * denominator of 0: nothing to measure) shows as a dash, never as 0.
 */
export function formatKpiValue(value: number | null | undefined, unit: KpiUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'PERCENT':
      return `${(value * 100).toFixed(1)}%`;
    case 'FEN':
      return formatFen(Math.round(value));
    case 'COUNT':
      return count.format(value);
    case 'SCORE':
      return decimals.format(value);
  }
}

/** A raw numerator or denominator (a count, or fen for money KPIs). */
export function formatKpiAmount(amount: number | null | undefined, unit: KpiUnit): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—';
  return unit === 'FEN' ? formatFen(Math.round(amount)) : decimals.format(amount);
}

/**
 * The change against the previous period, signed: rates in percentage points (a rate going from
 * 40 % to 42 % changed by +2.0 pp, not by +5 %), the other units in their own terms.
 */
export function formatKpiChange(change: number, unit: KpiUnit, pointsSuffix: string): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const magnitude = Math.abs(change);
  switch (unit) {
    case 'PERCENT':
      return `${sign}${(magnitude * 100).toFixed(1)} ${pointsSuffix}`;
    case 'FEN':
      return `${sign}${formatFen(Math.round(magnitude))}`;
    case 'COUNT':
      return `${sign}${count.format(magnitude)}`;
    case 'SCORE':
      return `${sign}${decimals.format(magnitude)}`;
  }
}

/** The figure an ECharts axis plots: percentages as 0–100, money in yuan, the rest as they are. */
export function chartValue(value: number | null | undefined, unit: KpiUnit): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (unit === 'PERCENT') return Math.round(value * 10_000) / 100;
  if (unit === 'FEN') return Math.round(value) / 100;
  return value;
}
