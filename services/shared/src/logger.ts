import { pino, type Logger } from 'pino';
import { kitEnv } from './env.js';

export type { Logger };

/** Structured JSON logs; one logger per process, child loggers carry the service and request id. */
export function createLogger(service: string, level: string = kitEnv().LOG_LEVEL): Logger {
  return pino({
    level,
    base: { service },
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.phone', '*.password'], censor: '[redacted]' },
  });
}
