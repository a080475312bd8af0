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

/** a setting that is on when set to anything but empty, `0` or `false` (how CI systems set `CI`) */
const presence = z
  .string()
  .optional()
  .transform((value) => value !== undefined && !['', '0', 'false'].includes(value.trim().toLowerCase()));
const atLeast = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);

/**
 * The event bus (docs/events.md): pg-boss on the services' PostgreSQL by default, NATS JetStream
 * with EVENT_BUS=nats. Read by every subgraph and by any process that starts a bus (scripts, tests).
 */
export const eventBusEnvSchema = z.object({
  /** `pg-boss` (default, nothing extra to run) or `nats` (JetStream at NATS_URL, fed from an outbox table) */
  EVENT_BUS: z.enum(['pg-boss', 'nats']).default('pg-boss'),
  /** NATS servers, comma-separated (`nats://host:4222,…`); required when EVENT_BUS=nats */
  NATS_URL: z.preprocess((value) => (value === '' ? undefined : value), z.string().optional()),
  /** the JetStream stream the events go to (created when missing) */
  NATS_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only')
    .default('CARELINE_EVENTS'),
  /** subjects are `<prefix>.<EventType>`; the stream captures `<prefix>.>` */
  NATS_SUBJECT_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'dot-separated tokens')
    .default('careline.events'),
  /** how long the stream keeps events, hours (a consumer created later replays what is still kept) */
  NATS_STREAM_MAX_AGE_HOURS: atLeast(1, 24 * 7),
  /**
   * how long a worker may go silent before its event or job is handed to another one (pg-boss queue
   * heartbeat, JetStream ack wait); workers refresh it while they run, so only a dead one loses it
   */
  EVENT_BUS_LEASE_SECONDS: atLeast(10, 20),
  /** how often pg-boss's supervisor looks for expired jobs and cleans up (every replica may; one runs each pass) */
  EVENT_BUS_SUPERVISE_SECONDS: atLeast(1, 10),
  /** how long stop() lets in-flight handlers finish before handing their events and jobs back */
  EVENT_BUS_STOP_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000),
});
export type EventBusEnv = z.infer<typeof eventBusEnvSchema>;

const optionalSecret = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());

/** The variables every subgraph reads; each service extends this with its own. */
export const serviceEnvSchema = z
  .object({
    NODE_ENV: nodeEnv,
    /** a login that may create roles: the service makes its owner and runtime roles through it (docs/data-protection.md) */
    DATABASE_URL: databaseUrl,
    /** the passwords DATABASE_URL gives the service's owner and runtime roles (default: derived from a secret under .data/keys) */
    DATABASE_OWNER_PASSWORD: optionalSecret,
    DATABASE_APP_PASSWORD: optionalSecret,
    /** roles the operator made: the owner's login (migrations) and the runtime login; set both, and DATABASE_URL is not used */
    DATABASE_OWNER_URL: databaseUrl,
    DATABASE_APP_URL: databaseUrl,
    HOST: z.string().default('127.0.0.1'),
    PORT: port.optional(),
    LOG_LEVEL: logLevel.default('info'),
    HOSPITAL_TIME_ZONE: z.string().default('Asia/Shanghai'),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
    /** PEM (SPKI) of the gateway's Ed25519 key: subgraphs accept only callers the gateway signed */
    GATEWAY_PUBLIC_KEY: z.string().min(1, 'the gateway public key (PEM) is required: subgraphs only accept requests the gateway signed'),
    /** when set, GET /metrics asks for `Authorization: Bearer <METRICS_TOKEN>` (Prometheus' `authorization` setting) */
    METRICS_TOKEN: z.preprocess((value) => (value === '' ? undefined : value), z.string().min(16, 'at least 16 characters').optional()),
  })
  .extend(eventBusEnvSchema.shape);
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;

/**
 * What the kit itself reads in any process that uses it (a subgraph, a test run, a script): nothing
 * here is required, so reading it never stops a process that does not care.
 */
export const kitEnvSchema = z
  .object({
    NODE_ENV: nodeEnv,
    LOG_LEVEL: logLevel.default('info'),
    DATABASE_URL: databaseUrl,
    /** the port of the embedded PostgreSQL under .data/ (used when DATABASE_URL is unset) */
    EMBEDDED_PG_PORT: port.default(54329),
    /** tests: the port of the throw-away embedded PostgreSQL a test run starts (when DATABASE_URL is unset) */
    TEST_PG_PORT: port.default(54339),
    /** tests: the services' log level */
    TEST_LOG_LEVEL: logLevel.default('silent'),
    /**
     * tests: run the NATS contract tests (vitest project `shared-nats`) and fail them when NATS is not
     * reachable; set in CI (`CI`, `REQUIRE_NATS=1`) or by setting NATS_URL
     */
    REQUIRE_NATS: presence,
    CI: presence,
    /** OpenTelemetry collector (OTLP/HTTP, e.g. http://127.0.0.1:4318); unset: no tracing */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess((value) => (value === '' ? undefined : value), z.url({ protocol: /^https?$/ }).optional()),
    /** the name on a process's spans; default: the folder it runs from (services/<name>) */
    OTEL_SERVICE_NAME: z.preprocess((value) => (value === '' ? undefined : value), z.string().optional()),
  })
  .extend(eventBusEnvSchema.shape);
export type KitEnv = z.infer<typeof kitEnvSchema>;

let kit: KitEnv | undefined;

/** The kit's settings, parsed on first use. */
export function kitEnv(): KitEnv {
  kit ??= parseEnv(kitEnvSchema);
  return kit;
}

/** Whether this test run includes the NATS contract tests (and so fails when NATS is unreachable). */
export function natsTestsRequired(env: KitEnv = kitEnv()): boolean {
  return env.CI || env.REQUIRE_NATS || env.NATS_URL !== undefined;
}
