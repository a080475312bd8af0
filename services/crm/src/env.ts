import { z } from 'zod';
import { isTimeZone, parseEnv } from '@careline/service-kit';

/** What crm reads beyond what runService already parses. */
export const crmEnvSchema = z.object({
  /** day, week and month boundaries (follow-ups due, appointments of a day, the weekly opinion report) */
  HOSPITAL_TIME_ZONE: z
    .string()
    .refine(isTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' })
    .default('Asia/Shanghai'),
  /** deals that make a customer loyal (忠实客户) */
  CRM_LOYAL_DEALS: z.coerce
    .number()
    .int('must be a whole number')
    .min(2, 'must be at least 2 (one deal makes an actual customer)')
    .default(3),
});
export type CrmEnv = z.infer<typeof crmEnvSchema>;

let parsed: CrmEnv | undefined;

/** Parsed once, on first use, so printing the schema or generating migrations needs no environment. */
export function crmEnv(): CrmEnv {
  parsed ??= parseEnv(crmEnvSchema);
  return parsed;
}
