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

const nodeEnv = z.enum(['development', 'production', 'test']).default('development');
const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
/** a PostgreSQL URL; unset (or empty): the embedded PostgreSQL */
const databaseUrl = z.preprocess((value) => (value === '' ? undefined : value), z.url({ protocol: /^postgres(ql)?$/ }).optional());
const port = z.coerce.number().int().min(0).max(65535);
const flag = z
  .enum(['true', 'false', ''])
  .default('false')
  .transform((value) => value === 'true');

/** The variables every subgraph reads; each service extends this with its own. */
export const serviceEnvSchema = z.object({
  NODE_ENV: nodeEnv,
  DATABASE_URL: databaseUrl,
  HOST: z.string().default('127.0.0.1'),
  PORT: port.optional(),
  LOG_LEVEL: logLevel.default('info'),
  HOSPITAL_TIME_ZONE: z.string().default('Asia/Shanghai'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  /** run the event bus's maintenance and cron in this process (one instance per deployment) */
  RUN_SCHEDULER: flag,
  /** PEM (SPKI) of the gateway's Ed25519 key: subgraphs accept only callers the gateway signed */
  GATEWAY_PUBLIC_KEY: z.string().min(1, 'the gateway public key (PEM) is required: subgraphs only accept requests the gateway signed'),
});
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;

/**
 * What the kit itself reads in any process that uses it (a subgraph, a test run, a script): nothing
 * here is required, so reading it never stops a process that does not care.
 */
export const kitEnvSchema = z.object({
  NODE_ENV: nodeEnv,
  LOG_LEVEL: logLevel.default('info'),
  DATABASE_URL: databaseUrl,
  /** the port of the embedded PostgreSQL under .data/ (used when DATABASE_URL is unset) */
  EMBEDDED_PG_PORT: port.default(54329),
  /** tests: the port of the throw-away embedded PostgreSQL a test run starts (when DATABASE_URL is unset) */
  TEST_PG_PORT: port.default(54339),
  /** tests: the services' log level */
  TEST_LOG_LEVEL: logLevel.default('silent'),
});
export type KitEnv = z.infer<typeof kitEnvSchema>;

let kit: KitEnv | undefined;

/** The kit's settings, parsed on first use. */
export function kitEnv(): KitEnv {
  kit ??= parseEnv(kitEnvSchema);
  return kit;
}
