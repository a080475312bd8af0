import { z } from 'zod';
import { parseEnv, serviceEnvSchema } from '@careline/service-kit';
import { isValidTimeZone } from './common/local-day.js';

/** What analytics reads beyond what runService already parses (and the replay's database). */
export const analyticsEnvSchema = z.object({
  /** the replay's database; unset: the embedded one (as runService) */
  DATABASE_URL: serviceEnvSchema.shape.DATABASE_URL,
  HOSPITAL_TIME_ZONE: z
    .string()
    .refine(isValidTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' })
    .default('Asia/Shanghai'),
  /** what one member point is worth to finance, fen (points liability); members reads the same variable */
  POINTS_VALUE_FEN: z.coerce.number().int().min(0).max(10_000).default(1),
});
export type AnalyticsEnv = z.infer<typeof analyticsEnvSchema>;

let parsed: AnalyticsEnv | undefined;

/** Parsed once, on first use, so printing the schema or generating migrations needs no environment. */
export function analyticsEnv(): AnalyticsEnv {
  parsed ??= parseEnv(analyticsEnvSchema);
  return parsed;
}
