import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@careline/service-kit/testing';
import type { Caller } from '@careline/service-kit';
import { createRateLimiter, DEFAULT_RATE_LIMITS, FAILURE_VIEW_MS, leaseCap, type RateLimiter } from '../src/security/rate-limit.js';

// Two gateway replicas' limiters on one PostgreSQL store: requests are admitted from leases taken
// from the shared counter, so together they never pass the limit, and a busy caller costs the
// store far fewer round trips than it sends requests.
let db: TestDatabase;
const limiters: RateLimiter[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  for (const limiter of limiters) await limiter.close();
  await db?.drop();
});

async function replica(limits: Partial<typeof DEFAULT_RATE_LIMITS>) {
  const limiter = await createRateLimiter({ ...DEFAULT_RATE_LIMITS, ...limits }, { kind: 'postgres', url: db.url });
  limiters.push(limiter);
  return limiter;
}

const admitted = async (limiter: RateLimiter, caller: Caller) =>
  limiter.consume(caller).then(
    () => true,
    (error: { extensions?: { code?: string } }) => {
      expect(error.extensions?.code).toBe('RATE_LIMITED');
      return false;
    },
  );

/** the shared counter's value for a caller (what every replica sees) */
async function storedPoints(key: string): Promise<number> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ points: number }>('select points from gateway.rate_limits where key = $1', [key]);
    return rows[0]?.points ?? 0;
  } finally {
    await client.end();
  }
}

describe('request budgets shared between replicas', () => {
  it('never admits more than the limit across two replicas, however the requests are spread and interleaved', async () => {
    const limit = 200; // leases of up to 12 points
    const a = await replica({ perStaff: limit });
    const b = await replica({ perStaff: limit });
    const caller: Caller = { kind: 'staff', id: 'staff-spread' };
    let count = 0;
    // bursts of concurrent requests at both replicas, well past the limit
    for (let burst = 0; burst < 30; burst++) {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => admitted(i % 3 ? a : b, caller)));
      count += answers.filter(Boolean).length;
    }
    expect(count).toBeLessThanOrEqual(limit);
    // what one replica leased and did not use is lost to the other only until the window ends
    expect(count).toBeGreaterThanOrEqual(limit - (leaseCap(limit) - 1));
  });

  it('counts a busy caller in the store in leases, not one round trip per request', async () => {
    const a = await replica({ perApiKey: 1200 });
    const caller: Caller = { kind: 'partner', id: 'key-busy' };
    for (let i = 0; i < 300; i++) expect(await admitted(a, caller)).toBe(true);
    // leases of 1, 2, 4, … 64, 64, 64, 64 points (10 round trips, 319 points): the store is ahead of
    // the requests admitted (counting each request would leave exactly 300), by less than a lease
    const stored = await storedPoints('key:key-busy');
    expect(stored).toBeGreaterThan(300);
    expect(stored).toBeLessThan(300 + leaseCap(1200));
  });

  it('keeps exact per-request counting for small limits', async () => {
    const a = await replica({ perApiKey: 3 });
    const b = await replica({ perApiKey: 3 });
    const caller: Caller = { kind: 'partner', id: 'key-small' };
    const answers = [];
    for (const limiter of [a, b, a, b, a]) answers.push(await admitted(limiter, caller));
    expect(answers).toEqual([true, true, true, false, false]);
  });
});

describe('a store connection dropped by the server', () => {
  it('is reported as a warning, not thrown, and the next request reconnects', async () => {
    const warnings: unknown[] = [];
    const limiter = await createRateLimiter({ ...DEFAULT_RATE_LIMITS, perStaff: 50 }, { kind: 'postgres', url: db.url }, {
      warn: (details: unknown) => void warnings.push(details),
    } as never);
    limiters.push(limiter);
    const caller: Caller = { kind: 'staff', id: 'staff-dropped' };
    expect(await admitted(limiter, caller)).toBe(true);
    // PostgreSQL restarted or an administrator ended the session: the pool's idle connections die
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ ended: boolean }>(
        "select pg_terminate_backend(pid) as ended from pg_stat_activity where application_name = 'gateway:rate-limit' and datname = current_database()",
      );
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await expect.poll(() => warnings.length).toBeGreaterThan(0);
    // leases of 1, 2, 4 … points: a few more requests reach the store on a fresh connection
    for (let i = 0; i < 10; i++) expect(await admitted(limiter, caller)).toBe(true);
  });
});

describe('failure budgets shared between replicas', () => {
  it('refuses at once where the failures were counted, and on another replica within FAILURE_VIEW_MS', async () => {
    const a = await replica({ failuresPerIp: 3 });
    const b = await replica({ failuresPerIp: 3 });
    const ip = '198.51.100.7';
    await b.checkFailures(ip, undefined); // b has looked at this address: clean
    for (let i = 0; i < 3; i++) await a.recordFailure(ip, undefined);
    await expect(a.checkFailures(ip, undefined)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    await new Promise((resolve) => setTimeout(resolve, FAILURE_VIEW_MS + 50));
    await expect(b.checkFailures(ip, undefined)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
  });
});
