import { Logger as HiveLogger, type LogLevel } from '@graphql-hive/gateway-runtime';
import type { Logger } from 'pino';

/**
 * Hive Gateway logs through its own logger; this writes its lines into our pino logger, so the
 * gateway has one log format (JSON, the service name) like every other process.
 */
export function hiveLoggerFor(log: Logger): HiveLogger {
  const level = (['trace', 'debug', 'info', 'warn', 'error'] as const).includes(log.level as LogLevel) ? (log.level as LogLevel) : false;
  return new HiveLogger({
    level: log.level === 'fatal' ? 'error' : level,
    writers: [
      {
        write(lvl, attrs, msg) {
          const fields = attrs && !Array.isArray(attrs) ? attrs : attrs ? { attrs } : {};
          log[lvl](fields, msg ?? '');
        },
      },
    ],
  });
}
