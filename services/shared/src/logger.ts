import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; one logger per process, child loggers carry the service and request id. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service },
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.phone', '*.password'], censor: '[redacted]' },
  });
}
