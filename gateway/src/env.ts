import { z } from 'zod';
import { parseEnv } from '@careline/service-kit';

export const gatewayEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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
  CORS_ORIGINS: z.string().default('http://127.0.0.1:5170,http://localhost:5170'),
  BODY_LIMIT: z.string().default('100kb'),
  /** PEM (PKCS8) of the Ed25519 key the gateway signs callers with */
  GATEWAY_PRIVATE_KEY: z.string().min(1, 'the gateway signing key (PEM) is required'),
});
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const loadGatewayEnv = () => parseEnv(gatewayEnvSchema);
