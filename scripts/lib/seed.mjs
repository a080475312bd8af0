// Seeds the demo data once, through the gateway (the services' own write paths and events).
import { demoCustomers } from './demo-data.mjs';

let authorization;

async function graphql(url, query, variables) {
  const headers = { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors?.length) {
    const error = new Error(body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; '));
    error.codes = body.errors.map((e) => e.extensions?.code);
    error.existingCustomerId = body.errors.find((e) => e.extensions?.existingCustomerId)?.extensions.existingCustomerId;
    throw error;
  }
  return body.data;
}

async function inBatches(items, concurrency, work, onProgress) {
  let done = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++];
        await work(item);
        onProgress(++done, items.length);
      }
    }),
  );
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Idempotent: the demo customers are deterministic, a phone already registered is taken as
 * already seeded (CONFLICT names the existing customer), and an interrupted seed resumes.
 * @returns {Promise<{ seeded: boolean, customers: number, members: number }>}
 */
export async function seedDemoData(gatewayUrl, { count = 300, progress = () => {}, login } = {}) {
  if (login) {
    const data = await graphql(gatewayUrl, 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', {
      u: login.username,
      p: login.password,
    });
    authorization = `Bearer ${data.login.accessToken}`;
  }
  const customers = demoCustomers(count);
  const last = customers.at(-1);
  const done = await graphql(gatewayUrl, 'query ($q: String) { customers(first: 1, search: $q) { totalCount } }', { q: last.phone });
  if (done.customers.totalCount > 0) {
    const all = await graphql(gatewayUrl, '{ customers(first: 1) { totalCount } }');
    return { seeded: false, customers: all.customers.totalCount, members: 0 };
  }

  const ids = new Map();
  await inBatches(
    customers,
    8,
    async (c) => {
      try {
        const data = await graphql(gatewayUrl, 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
          input: {
            name: c.name,
            phone: c.phone,
            channel: c.channel,
            keyAccountId: c.keyAccountId,
            region: c.region,
            gender: c.gender,
            registeredAt: c.registeredAt,
          },
        });
        ids.set(c, data.createCustomer.id);
      } catch (error) {
        if (!error.existingCustomerId) throw error;
        ids.set(c, error.existingCustomerId);
      }
    },
    (done, total) => progress('customers', done, total),
  );

  const toEnrol = customers.filter((c) => c.enrol);
  await inBatches(
    toEnrol,
    4,
    async (c) => {
      // members learns of new customers from CustomerRegistered; wait for the event if it lags
      for (let attempt = 0; ; attempt++) {
        try {
          const joinedAt = new Date(Math.min(Date.now(), new Date(c.registeredAt).getTime() + 3_600_000)).toISOString();
          await graphql(gatewayUrl, 'mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id } }', {
            input: { customerId: ids.get(c), joinedAt },
          });
          return;
        } catch (error) {
          if (error.codes?.includes('CONFLICT')) return;
          if (!error.codes?.includes('NOT_FOUND') || attempt > 50) throw error;
          await sleep(200);
        }
      }
    },
    (done, total) => progress('members', done, total),
  );
  return { seeded: true, customers: customers.length, members: toEnrol.length };
}
