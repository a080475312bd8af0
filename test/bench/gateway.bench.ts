import { afterAll, beforeAll, bench, describe } from 'vitest';
import { gatewayHeaders } from '@careline/service-kit/testing';
import { startSystem, type RunningSystem } from '../support/system.js';

// What the gateway adds to a request: the same customer list asked of the crm subgraph directly
// and through the gateway, then a query the gateway must plan across three subgraphs.
let system: RunningSystem;
const LIST = '{ customers(first: 20) { totalCount nodes { id name phone channel } } }';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const SPANNING = `{ customers(first: 20) { nodes { name membership { cardNumber } } } newCustomers(period: { from: "${today}", to: "${today}" }, groupBy: CHANNEL) { totalNewCustomers } }`;

async function post(url: string, query: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(await gatewayHeaders()) }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

describe('gateway overhead', () => {
  beforeAll(async () => {
    system = await startSystem();
    for (let i = 0; i < 50; i++) {
      await system.graphql('mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
        input: { name: `客户${i}`, phone: `1390000${String(i).padStart(4, '0')}`, channel: 'PHONE' },
      });
    }
  });
  afterAll(async () => {
    await system?.stop();
  });

  bench('customers(first: 20) straight to the crm subgraph', async () => {
    await post(system.services.crm.url, LIST);
  }, { time: 3000, warmupTime: 500 });

  bench('customers(first: 20) through the gateway', async () => {
    await post(system.gatewayUrl, LIST);
  }, { time: 3000, warmupTime: 500 });

  bench('customers with membership and newCustomers through the gateway (3 subgraphs)', async () => {
    await post(system.gatewayUrl, SPANNING);
  }, { time: 3000, warmupTime: 500 });
});
