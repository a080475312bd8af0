import { z } from 'zod';
import { isTimeZone, parseEnv } from '@careline/service-kit';

/** What members reads beyond what runService already parses. */
export const membersEnvSchema = z.object({
  /** day and month boundaries: the birthday month, gift cost periods, the scheduled jobs' clock */
  HOSPITAL_TIME_ZONE: z
    .string()
    .refine(isTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' })
    .default('Asia/Shanghai'),
  /** points expire this many calendar months after they were credited, oldest lots first */
  POINTS_EXPIRY_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  /** what one point is worth to finance, in fen (the points liability); analytics reads the same variable */
  POINTS_VALUE_FEN: z.coerce.number().int().min(0).max(10_000).default(1),
  /** points per yuan spent, before the tier multiplier */
  POINTS_PER_YUAN: z.coerce.number().int().min(0).max(100).default(1),
  /** the birthday-month bonus multiplies a consumption's points by this (1 turns it off) */
  POINTS_BIRTHDAY_MULTIPLIER: z.coerce.number().min(1).max(10).default(2),
});
export type MembersEnv = z.infer<typeof membersEnvSchema>;

let parsed: MembersEnv | undefined;

/** Parsed once, on first use, so printing the schema or generating migrations needs no environment. */
export function membersEnv(): MembersEnv {
  parsed ??= parseEnv(membersEnvSchema);
  return parsed;
}
