import { describe, expect, it } from 'vitest';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
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
});
