import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { gatewayHeaders } from '../support/signing.js';
import { startSystem, type RunningSystem } from '../support/system.js';

// The gateway's production profile as a client on the network meets it: every answer is a
// GraphQL error with a code, never a stack, a file path, SQL, an internal URL or a subgraph's body.
let system: RunningSystem;
beforeAll(async () => {
  // the audit sends ~75 requests: more than an anonymous address may in a minute
  system = await startSystem({ production: true, rateLimits: { perAnonymousIp: 1000 } });
});
afterAll(async () => {
  await system?.stop();
});

const subgraphQueries = () => system.queries.crm.length + system.queries.members.length + system.queries.analytics.length;
const LEAKS =
  /\/work\/|node_modules|\bat \w+ \(|\.ts:\d+|\.js:\d+|127\.0\.0\.1:\d+|localhost:\d+|select |<html|<pre|stack|originalError|is not valid JSON/i;

async function send(body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(system.gatewayUrl, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { data?: any; errors?: any[] } };
}

describe('the GraphQL-over-HTTP audit (graphql-http serverAudits)', () => {
  // The audit is a client like the portal: signed in (its queries use `__type`, introspection,
  // which is never answered to anonymous callers) and sending the CSRF header our clients send on GET.
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) =>
    fetch(input, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init?.headers)), 'x-graphql-csrf': '1', ...(await system.authHeaders('director')) },
    });
  for (const audit of serverAudits({ url: () => system.gatewayUrl, fetchFn })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    });
  }
});

describe('bodies that are not GraphQL requests', () => {
  it.each([
    ['malformed JSON', '{"query": "{ departments { code } "', 400],
    ['a raw NUL byte in the JSON', '{"query": "{ depart\u0000ments { code } }"}', 400],
    ['a JSON array (a batch)', '[{"query": "{ departments { code } }"}]', 400],
    ['a JSON string', '"{ departments { code } }"', 400],
  ])('answers %s with a GraphQL error, nothing internal', async (_name, body, status) => {
    const r = await send(body);
    expect(r.status).toBe(status);
    expect(r.json.errors?.[0].extensions.code).toBe('BAD_REQUEST');
    expect(r.text).not.toMatch(LEAKS);
  });

  it('answers a body over the limit 413 as JSON', async () => {
    const r = await send(JSON.stringify({ query: '{ departments { code } }', variables: { pad: 'x'.repeat(200_000) } }));
    expect(r.status).toBe(413);
    expect(r.json.errors?.[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a wrong content type 415 without a body to leak', async () => {
    const response = await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query/>' });
    expect(response.status).toBe(415);
    expect(await response.text()).not.toMatch(LEAKS);
  });
});

describe("identity's internal endpoint", () => {
  it('answers a malformed body as JSON, without a stack or a file path', async () => {
    const url = system.services.identity.url.replace('/graphql', '/internal/authenticate');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await gatewayHeaders({ kind: 'system' })) },
      body: '{"accessToken": ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(text).not.toMatch(LEAKS);
  });
});

describe('request errors decided at the edge', () => {
  const graphqlResponse = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

  it('answers a parse error 400 (application/graphql-response+json)', async () => {
    const r = await send(JSON.stringify({ query: '{ departments { code }' }), graphqlResponse);
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a validation error 400 without suggesting a field', async () => {
    const r = await send(JSON.stringify({ query: '{ customerz { id } }' }), graphqlResponse);
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/Did you mean/);
  });

  it('does not suggest an enum value', async () => {
    const headers = { ...graphqlResponse, ...(await system.authHeaders('director')) };
    const r = await send(JSON.stringify({ query: '{ customers(filter: { channel: WECHT }) { totalCount } }' }), headers);
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/Did you mean|WECHAT/);
  });

  it.each([
    ['a string for an Int', '{"n": "abc"}'],
    // Infinity once parsed, so the JSON text is written out
    ['1e309 for an Int', '{"n": 1e309}'],
  ])('refuses %s as BAD_USER_INPUT naming the argument, before any subgraph runs', async (_name, variables) => {
    const headers = await system.authHeaders('director');
    system.resetQueries();
    const query = JSON.stringify('query ($n: Int!) { customers(first: $n) { totalCount } }');
    const r = await send(`{"query": ${query}, "variables": ${variables}}`, { 'content-type': 'application/json', ...headers });
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(r.json.errors?.[0].message).toContain('first');
    expect(subgraphQueries()).toBe(0);
  });

  it.each([
    ['a variable', 'mutation ($at: DateTimeISO) { evaluateTiers(asOf: $at) { __typename } }', { at: '' }],
    ['a literal', 'mutation { evaluateTiers(asOf: "") { __typename } }', undefined],
  ])(
    'refuses an empty DateTimeISO in %s as BAD_USER_INPUT naming the argument, before any subgraph runs',
    async (_name, query, variables) => {
      const headers = { ...graphqlResponse, ...(await system.authHeaders('director')) };
      system.resetQueries();
      const r = await send(JSON.stringify({ query, variables }), headers);
      expect(r.status).toBe(400);
      expect(r.json.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
      expect(r.text).not.toMatch(LEAKS);
      expect(system.queries.members.length).toBe(0);
    },
  );
});

describe('introspection', () => {
  const introspect = (headers: Record<string, string> = {}) =>
    send(JSON.stringify({ query: '{ __schema { queryType { name } } }' }), { 'content-type': 'application/json', ...headers });

  it('is refused to anonymous callers and partners', async () => {
    expect((await introspect()).json.data?.__schema).toBeUndefined();
    expect((await introspect(await system.authHeaders('partner'))).json.data?.__schema).toBeUndefined();
  });

  it('is answered to signed-in staff (the portal tooling)', async () => {
    const r = await introspect(await system.authHeaders('director'));
    expect(r.json.data?.__schema.queryType.name).toBe('Query');
  });
});
