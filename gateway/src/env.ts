import { z } from 'zod';
import { parseEnv } from '@careline/service-kit';
import { DEFAULT_RATE_LIMITS } from './security/rate-limit.js';

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

export const gatewayEnvSchema = z.object({
  /** the production profile unless told otherwise (`pnpm dev` sets development) */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  IDENTITY_URL: z.url().optional(),
  MEMBERS_URL: z.url().optional(),
  CRM_URL: z.url().optional(),
  ANALYTICS_URL: z.url().optional(),
  /** a subgraph fetch slower than this fails that part of the answer, not the whole request */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  /** browser origins allowed to call the API (the portal); comma separated */
  CORS_ORIGINS: z.string().default('http://127.0.0.1:5170,http://localhost:5170').transform(list),
  BODY_LIMIT: z.string().default('100kb'),
  /** PEM (PKCS8) of the Ed25519 key the gateway signs callers with */
  GATEWAY_PRIVATE_KEY: z.string().min(1, 'the gateway signing key (PEM) is required'),
  /** rate-limit counters shared by every replica and identity's revocation announcements (PostgreSQL) */
  DATABASE_URL: z.string().optional(),
  /** rate-limit counters in Redis instead of PostgreSQL */
  REDIS_URL: z.string().optional(),
  /** proxies (addresses or CIDR) whose X-Forwarded-For is believed; comma separated; none by default */
  TRUSTED_PROXIES: z.string().default('').transform(list),
  /** how long a staff session / a partner key confirmed by identity is reused (ms) */
  AUTH_SESSION_TTL_MS: z.coerce.number().int().positive().default(5000),
  AUTH_API_KEY_TTL_MS: z.coerce.number().int().positive().default(30_000),
  /** requests per minute per signed-in staff member / per partner API key (a busy integration may need more) */
  RATE_LIMIT_PER_STAFF: z.coerce.number().int().positive().default(DEFAULT_RATE_LIMITS.perStaff),
  RATE_LIMIT_PER_API_KEY: z.coerce.number().int().positive().default(DEFAULT_RATE_LIMITS.perApiKey),
  /** Prometheus metrics at /metrics when set to true */
  METRICS: z.stringbool().default(false),
  /** OpenTelemetry traces exported over OTLP/HTTP to this endpoint when set */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
});
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const loadGatewayEnv = () => parseEnv(gatewayEnvSchema);
