import { z } from 'zod';
import { parseEnv } from '@careline/service-kit';

const pointsEnvSchema = z.object({
  /** points expire this many calendar months after they were credited, oldest lots first */
  POINTS_EXPIRY_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  /** what one point is worth to finance, in fen (the points liability) */
  POINTS_VALUE_FEN: z.coerce.number().int().min(0).max(10_000).default(1),
  /** points per yuan spent, before the tier multiplier */
  POINTS_PER_YUAN: z.coerce.number().int().min(0).max(100).default(1),
  /** the birthday-month bonus multiplies a consumption's points by this (1 turns it off) */
  POINTS_BIRTHDAY_MULTIPLIER: z.coerce.number().min(1).max(10).default(2),
  HOSPITAL_TIME_ZONE: z.string().default('Asia/Shanghai'),
});

export interface PointsConfig {
  expiryMonths: number;
  valueFen: number;
  pointsPerYuan: number;
  birthdayMultiplier: number;
  timeZone: string;
}

let cached: PointsConfig | undefined;

/** The points rules from the environment, parsed once (every problem reported together). */
export function pointsConfig(): PointsConfig {
  if (!cached) {
    const env = parseEnv(pointsEnvSchema);
    cached = {
      expiryMonths: env.POINTS_EXPIRY_MONTHS,
      valueFen: env.POINTS_VALUE_FEN,
      pointsPerYuan: env.POINTS_PER_YUAN,
      birthdayMultiplier: env.POINTS_BIRTHDAY_MULTIPLIER,
      timeZone: env.HOSPITAL_TIME_ZONE,
    };
  }
  return cached;
}

/** Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb), as PostgreSQL's interval does. */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}
