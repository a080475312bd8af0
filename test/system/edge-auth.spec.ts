import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { eventually, testSigningKeys } from '@careline/service-kit/testing';
import { startGateway, SUPERGRAPH_FILE, type GatewayOptions, type RunningGateway } from '@careline/gateway';
import { DEMO_PARTNER_KEY_ACCOUNT, DEMO_PASSWORD, startSystem, type RunningSystem } from '../support/system.js';

// Authentication, abuse limits and operations at the edge, with several gateway replicas in front
// of one system (one database: shared rate-limit counters and identity's revocation announcements).
let system: RunningSystem;
const extra: RunningGateway[] = [];
const logLines: Record<string, unknown>[] = [];

async function replica(options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  const gateway = await startGateway({
    supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(system.services).map(([name, s]) => [name, s.url])),
    port: 0,
    log: pino({ level: 'silent' }),
    signingKey: testSigningKeys.privateKey,
    databaseUrl: system.databaseUrl,
    ...options,
  });
  extra.push(gateway);
  return gateway;
}

async function ask(url: string, query: string, headers: Record<string, string> = {}, variables?: object) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: any[] };
  return { ...body, status: response.status, headers: response.headers };
}

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';
const signIn = async (url: string, username: string) => {
  const r = await ask(url, LOGIN, {}, { u: username, p: DEMO_PASSWORD });
  return { authorization: `Bearer ${r.data.login.accessToken}` };
};

beforeAll(async () => {
  system = await startSystem({ production: true });
});
afterAll(async () => {
  for (const gateway of extra) await gateway.stop();
  await system?.stop();
});

describe('sign-out and revocation reach every replica at once', () => {
  it('refuses a signed-out session at another replica long before its cache would expire', async () => {
    // replica B keeps a confirmed session a minute: only identity's announcement can end it sooner
    const b = await replica({ authCache: { sessionTtlMs: 60_000 } });
    const headers = await signIn(system.gatewayUrl, 'finance');
    expect((await ask(b.url, '{ me { username } }', headers)).data?.me.username).toBe('finance');
    expect((await ask(system.gatewayUrl, 'mutation { logout }', headers)).data?.logout).toBe(true);
    const after = await eventually(async () => {
      const r = await ask(b.url, '{ me { username } }', headers);
      return r.errors?.[0].extensions.code === 'UNAUTHENTICATED' ? r : undefined;
    });
    expect(after.status).toBe(401);
  });

  it('refuses a revoked API key at another replica long before its cache would expire', async () => {
    const b = await replica({ authCache: { apiKeyTtlMs: 60_000 } });
    const partners = await system.as('director', '{ partnerOrganisations(first: 10) { nodes { id keyAccountId } } }');
    const partnerId = partners.data.partnerOrganisations.nodes.find(
      (p: { keyAccountId: string }) => p.keyAccountId === DEMO_PARTNER_KEY_ACCOUNT,
    ).id;
    const created = await system.as(
      'director',
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }',
      { input: { partnerId, name: 'revocation test', scopes: ['roster:read'] } },
    );
    const { secret, apiKey } = created.data.createApiKey as { apiKey: { id: string }; secret: string };
    const keyHeaders = { 'x-api-key': secret };
    expect((await ask(b.url, '{ __typename }', keyHeaders)).status).toBe(200);
    await system.as('director', `mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: apiKey.id });
    const after = await eventually(async () => {
      const r = await ask(b.url, '{ __typename }', keyHeaders);
      return r.status === 401 ? r : undefined;
    });
    expect(after.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('abuse limits', () => {
  it('limits unknown API keys per key prefix (429 before identity is asked again)', async () => {
    const gateway = await replica({ rateLimits: { failuresPerKey: 3, failuresPerIp: 1000 } });
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await ask(gateway.url, '{ __typename }', { 'x-api-key': `clk_guessAAA${String(i).padStart(20, 'x')}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // another prefix is not affected
    expect((await ask(gateway.url, '{ __typename }', { 'x-api-key': `clk_otherBBB${'y'.repeat(20)}` })).status).toBe(401);
  });

  it('limits failed credentials per address across prefixes', async () => {
    // counters in this replica's memory: the shared ones already hold this address's earlier failures
    const gateway = await replica({ rateLimits: { failuresPerKey: 1000, failuresPerIp: 3 }, databaseUrl: undefined });
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await ask(gateway.url, '{ __typename }', { 'x-api-key': `clk_${i}${'z'.repeat(30)}` })).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('limits refused provider callbacks per address (429 before crm is asked again)', async () => {
    const gateway = await replica({ rateLimits: { failuresPerKey: 1000, failuresPerIp: 3 }, databaseUrl: undefined });
    const hook = gateway.url.replace(/\/graphql$/, '/hooks/message-provider');
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const response = await fetch(hook, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-careline-timestamp': String(Math.floor(Date.now() / 1000)),
          'x-careline-signature': 'ab'.repeat(32),
        },
        body: JSON.stringify({ messageId: `forged-${i}`, reply: 'CONFIRM' }),
      });
      statuses.push(`${response.status} ${((await response.json()) as { code: string }).code}`);
    }
    // this system's crm expects no provider callbacks (no callback secret): it refuses them with 404
    expect(statuses).toEqual(['404 NOT_FOUND', '404 NOT_FOUND', '404 NOT_FOUND', '429 RATE_LIMITED', '429 RATE_LIMITED']);
  });

  it('limits failed sign-ins per username, even with the right password afterwards', async () => {
    const gateway = await replica({ rateLimits: { failuresPerKey: 3, failuresPerIp: 1000 } });
    const codes = [];
    for (let i = 0; i < 4; i++) {
      const r = await ask(gateway.url, LOGIN, {}, { u: 'auditor', p: 'wrong-password' });
      codes.push(r.errors?.[0].extensions.code);
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    const right = await ask(gateway.url, LOGIN, {}, { u: 'auditor', p: DEMO_PASSWORD });
    expect(right.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    // another username from the same address still signs in
    expect((await ask(gateway.url, LOGIN, {}, { u: 'cs.staff', p: DEMO_PASSWORD })).data?.login.accessToken).toBeTruthy();
  });

  it('believes X-Forwarded-For only from a configured proxy', async () => {
    // counters in each replica's memory, so the loopback address starts with a fresh budget
    const direct = await replica({ rateLimits: { perAnonymousIp: 2 }, databaseUrl: undefined });
    const behindProxy = await replica({ rateLimits: { perAnonymousIp: 2 }, trustedProxies: ['127.0.0.1'], databaseUrl: undefined });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    // without a trusted proxy every request is the loopback client's, whatever it claims
    const directStatuses = [];
    for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      directStatuses.push((await ask(direct.url, '{ __typename }', from(address))).status);
    }
    expect(directStatuses).toEqual([200, 200, 429]);
    // behind the configured proxy each forwarded client has its own budget
    const proxiedStatuses = [];
    for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      proxiedStatuses.push((await ask(behindProxy.url, '{ __typename }', from(address))).status);
    }
    expect(proxiedStatuses).toEqual([200, 200, 200]);
  });

  it('shares rate-limit counters between replicas (PostgreSQL store)', async () => {
    const a = await replica({ rateLimits: { perStaff: 3 } });
    const b = await replica({ rateLimits: { perStaff: 3 } });
    const headers = await signIn(system.gatewayUrl, 'member.admin');
    const statuses = [];
    for (const gateway of [a, b, a, b]) statuses.push((await ask(gateway.url, '{ me { username } }', headers)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('operations at the edge', () => {
  it('passes the caller’s x-request-id on and writes one log line for the request', async () => {
    const gateway = await replica({
      log: pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) }),
    });
    const headers = { ...(await system.authHeaders('director')), 'x-request-id': 'partner-req-0001' };
    // the subgraph accepts the caller token only when its request id is the one in the header
    const r = await ask(gateway.url, 'query CustomerCount { customers { totalCount } }', headers);
    expect(r.errors).toBeUndefined();
    expect(r.headers.get('x-request-id')).toBe('partner-req-0001');
    const lines = logLines.filter((l) => l.msg === 'request' && l.requestId === 'partner-req-0001');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ operationName: 'CustomerCount', callerKind: 'staff', status: 200, subgraphs: ['crm'] });
    expect(typeof lines[0]!.durationMs).toBe('number');
  });

  it('reports /ready: the supergraph loaded and every subgraph ready', async () => {
    const ready = await fetch(system.gatewayUrl.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      supergraph: 'loaded',
      subgraphs: { identity: 'ready', members: 'ready', crm: 'ready', analytics: 'ready' },
    });
  });
});

describe('identity stopped', () => {
  it('lets signed-in staff and a known partner keep reading for 10 s while identity is down', async () => {
    const staff = await system.authHeaders('cs.admin');
    const partner = await system.authHeaders('partner');
    expect((await system.graphql('{ customers { totalCount } }', {}, staff)).status).toBe(200);
    expect((await system.graphql('{ __typename }', {}, partner)).status).toBe(200);
    await system.stopService('identity');
    const results = [];
    // past the 5 s within which a session is confirmed again: identity cannot answer, the last answer holds
    for (let second = 0; second < 10; second++) {
      const r = await system.graphql('{ customers { totalCount } }', {}, staff);
      results.push(r.errors ? r.errors[0].extensions.code : r.status);
      results.push((await system.graphql('{ __typename }', {}, partner)).status);
      await sleep(1000);
    }
    expect(results).toEqual(Array(20).fill(200));
    const ready = await fetch(system.gatewayUrl.replace('/graphql', '/ready'));
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as any).subgraphs.identity).toBe('unavailable');
  });
});
