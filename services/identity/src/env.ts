import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { parseEnv, privateKeyFromPem } from '@careline/service-kit';

function ed25519PrivateKey(pem: string): KeyObject | undefined {
  try {
    const key = privateKeyFromPem(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** What identity reads beyond what runService already parses. */
export const identityEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** PKCS8 PEM of the Ed25519 key staff access tokens are signed with */
    IDENTITY_TOKEN_PRIVATE_KEY: z
      .string()
      .optional()
      .transform((pem, ctx) => {
        if (pem === undefined || pem.trim() === '') return undefined;
        const key = ed25519PrivateKey(pem);
        if (!key) ctx.addIssue({ code: 'custom', message: 'must be an Ed25519 private key in PKCS8 PEM (-----BEGIN PRIVATE KEY-----)' });
        return key;
      }),
    BOOTSTRAP_DEMO: z
      .enum(['true', 'false', ''])
      .default('false')
      .transform((value) => value === 'true'),
    /** the demo partner's API key secret (`clk_…`); the start script generates and prints it */
    DEMO_PARTNER_API_KEY: z
      .string()
      .regex(/^clk_[A-Za-z0-9_-]{20,100}$/, 'must be clk_ followed by 20 to 100 base64url characters')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    HOSPITAL_TIME_ZONE: z.string().default('Asia/Shanghai'),
    /** audit events stored per INSERT (docs/audit.md) */
    AUDIT_BATCH_SIZE: z.coerce.number().int().min(1).max(2000).default(500),
    /** audit batches stored at the same time by this process */
    AUDIT_WORKERS: z.coerce.number().int().min(1).max(8).default(2),
    /** days an audit entry is kept; the daily purge removes older ones (docs/audit.md: at least 180) */
    AUDIT_RETENTION_DAYS: z.coerce.number().int().min(180).max(36_500).default(2190),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.IDENTITY_TOKEN_PRIVATE_KEY !== undefined, {
    path: ['IDENTITY_TOKEN_PRIVATE_KEY'],
    message: 'is required in production: access tokens must survive a restart',
    // checked even when other variables are wrong, so every problem is reported in one pass
    when: () => true,
  });
export type IdentityEnv = z.infer<typeof identityEnvSchema>;

let parsed: IdentityEnv | undefined;

/** Parsed once, on first use, so printing the schema or generating migrations needs no environment. */
export function identityEnv(): IdentityEnv {
  parsed ??= parseEnv(identityEnvSchema);
  return parsed;
}
