import { afterAll, beforeAll, describe, it } from 'vitest';
import { Bench } from 'tinybench';
import { writeReport } from './report.js';
import { gatewayHeaders, testCallers } from '@careline/service-kit/testing';
import { startSystem, type RunningSystem } from '../support/system.js';

// What the gateway adds to a request: the same customer page asked of the crm subgraph directly
// (signed as the gateway would), then through the gateway with a staff token and with a partner
// API key (authentication at identity, rate limit, operation limits, query planning, signing).
let system: RunningSystem;
let staff: Record<string, string>;
let partner: Record<string, string>;
const LIST = '{ customers(first: 20) { totalCount nodes { id name channel } } }';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const SPANNING = `{ customers(first: 20) { nodes { name membership { cardNumber } } } newCustomers(period: { from: "${today}", to: "${today}" }, groupBy: CHANNEL) { totalNewCustomers } }`;

async function post(url: string, query: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

describe('gateway overhead', () => {
  beforeAll(async () => {
    // generous limits: the benchmark measures latency, not the limiter
    system = await startSystem({ production: true, rateLimits: { perApiKey: 1e9, perStaff: 1e9, perAnonymousIp: 1e9 } });
    for (let i = 0; i < 50; i++) {
      await system.as('cs.admin', 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
        input: {
          name: `客户${i}`,
          phone: `1390000${String(i).padStart(4, '0')}`,
          channel: 'PARTNER',
          keyAccountId: i % 2 ? '01a20000-0000-7000-8000-000000000001' : null,
        },
      });
    }
    staff = await system.authHeaders('cs.staff');
    partner = await system.authHeaders('partner');
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('measures each path for a few seconds and writes test/bench/reports/gateway-overhead.md', async () => {
    const bench = new Bench({ time: 3000, warmupTime: 500 });
    bench
      .add('customers(first: 20) straight to the crm subgraph (signed caller, no gateway)', async () => {
        await post(system.services.crm.url, LIST, await gatewayHeaders(testCallers.csStaff));
      })
      .add('customers(first: 20) through the gateway with a staff token', async () => {
        await post(system.gatewayUrl, LIST, staff);
      })
      .add('customers(first: 20) through the gateway with a partner API key', async () => {
        await post(system.gatewayUrl, LIST, partner);
      })
      .add('customers + membership + newCustomers through the gateway (3 subgraphs, staff token)', async () => {
        await post(system.gatewayUrl, SPANNING, staff);
      });
    await bench.run();
    const [direct, viaStaff, viaKey] = bench.tasks.map((t) => (t.result as { latency?: { p50?: number } }).latency?.p50 ?? NaN);
    writeReport('gateway-overhead', bench, [
      `gateway added (median, staff token): ${(viaStaff! - direct!).toFixed(2)} ms per request: authentication at identity, rate limit, armor + cost limits, query planning, signing the caller`,
      `gateway added (median, API key): ${(viaKey! - direct!).toFixed(2)} ms per request`,
    ]);
  });
});
