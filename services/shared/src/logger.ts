import { pino, type Logger } from 'pino';
import { kitEnv } from './env.js';

export type { Logger };

/**
 * Structured JSON logs; one logger per process, child loggers carry the service and request id.
 * `asyncOutput`: stdout is written asynchronously (lines logged while a write is under way go out
 * together in the next one; pino flushes what is left when the process exits) instead of one
 * synchronous write per line. The gateway logs a line per request, where the synchronous write was
 * ~6 % of its CPU per request.
 */
export function createLogger(service: string, level: string = kitEnv().LOG_LEVEL, options: { asyncOutput?: boolean } = {}): Logger {
  const settings = {
    level,
    base: { service },
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.phone', '*.password'], censor: '[redacted]' },
  };
  return options.asyncOutput ? pino(settings, pino.destination({ dest: 1, sync: false })) : pino(settings);
}
