import type { EntityManager } from '@mikro-orm/postgresql';
import { S, sql } from '../../common/sql.js';
import type { PointsConfig } from './points.config.js';

export interface EarnedPoints {
  points: number;
  /** of `points`, the birthday-month bonus */
  bonus: number;
  multiplier: number;
}

/** thousandths, so amounts × multipliers stay integers */
const milli = (factor: number) => BigInt(Math.round(factor * 1000));

/**
 * 积分 = floor(yuan × points per yuan × tier multiplier), then × the birthday multiplier when the
 * consumption happened in the customer's birthday month (in the hospital's time zone). Integer
 * arithmetic throughout: 1280.50 yuan at ×1.5 is 1920 points, never 1920.7499….
 */
export function computeEarn(
  amountFen: number,
  multiplier: number,
  birthdayMonth: boolean,
  config: Pick<PointsConfig, 'pointsPerYuan' | 'birthdayMultiplier'>,
): EarnedPoints {
  const base = (BigInt(amountFen) * BigInt(config.pointsPerYuan) * milli(multiplier)) / 100_000n;
  const total = birthdayMonth ? (base * milli(config.birthdayMultiplier)) / 1000n : base;
  return { points: Number(total), bonus: Number(total - base), multiplier };
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** month 1–12 of `at` in `timeZone` */
export function monthIn(at: Date, timeZone: string): number {
  // a formatter costs far more to make than to use, and a batch asks once per receipt
  let format = monthFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, month: 'numeric' });
    monthFormats.set(timeZone, format);
  }
  return Number(format.format(at));
}

export async function earnFor(
  em: EntityManager,
  input: { amountFen: number; tier: string; customerId: string; occurredAt: Date },
  config: PointsConfig,
): Promise<EarnedPoints> {
  // one round trip for both: the customer's birth month and the tier's multiplier (1.0 when the tier is unknown)
  const [row] = await sql<{ month: number | null; multiplier: string | number | null }>(
    em,
    `select (select extract(month from birth_date)::int from ${S('known_customer')} where customer_id = ?) as month,
            (select multiplier from ${S('tier')} where code = ?) as multiplier`,
    [input.customerId, input.tier],
  );
  const birthdayMonth = row?.month != null && row.month === monthIn(input.occurredAt, config.timeZone);
  return computeEarn(input.amountFen, row?.multiplier != null ? Number(row.multiplier) : 1.0, birthdayMonth, config);
}
