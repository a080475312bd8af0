import 'reflect-metadata';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { pino } from 'pino';
import { startService, type RunningService } from '../src/service.js';
import { badInput } from '../src/errors.js';
import type { ServiceContext } from '../src/context.js';
import { createTestDatabase, gatewayHeaders, testCallers, testSigningKeys, type TestDatabase } from '../src/testing/index.js';
import { REQUEST_ID_HEADER } from '../src/http/subgraph-server.js';

@Resolver()
class CountResolver {
  @Query(() => Int)
  async rows(@Ctx() ctx: ServiceContext, @Arg('max', () => Int) max: number): Promise<number> {
    if (max < 0) throw badInput('max must not be negative', 'max');
    const [row] = await ctx.em.getConnection().execute<{ n: number }[]>('select least(?, 3)::int as n', [max]);
    return row?.n ?? 0;
  }
}

const METRICS_TOKEN = 'scrape-token-0123456789';

describe('a service observed', () => {
  let db: TestDatabase;
  let service: RunningService;
  const lines: Record<string, unknown>[] = [];
  const base = () => service.url.replace('/graphql', '');

  beforeAll(async () => {
    db = await createTestDatabase();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const text of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(text) as Record<string, unknown>);
        done();
      },
    });
    service = await startService(
      { name: 'observed', migrations: [], modules: [{ name: 'count', resolvers: [CountResolver] }], createLoaders: () => ({}) },
      {
        databaseUrl: db.url,
        port: 0,
        log: pino({ level: 'info' }, sink),
        gatewayPublicKey: testSigningKeys.publicKey,
        metricsToken: METRICS_TOKEN,
      },
    );
  });
  afterAll(async () => {
    await service?.stop();
    await db?.drop();
  });

  const post = async (query: string, headers: Record<string, string>) =>
    fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const requestLines = () => lines.filter((line) => line.msg === 'request');

  it('logs one line per request with the gateway request id, operation, caller kind, status and duration', async () => {
    lines.length = 0;
    const ok = await gatewayHeaders(testCallers.director);
    expect((await post('query CountRows { rows(max: 5) }', ok)).status).toBe(200);
    const bad = await gatewayHeaders(testCallers.director);
    await post('query Negative { rows(max: -1) }', bad);
    const unsigned = await post('query Unsigned { rows(max: 1) }', { [REQUEST_ID_HEADER]: 'no-signature-1' });
    expect(unsigned.status).toBe(401);

    expect(requestLines()).toHaveLength(3);
    const [first, second, third] = requestLines();
    expect(first).toMatchObject({
      requestId: ok[REQUEST_ID_HEADER],
      operation: 'CountRows',
      operationType: 'query',
      caller: 'staff',
      status: 200,
      outcome: 'ok',
    });
    expect(first!.durationMs).toEqual(expect.any(Number));
    expect(second).toMatchObject({
      requestId: bad[REQUEST_ID_HEADER],
      operation: 'Negative',
      outcome: 'error',
      errors: ['BAD_USER_INPUT'],
    });
    expect(third).toMatchObject({ requestId: 'no-signature-1', caller: 'unverified', status: 401, outcome: 'error' });
  });

  it('serves Prometheus metrics on /metrics to whoever holds METRICS_TOKEN: requests, errors, latency, pool, event lag and job failures', async () => {
    expect((await fetch(`${base()}/metrics`)).status).toBe(401);
    service.metrics.observeEventLag('observed', 'CustomerRegistered', 0.3);
    service.metrics.countJobFailure('observed.CustomerRegistered');

    const response = await fetch(`${base()}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    /** the value of the sample `name` whose labels include `labels` (Prometheus does not fix the labels' order) */
    const sample = (name: string, labels: Record<string, string>) => {
      for (const line of text.split('\n')) {
        const match = /^(\w+)\{(.*)\} (\S+)$/.exec(line);
        if (!match || match[1] !== name) continue;
        const own = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
        if (Object.entries({ service: 'observed', ...labels }).every(([key, value]) => own[key] === value)) return match[3];
      }
      return undefined;
    };
    // the first test's requests: one answered, one with a BAD_USER_INPUT, one refused at the door
    expect(sample('careline_graphql_requests_total', { caller: 'staff', outcome: 'ok' })).toBe('1');
    expect(sample('careline_graphql_requests_total', { caller: 'staff', outcome: 'error' })).toBe('1');
    expect(sample('careline_graphql_requests_total', { caller: 'unverified', outcome: 'error' })).toBe('1');
    expect(sample('careline_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe('1');
    expect(sample('careline_graphql_request_duration_seconds_count', { caller: 'staff', outcome: 'ok' })).toBe('1');
    expect(Number(sample('careline_db_pool_connections', { state: 'total' }))).toBeGreaterThan(0);
    expect(sample('careline_db_pool_connections', { state: 'waiting' })).toBe('0');
    expect(sample('careline_event_lag_seconds_count', { consumer: 'observed', type: 'CustomerRegistered' })).toBe('1');
    expect(sample('careline_job_failures_total', { queue: 'observed.CustomerRegistered' })).toBe('1');
    expect(text).toContain('process_resident_memory_bytes{service="observed"}');
  });
});
