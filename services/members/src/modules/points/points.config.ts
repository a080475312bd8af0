import { membersEnv } from '../../env.js';

export interface PointsConfig {
  expiryMonths: number;
  valueFen: number;
  pointsPerYuan: number;
  birthdayMultiplier: number;
  timeZone: string;
}

let cached: PointsConfig | undefined;

/** The points rules, from the environment (src/env.ts). */
export function pointsConfig(): PointsConfig {
  if (!cached) {
    const env = membersEnv();
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
