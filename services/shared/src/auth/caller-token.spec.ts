import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { generateSigningKeys, signCaller, verifyCaller } from './caller-token.js';

// The caller token is signed with Node's crypto.sign rather than jose's SignJWT (it is on every
// request's path): it must stay the token subgraphs have always checked with jose.
describe('caller token', () => {
  const keys = generateSigningKeys();
  const caller = { kind: 'staff' as const, id: 'staff-1', name: '林敏', role: 'STAFF' };

  it('is a compact EdDSA JWS that jose verifies, bound to the request and living 60 s', async () => {
    const token = await signCaller(caller, 'req-1', keys.privateKey);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'EdDSA' });
    const { payload } = await jwtVerify(token, keys.publicKey, {
      issuer: 'careline-gateway',
      audience: 'careline-subgraphs',
      algorithms: ['EdDSA'],
    });
    expect(payload).toMatchObject({ caller, rid: 'req-1' });
    expect(payload.exp! - payload.iat!).toBe(60);
    expect(Math.abs(payload.iat! - Date.now() / 1000)).toBeLessThan(5);
    expect(await verifyCaller(token, 'req-1', keys.publicKey)).toEqual(caller);
  });

  it('is refused for another request, with another key, or with its claims changed', async () => {
    const token = await signCaller(caller, 'req-2', keys.privateKey);
    await expect(verifyCaller(token, 'req-3', keys.publicKey)).rejects.toThrow('another request');
    await expect(verifyCaller(token, 'req-2', generateSigningKeys().publicKey)).rejects.toThrow('not valid');
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(token), caller: { ...caller, role: 'DIRECTOR' } })).toString('base64url');
    await expect(verifyCaller(`${header}.${forged}.${signature}`, 'req-2', keys.publicKey)).rejects.toThrow('not valid');
  });

  // verifyCaller checks the token itself (Node's crypto.verify, not jose): jose's refusals still hold
  it('is refused expired, not yet valid, from another issuer or for another audience, unsigned, or with an unknown crit header', async () => {
    const jose = (claims: object, header: object = {}) =>
      new SignJWT({ caller, rid: 'req-4', ...claims }).setProtectedHeader({ alg: 'EdDSA', ...header }).sign(keys.privateKey);
    // jose will not sign a `crit` it does not know: signed here as a sender that knew one would
    const withCrit = (token: string) => {
      const input = `${Buffer.from(JSON.stringify({ alg: 'EdDSA', crit: ['x-careline'], 'x-careline': 1 })).toString('base64url')}.${token.split('.')[1]}`;
      return `${input}.${sign(null, Buffer.from(input), keys.privateKey).toString('base64url')}`;
    };
    const now = Math.floor(Date.now() / 1000);
    const valid = { iss: 'careline-gateway', aud: 'careline-subgraphs', iat: now, exp: now + 60 };
    expect(await verifyCaller(await jose(valid, { typ: 'JWT' }), 'req-4', keys.publicKey)).toEqual(caller);
    expect(await verifyCaller(await jose({ ...valid, aud: ['other', 'careline-subgraphs'] }), 'req-4', keys.publicKey)).toEqual(caller);
    for (const token of [
      await jose({ ...valid, exp: now - 1 }),
      await jose({ ...valid, exp: now }),
      await jose({ ...valid, exp: undefined }),
      await jose({ ...valid, nbf: now + 30 }),
      await jose({ ...valid, iss: 'someone-else' }),
      await jose({ ...valid, aud: 'careline-identity' }),
      await jose({ ...valid, iat: 'yesterday' }),
      withCrit(await jose(valid)),
      new UnsecuredJWT({ caller, rid: 'req-4', ...valid }).encode(),
      'not-a-token',
    ])
      await expect(verifyCaller(token, 'req-4', keys.publicKey)).rejects.toThrow('not valid');
    await expect(verifyCaller(undefined, 'req-4', keys.publicKey)).rejects.toThrow('through the gateway');
  });
});
