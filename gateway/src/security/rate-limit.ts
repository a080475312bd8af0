import pg from 'pg';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Caller } from '@careline/service-kit';

export interface RateLimits {
  /** requests per minute per partner API key */
  perApiKey: number;
  /** requests per minute per signed-in staff member */
  perStaff: number;
  /** requests per minute per client address without credentials (sign-in attempts) */
  perAnonymousIp: number;
  /** failed sign-ins, unknown or revoked API keys and bad tokens per 15 minutes, per address */
  failuresPerIp: number;
  /** the same per key prefix (first characters of the API key) or per username */
  failuresPerKey: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perApiKey: 300,
  perStaff: 1200,
  perAnonymousIp: 60,
  failuresPerIp: 30,
  failuresPerKey: 10,
};

/** Where the counters live: shared by every gateway replica (PostgreSQL or Redis), or this process. */
export type RateLimitStore = { kind: 'postgres'; url: string } | { kind: 'redis'; url: string } | { kind: 'memory' };

export const rateLimited = (msBeforeNext: number) =>
  new GraphQLError('too many requests; slow down and retry shortly', {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Math.ceil(msBeforeNext / 1000), http: { status: 429 } },
  });

export interface RateLimiter {
  /** one request by this caller */
  consume(caller: Caller): Promise<void>;
  /** refuses at once an address or key prefix that failed too often */
  checkFailures(clientIp: string | undefined, keyPrefix: string | undefined): Promise<void>;
  /** counts a failed sign-in / unknown API key / bad token */
  recordFailure(clientIp: string | undefined, keyPrefix: string | undefined): Promise<void>;
  close(): Promise<void>;
}

/**
 * rate-limiter-flexible: fixed windows per API key, per staff member and per anonymous address,
 * and a 15-minute budget of failures per address and per key prefix. With a PostgreSQL or Redis
 * store every gateway replica counts into the same rows, so N replicas do not allow N × the limit.
 */
export async function createRateLimiter(
  limits: RateLimits,
  store: RateLimitStore = { kind: 'memory' },
  log?: Pick<Logger, 'warn'>,
): Promise<RateLimiter> {
  let close = async () => {};
  let make: (keyPrefix: string, points: number, duration: number) => RateLimiterAbstract;
  // A store connection that breaks while idle (PostgreSQL restarted, a failover, an administrator's
  // pg_terminate_backend) is reported on the pool or client as an 'error' event; with no listener
  // Node would throw it and take the whole gateway down. The next request reconnects.
  const storeLost = (error: Error) => log?.warn({ err: error }, 'rate-limit store connection lost; reconnecting on next use');
  if (store.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: store.url, max: 4, application_name: 'gateway:rate-limit' });
    pool.on('error', storeLost);
    close = () => pool.end();
    const base = { storeClient: pool, storeType: 'pool', tableName: 'rate_limits', schemaName: 'gateway' };
    await pool.query('create schema if not exists gateway');
    // one table for every limiter (keys are prefixed); created once before the first request
    make = (keyPrefix, points, duration) => new RateLimiterPostgres({ ...base, keyPrefix, points, duration, tableCreated: true } as never);
    await new Promise<void>((resolve, reject) => {
      new RateLimiterPostgres({ ...base, keyPrefix: 'init', points: 1, duration: 1 } as never, (error?: Error) =>
        error ? reject(error) : resolve(),
      );
    });
  } else if (store.kind === 'redis') {
    const redis = new Redis(store.url, { enableOfflineQueue: false, lazyConnect: true });
    redis.on('error', storeLost);
    await redis.connect();
    close = async () => void (await redis.quit());
    make = (keyPrefix, points, duration) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `careline:${keyPrefix}`, points, duration });
  } else {
    make = (keyPrefix, points, duration) => new RateLimiterMemory({ keyPrefix, points, duration });
  }
  const apiKeys = leased(make('key', limits.perApiKey, 60), limits.perApiKey);
  const staff = leased(make('staff', limits.perStaff, 60), limits.perStaff);
  const anonymous = leased(make('anon', limits.perAnonymousIp, 60), limits.perAnonymousIp);
  const failedIp = failureBudget(make('fail-ip', limits.failuresPerIp, 15 * 60));
  const failedKey = failureBudget(make('fail-key', limits.failuresPerKey, 15 * 60));

  return {
    consume: (caller) =>
      caller.kind === 'partner'
        ? apiKeys.take(caller.id ?? '')
        : caller.kind === 'staff'
          ? staff.take(caller.id ?? '')
          : anonymous.take(caller.clientIp ?? 'unknown'),
    checkFailures: async (ip, keyPrefix) => {
      await failedIp.refuseIfSpent(ip);
      await failedKey.refuseIfSpent(keyPrefix);
    },
    recordFailure: async (ip, keyPrefix) => {
      await failedIp.penalise(ip);
      await failedKey.penalise(keyPrefix);
    },
    close,
  };
}

/** the most a replica takes from a shared request budget in one go: a sixteenth of it, at most 64 */
export const leaseCap = (points: number) => Math.max(1, Math.min(64, Math.floor(points / 16)));

interface Lease {
  /** requests this replica may still admit in the current window without asking the store */
  left: number;
  /** how many to take next time (doubles while the caller keeps coming, up to leaseCap) */
  size: number;
  /** when the store's window ends: leased points are void after it */
  windowEndsAt: number;
  /** the store said the budget is spent: refused here until the window ends */
  blockedUntil: number;
  pending?: Promise<void>;
}

/**
 * A per-minute request budget that never lets the callers of all replicas together past the
 * limit, without a store round trip on every request. A replica takes points from the shared
 * counter in leases (1 the first time, doubling while the caller keeps coming, up to
 * `leaseCap(points)`) and admits requests from its lease locally; a point is counted in the shared
 * store BEFORE the request it admits, so N replicas can never admit more than the limit in a
 * window. The cost is the other way: points one replica leased and did not use are not available
 * to the others until the window ends, so a caller spread over N replicas may be refused after
 * limit − (N − 1) × (leaseCap − 1) requests (≤ 1/16 of the limit per other replica). With a limit
 * below 32 the lease is 1 point: exactly one store round trip per request, as before. Checked
 * (refusals, shared counting) by test/system/edge-auth.spec.ts and security.spec.ts.
 */
function leased(limiter: RateLimiterAbstract, points: number) {
  const cap = leaseCap(points);
  const leases = new Map<string, Lease>();
  const renew = async (key: string, lease: Lease) => {
    const size = Math.min(lease.size, cap);
    let granted: number;
    let res: RateLimiterRes;
    try {
      res = await limiter.consume(key, size);
      granted = size;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      res = error;
      // the store counted all `size` points; those that still fitted under the limit are ours
      granted = Math.max(0, points - (res.consumedPoints - size));
    }
    const now = Date.now();
    if (now >= lease.windowEndsAt) lease.left = 0;
    lease.windowEndsAt = now + res.msBeforeNext;
    lease.left += granted;
    lease.size = Math.min(cap, size * 2);
    if (granted === 0) lease.blockedUntil = lease.windowEndsAt;
  };
  const sweep = () => {
    const now = Date.now();
    for (const [key, lease] of leases) if (!lease.pending && now >= lease.windowEndsAt) leases.delete(key);
  };
  return {
    async take(key: string): Promise<void> {
      if (leases.size > 10_000) sweep();
      let lease = leases.get(key);
      if (!lease) leases.set(key, (lease = { left: 0, size: 1, windowEndsAt: 0, blockedUntil: 0 }));
      for (;;) {
        const now = Date.now();
        if (now < lease.blockedUntil) throw rateLimited(lease.blockedUntil - now);
        if (now >= lease.windowEndsAt && !lease.pending) {
          // a new window: nothing leased in the old one counts
          lease.left = 0;
          lease.size = 1;
        }
        if (lease.left > 0) {
          lease.left--;
          return;
        }
        lease.pending ??= renew(key, lease).finally(() => (lease.pending = undefined));
        await lease.pending;
      }
    },
  };
}

/** how long this replica reuses the store's answer "this address / key has failures to spare" */
export const FAILURE_VIEW_MS = 1000;

/**
 * The budget of failed credentials per address or key prefix. Every failure is counted in the
 * shared store at once (and its answer kept here); the question asked on every request, "is this
 * address already over its budget?", is answered from the store's last answer when it is under
 * FAILURE_VIEW_MS old, and a spent budget is refused here until the store's window ends. So a
 * replica learns of failures counted by the others within a second (or at its own next failure):
 * an address spent on one replica may try at most once more on each other replica.
 */
function failureBudget(limiter: RateLimiterAbstract) {
  const views = new Map<string, { remaining: number; until: number; checkedAt: number }>();
  const remember = (key: string, res: RateLimiterRes | null) => {
    if (views.size > 10_000) for (const [k, v] of views) if (Date.now() - v.checkedAt > FAILURE_VIEW_MS) views.delete(k);
    const now = Date.now();
    views.set(key, { remaining: res?.remainingPoints ?? Infinity, until: res ? now + res.msBeforeNext : 0, checkedAt: now });
  };
  return {
    async refuseIfSpent(key: string | undefined): Promise<void> {
      if (!key) return;
      const now = Date.now();
      let view = views.get(key);
      const spentAndCurrent = view && view.remaining <= 0 && now < view.until;
      if (!view || (!spentAndCurrent && now - view.checkedAt >= FAILURE_VIEW_MS)) {
        remember(key, await limiter.get(key));
        view = views.get(key)!;
      }
      if (view.remaining <= 0 && now < view.until) throw rateLimited(view.until - now);
    },
    async penalise(key: string | undefined): Promise<void> {
      if (key) remember(key, await limiter.penalty(key, 1));
    },
  };
}
