// Seeds the demo data once, through the gateway (the services' own write paths and events).
import { demoCustomers } from './demo-data.mjs';

/** @typedef {ReturnType<typeof demoCustomers>[number]} DemoCustomer */
/** @typedef {{ message: string, extensions?: { code?: string, existingCustomerId?: string } }} GraphqlErrorEntry */

/** @type {string | undefined} */
let authorization;

/** The errors of a GraphQL response: their codes, and the existing customer a CONFLICT names. */
class GraphqlResponseError extends Error {
  /** @param {GraphqlErrorEntry[]} errors */
  constructor(errors) {
    super(errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; '));
    this.codes = errors.map((e) => e.extensions?.code);
    this.existingCustomerId = errors.find((e) => e.extensions?.existingCustomerId)?.extensions?.existingCustomerId;
  }
}

/**
 * @param {string} url
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 * @returns {Promise<any>} the response's `data`, shaped as `query` asks
 */
async function graphql(url, query, variables) {
  const headers = { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = /** @type {{ data?: unknown, errors?: GraphqlErrorEntry[] }} */ (await response.json());
  if (body.errors?.length) throw new GraphqlResponseError(body.errors);
  return body.data;
}

/**
 * Runs `work` on each item, `concurrency` at a time.
 * @template T
 * @param {T[]} items
 * @param {number} concurrency
 * @param {(item: T) => Promise<void>} work
 * @param {(done: number, total: number) => void} onProgress
 */
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

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Idempotent: the demo customers are deterministic, a phone already registered is taken as
 * already seeded (CONFLICT names the existing customer), and an interrupted seed resumes.
 * @param {string} gatewayUrl
 * @param {{ count?: number, progress?: (what: string, done: number, total: number) => void, login?: { username: string, password: string } }} [options]
 *   `login`: the user the demo data is written as
 * @returns {Promise<{ seeded: boolean, customers: number, members: number }>}
 */
export async function seedDemoData(gatewayUrl, { count = 300, progress = () => {}, login } = {}) {
  if (login) {
    /** @type {{ login: { accessToken: string } }} */
    const data = await graphql(gatewayUrl, 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', {
      u: login.username,
      p: login.password,
    });
    authorization = `Bearer ${data.login.accessToken}`;
  }
  const customers = demoCustomers(count);
  const last = customers[customers.length - 1];
  /** @type {{ customers: { totalCount: number } }} */
  const done = await graphql(gatewayUrl, 'query ($q: String) { customers(first: 1, search: $q) { totalCount } }', { q: last.phone });
  if (done.customers.totalCount > 0) {
    /** @type {{ customers: { totalCount: number } }} */
    const all = await graphql(gatewayUrl, '{ customers(first: 1) { totalCount } }');
    return { seeded: false, customers: all.customers.totalCount, members: 0 };
  }

  /** @type {Map<DemoCustomer, string>} */
  const ids = new Map();
  await inBatches(
    customers,
    8,
    async (c) => {
      try {
        /** @type {{ createCustomer: { id: string } }} */
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
        if (!(error instanceof GraphqlResponseError && error.existingCustomerId)) throw error;
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
          const codes = error instanceof GraphqlResponseError ? error.codes : [];
          if (codes.includes('CONFLICT')) return;
          if (!codes.includes('NOT_FOUND') || attempt > 50) throw error;
          await sleep(200);
        }
      }
    },
    (done, total) => progress('members', done, total),
  );
  return { seeded: true, customers: customers.length, members: toEnrol.length };
}
