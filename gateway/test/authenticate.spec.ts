import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, calculateJwkThumbprint, exportJWK } from 'jose';
import pino from 'pino';
import { testSigningKeys } from '@careline/service-kit/testing';
import { createAuthenticator } from '../src/security/authenticate.js';
import { createRateLimiter, DEFAULT_RATE_LIMITS } from '../src/security/rate-limit.js';

// identity as the gateway sees it, on loopback: a JWKS whose key can be switched, and an
// /internal/authenticate that confirms any session and counts how often it is asked
let current: { privateKey: KeyObject; kid: string };
let jwksFetches = 0;
let confirmations = 0;
let server: http.Server;
let url: string;

async function newKey() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = await exportJWK(publicKey);
  return { privateKey, jwk: { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'EdDSA' } };
}
let served: object[] = [];

const tokenFor = (sessionId: string) =>
  new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: 'EdDSA', kid: current.kid })
    .setIssuer('careline-identity')
    .setAudience('careline')
    .setSubject('staff-1')
    .setIssuedAt()
    .setExpirationTime('15m')
    .sign(current.privateKey);

async function rotate() {
  const key = await newKey();
  current = { privateKey: key.privateKey, kid: key.jwk.kid };
  served = [key.jwk];
}

beforeAll(async () => {
  await rotate();
  server = http.createServer((req, res) => {
    if (req.url === '/internal/jwks') {
      jwksFetches++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: served }));
      return;
    }
    confirmations++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        caller: { kind: 'staff', id: 'staff-1', name: '林敏', role: 'STAFF', department: 'CUSTOMER_SERVICE', sessionId: 's' },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('staff tokens verified at the gateway', () => {
  it('accepts tokens signed with a key identity started using, without a restart', async () => {
    const authenticator = createAuthenticator({
      identityGraphqlUrl: url,
      signingKey: testSigningKeys.privateKey,
      timeoutMs: 1000,
      rateLimiter: await createRateLimiter(DEFAULT_RATE_LIMITS),
      log: pino({ level: 'silent' }),
    });
    const ask = async (token: string) =>
      authenticator.authenticate(new Headers({ authorization: `Bearer ${token}` }), '127.0.0.1', 'req-1');
    expect((await ask(await tokenFor('session-a'))).id).toBe('staff-1');
    const before = jwksFetches;
    await new Promise((resolve) => setTimeout(resolve, 5_100)); // an unknown key id refetches at most every 5 s
    await rotate();
    expect((await ask(await tokenFor('session-b'))).id).toBe('staff-1');
    expect(jwksFetches).toBe(before + 1);
  });

  it('asks identity once per session however many requests, and refuses a token signed by anyone else', async () => {
    const authenticator = createAuthenticator({
      identityGraphqlUrl: url,
      signingKey: testSigningKeys.privateKey,
      timeoutMs: 1000,
      rateLimiter: await createRateLimiter(DEFAULT_RATE_LIMITS),
      log: pino({ level: 'silent' }),
    });
    const token = await tokenFor('session-c');
    const before = confirmations;
    for (let i = 0; i < 20; i++) await authenticator.authenticate(new Headers({ authorization: `Bearer ${token}` }), '127.0.0.1', `r${i}`);
    expect(confirmations - before).toBe(1);
    const forged = await new SignJWT({ sid: 'session-c' })
      .setProtectedHeader({ alg: 'EdDSA', kid: current.kid })
      .setIssuer('careline-identity')
      .setAudience('careline')
      .setSubject('staff-1')
      .setExpirationTime('15m')
      .sign(generateKeyPairSync('ed25519').privateKey);
    await expect(authenticator.authenticate(new Headers({ authorization: `Bearer ${forged}` }), '127.0.0.1', 'x')).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
