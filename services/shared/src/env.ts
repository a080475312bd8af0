import { z } from 'zod';

/**
 * Parses the environment once with a zod schema. Every problem is reported together
 * (not the first only), so an operator fixes a broken deployment in one pass.
 */
export function parseEnv<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const message = `Invalid environment:\n${lines.join('\n')}`;
  throw new EnvError(message);
}

export class EnvError extends Error {
  override name = 'EnvError';
}

/** The variables every subgraph reads; each service extends this with its own. */
export const serviceEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOSPITAL_TIME_ZONE: z.string().default('Asia/Shanghai'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  /** PEM (SPKI) of the gateway's Ed25519 key: subgraphs accept only callers the gateway signed */
  GATEWAY_PUBLIC_KEY: z.string().min(1, 'the gateway public key (PEM) is required: subgraphs only accept requests the gateway signed'),
});
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;
