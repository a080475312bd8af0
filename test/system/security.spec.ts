import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { gatewayHeaders, generateSigningKeysForTest } from '../support/signing.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// The gateway and subgraphs with production settings: what an attacker on the network meets.
let system: RunningSystem;

// the subgraphs these queries address; identity is left out because it stores audit entries
// from the bus in the background, which is not SQL the refused query caused
const totalQueries = () => system.queries.crm.length + system.queries.members.length + system.queries.analytics.length;
async function raw(body: string, headers: Record<string, string> = {}, method = 'POST', url = system.gatewayUrl) {
  const response = await fetch(url, {
    method,
    headers: method === 'GET' ? headers : { 'content-type': 'application/json', ...headers },
    body: method === 'GET' ? undefined : body,
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

beforeAll(async () => {
  system = await startSystem({ production: true });
});
afterAll(async () => {
  await system?.stop();
});

// four pages of 100 customers with their memberships: ~4 × 1,100 fields, over the cost limit
const COSTLY = `{ ${['a', 'b', 'c', 'd'].map((k) => `${k}: customers(first: 100) { nodes { id name phone membership { id cardNumber tier status joinedAt } } }`).join(' ')} }`;

describe('operation limits at the gateway', () => {
  const deep = `{ customers { nodes { membership { customer { membership { customer { membership { customer { membership { customer { membership { id } } } } } } } } } } } }`;
  const cases: [string, string][] = [
    ['depth', deep],
    ['depth, with the operation named __schema', `query __schema ${deep}`],
    [
      'depth, inside a fragment named __schema',
      `{ ...__schema } fragment __schema on Query ${deep.slice(1, -1).replace(/^/, '{ ').concat(' }')}`,
    ],
    ['aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: departments { code }`).join(' ')} }`],
    ['directives', `{ departments { code ${Array.from({ length: 20 }, () => '@include(if: true)').join(' ')} } }`],
    ['tokens', `{ departments { ${Array.from({ length: 1500 }, () => 'code').join(' ')} } }`],
    ['cost (list sizes counted)', COSTLY],
    ['cost, with the operation named __schema', `query __schema ${COSTLY}`],
    ['cost, inside a fragment named __schema', `{ ...__schema } fragment __schema on Query ${COSTLY}`],
  ];
  it.each(cases)('refuses a query past the %s limit before any SQL runs, without naming the limit', async (_name, query) => {
    system.resetQueries();
    const { json } = await raw(JSON.stringify({ query }));
    expect(json.data ?? null).toBeNull();
    expect(json.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(json.errors)).not.toMatch(/\b(10|15|2000|3000)\b/);
    expect(totalQueries()).toBe(0);
  });
});

describe('the gateway in production settings', () => {
  it('refuses introspection', async () => {
    const { json } = await raw(JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(json.errors?.[0].message).toMatch(/introspection/i);
    expect(json.data ?? null).toBeNull();
  });

  it('does not suggest field names', async () => {
    const { json } = await raw(JSON.stringify({ query: '{ customerz { id } }' }));
    expect(json.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses a batched (array) body', async () => {
    const { status, json } = await raw(JSON.stringify([{ query: '{ departments { code } }' }, { query: '{ departments { code } }' }]));
    expect(status).toBe(400);
    expect(json?.data).toBeUndefined();
  });

  it('refuses a GET query without a preflight header (CSRF)', async () => {
    // Hive Gateway's CSRF prevention answers 403 Forbidden (Apollo Server answered 400)
    const { status } = await raw('', {}, 'GET', `${system.gatewayUrl}?query=${encodeURIComponent('{ departments { code } }')}`);
    expect(status).toBe(403);
  });

  it('refuses a text/plain POST (CSRF: a form could send it without preflight)', async () => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ departments { code } }' }),
    });
    expect(response.status).toBe(403);
  });

  it('refuses a body over the size limit', async () => {
    const { status } = await raw(JSON.stringify({ query: '{ departments { code } }', variables: { pad: 'x'.repeat(200_000) } }));
    expect(status).toBe(413);
  });

  it('answers a database error with INTERNAL_SERVER_ERROR and a request id, without SQL, stack or personal data', async () => {
    const db = new pg.Client({ connectionString: system.databaseUrl });
    await db.connect();
    await db.query('alter table crm.customer rename to customer_gone');
    try {
      const { json } = await raw(
        JSON.stringify({ query: '{ customers(search: "13800138000") { nodes { id name phone } } }' }),
        await system.authHeaders('cs.staff'),
      );
      const error = json.errors[0];
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.extensions.requestId).toMatch(/\S{8,}/);
      const text = JSON.stringify(json);
      expect(text).not.toMatch(/select|customer_gone|crm\.|relation|stack|at \w+ \(|13800138000/i);
    } finally {
      await db.query('alter table crm.customer_gone rename to customer');
      await db.end();
    }
  });
});

describe('no way around the gateway', () => {
  it('refuses a direct call to a subgraph without the gateway signature', async () => {
    const { status, json } = await raw(JSON.stringify({ query: '{ customers { nodes { id } } }' }), {}, 'POST', system.services.crm.url);
    expect(status).toBe(401);
    expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged _entities call signed with another key', async () => {
    const forged = await gatewayHeaders({ kind: 'system' }, generateSigningKeysForTest());
    const { status } = await raw(
      JSON.stringify({
        query:
          '{ _entities(representations: [{ __typename: "Customer", id: "01a20d29-942f-73ab-9985-c1b935f33269" }]) { ... on Customer { phone } } }',
      }),
      forged,
      'POST',
      system.services.crm.url,
    );
    expect(status).toBe(401);
  });

  it('ignores an identity header a client sends to the gateway', async () => {
    const forgedCaller = Buffer.from(JSON.stringify({ kind: 'system' })).toString('base64url');
    const { json } = await raw(JSON.stringify({ query: '{ customers { totalCount } }' }), {
      'x-careline-caller': forgedCaller,
      'x-user-id': 'director',
    });
    expect(json.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('rate limits', () => {
  it('limits requests per API key and per login, answering 429 RATE_LIMITED', async () => {
    const { startGateway, SUPERGRAPH_FILE } = await import('@careline/gateway');
    const { createLogger } = await import('@careline/service-kit');
    const { readFile } = await import('node:fs/promises');
    const { testSigningKeys } = await import('../support/signing.js');
    const gateway = await startGateway({
      supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: Object.fromEntries(Object.entries(system.services).map(([name, s]) => [name, s.url])),
      port: 0,
      log: createLogger('gateway', 'silent'),
      production: true,
      signingKey: testSigningKeys.privateKey,
      rateLimits: { perApiKey: 3, perStaff: 3, perAnonymousIp: 1000 },
    });
    try {
      const ask = async (headers: Record<string, string>) =>
        (
          await fetch(gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query: '{ departments { code } }' }),
          })
        ).status;
      for (const headers of [await system.authHeaders('partner'), await system.authHeaders('cs.staff')]) {
        const statuses = [];
        for (let i = 0; i < 5; i++) statuses.push(await ask(headers));
        expect(statuses).toEqual([200, 200, 200, 429, 429]);
      }
      // another caller is not affected
      expect(await ask(await system.authHeaders('director'))).toBe(200);
    } finally {
      await gateway.stop();
    }
  });
});
