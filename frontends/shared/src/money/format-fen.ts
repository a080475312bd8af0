import { supportedLanguages } from '../i18n/supported-languages.js';

const decimalSeparators = new Map<string, string>();
const groupings = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): { grouping: Intl.NumberFormat; decimal: string } {
  let grouping = groupings.get(locale);
  if (!grouping) {
    grouping = new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: 0 });
    groupings.set(locale, grouping);
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    decimalSeparators.set(locale, decimal);
  }
  return { grouping, decimal: decimalSeparators.get(locale) ?? '.' };
}

/**
 * An amount the API sends in integer fen (fields named `…Fen`) shown in yuan: 128050 → `¥1,280.50`,
 * -5 → `-¥0.05`. The yuan are grouped and the fen separated as `locale` writes numbers (zh-CN and en
 * both write `1,280.50`); the sign is always ¥, the hospital's currency. Worked on whole numbers
 * (BigInt), never through a float, so it shows every fen of any safe integer. null / undefined (not
 * known, not allowed to see) show `fallback`; a number that is not a whole number of fen is not money
 * and shows as it came.
 */
export function formatFen(
  fen: number | bigint | null | undefined,
  { fallback = '—', locale = supportedLanguages[0] }: { fallback?: string; locale?: string } = {},
): string {
  if (fen === null || fen === undefined) return fallback;
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) return String(fen);
  const value = BigInt(fen);
  const magnitude = value < 0n ? -value : value;
  const { grouping, decimal } = numberFormat(locale);
  return `${value < 0n ? '-' : ''}¥${grouping.format(magnitude / 100n)}${decimal}${String(magnitude % 100n).padStart(2, '0')}`;
}
