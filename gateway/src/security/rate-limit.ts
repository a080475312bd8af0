import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import type { Caller } from '@careline/service-kit';

export interface RateLimits {
  /** requests per minute per partner API key */
  perApiKey: number;
  /** requests per minute per signed-in staff member */
  perStaff: number;
  /** requests per minute per client address without credentials (login attempts) */
  perAnonymousIp: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perApiKey: 300, perStaff: 1200, perAnonymousIp: 60 };

/**
 * Fixed-window limits per API key, per login and per anonymous address, kept in this gateway's
 * memory (per instance: behind several gateways, each allows its share; a shared store such as
 * PostgreSQL or Redis is a drop-in for rate-limiter-flexible when that matters).
 */
export function createRateLimiter(limits: RateLimits) {
  const apiKeys = new RateLimiterMemory({ points: limits.perApiKey, duration: 60 });
  const staff = new RateLimiterMemory({ points: limits.perStaff, duration: 60 });
  const anonymous = new RateLimiterMemory({ points: limits.perAnonymousIp, duration: 60 });
  return async function consume(caller: Caller): Promise<void> {
    const [limiter, key] =
      caller.kind === 'partner'
        ? [apiKeys, `key:${caller.id}`]
        : caller.kind === 'staff'
          ? [staff, `staff:${caller.id}`]
          : [anonymous, `ip:${caller.clientIp}`];
    try {
      await limiter.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw new GraphQLError('too many requests; slow down and retry shortly', {
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000), http: { status: 429 } },
      });
    }
  };
}
