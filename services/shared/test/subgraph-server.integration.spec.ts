import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Query, Resolver } from 'type-graphql';
import { createLogger } from '../src/logger.js';
import { createOrm } from '../src/orm.js';
import { buildFederatedSchema } from '../src/federation/build-federated-schema.js';
import { startSubgraphServer } from '../src/http/subgraph-server.js';
import { createTestDatabase, gatewayHeaders, testCallers, testSigningKeys, type TestDatabase } from '../src/testing/index.js';
import { RequestAudit } from '../src/auth/request-audit.js';
import type { MikroORM } from '@mikro-orm/postgresql';

@Resolver()
class SlowResolver {
  @Query(() => String)
  async slow(): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, 400));
    return 'finished';
  }
}

describe('a subgraph server', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await createOrm({ schema: 'kit', clientUrl: db.url, entities: [], migrations: [] });
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  async function start() {
    const schema = await buildFederatedSchema({ resolvers: [SlowResolver] });
    return startSubgraphServer({
      name: 'kit',
      schema,
      orm,
      log: createLogger('kit', 'silent'),
      host: '127.0.0.1',
      port: 0,
      createContext: (scope) => ({
        ...scope,
        em: orm.em.fork(),
        loaders: {},
        bus: undefined as never,
        audit: new RequestAudit('kit', scope.caller, scope.requestId, undefined, undefined),
      }),
      gatewayPublicKey: testSigningKeys.publicKey,
    });
  }

  it('answers /health and /ready (database reachable)', async () => {
    const server = await start();
    const base = server.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/health`)).json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: true });
    await server.stop();
  });

  it('lets an in-flight request finish when it is stopped, then refuses new connections', async () => {
    const server = await start();
    const inFlight = fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await gatewayHeaders()) },
      body: JSON.stringify({ query: '{ slow }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = server.stop();
    const response = await inFlight;
    expect(await response.json()).toEqual({ data: { slow: 'finished' } });
    await stopped;
    await expect(
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ slow }"}' }),
    ).rejects.toThrow();
  });

  it('refuses a batched (array) body', async () => {
    const server = await start();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await gatewayHeaders()) },
      body: JSON.stringify([{ query: '{ slow }' }, { query: '{ slow }' }]),
    });
    expect(response.status).toBe(400);
    await server.stop();
  });

  it('refuses a request without the gateway signature, one signed by another key, and one replayed for another request', async () => {
    const server = await start();
    const post = (headers: Record<string, string>) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ slow }' }),
      });
    const unsigned = await post({});
    expect(unsigned.status).toBe(401);
    expect((await unsigned.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const { generateSigningKeys } = await import('../src/auth/caller-token.js');
    const forged = await post(await gatewayHeaders(testCallers.system, generateSigningKeys()));
    expect(forged.status).toBe(401);
    const genuine = await gatewayHeaders();
    const replayed = await post({ ...genuine, 'x-request-id': 'another-request' });
    expect(replayed.status).toBe(401);
    expect((await post(genuine)).status).toBe(200);
    await server.stop();
  });

  it('fails the request, without its data, when the audit entry of a personal-data read cannot be written', async () => {
    const schema = await buildFederatedSchema({ resolvers: [SlowResolver] });
    const failingBus = { publishAll: async () => Promise.reject(new Error('audit store down')) } as never;
    const server = await startSubgraphServer({
      name: 'kit',
      schema,
      orm,
      log: createLogger('kit', 'silent'),
      host: '127.0.0.1',
      port: 0,
      createContext: (scope) => {
        const audit = new RequestAudit('kit', scope.caller, scope.requestId, failingBus, orm);
        audit.readPersonal('query slow', 'Customer', 'c1', 'phone');
        return { ...scope, em: orm.em.fork(), loaders: {}, bus: failingBus, audit };
      },
      gatewayPublicKey: testSigningKeys.publicKey,
    });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await gatewayHeaders()) },
      body: JSON.stringify({ query: '{ slow }' }),
    });
    const body = await response.json();
    expect(response.status).toBe(500);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toContain('finished');
    await server.stop();
  });
});
