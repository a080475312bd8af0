import { pino, type Logger } from 'pino';
import { kitEnv } from './env.js';

export type { Logger };

/**
 * Structured JSON logs; one logger per process, child loggers carry the service and request id.
 * `asyncOutput`: stdout is written asynchronously (lines logged while a write is under way go out
 * together in the next one; pino flushes what is left when the process exits) instead of one
 * synchronous write per line. The gateway logs a line per request, where the synchronous write was
 * ~6 % of its CPU per request. Lines are also gathered up to 4 KiB (about a dozen request lines)
 * before a write, and written at the latest a second after they were logged: one write per request
 * was still ~5 % of the gateway's profile under the overhead bench (test/bench/gateway-overhead).
 */
export function createLogger(service: string, level: string = kitEnv().LOG_LEVEL, options: { asyncOutput?: boolean } = {}): Logger {
  const settings = {
    level,
    base: { service },
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.phone', '*.password'], censor: '[redacted]' },
  };
  return options.asyncOutput
    ? pino(settings, pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 }))
    : pino(settings);
}
