import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { jwtVerify } from 'jose';
import type { Caller } from '../context.js';

const ISSUER = 'careline-gateway';
const AUDIENCE = 'careline-subgraphs';
const HEADER = Buffer.from(JSON.stringify({ alg: 'EdDSA' })).toString('base64url');

/**
 * The gateway authenticates a request once and tells the subgraphs who is calling in a token only
 * it can sign (Ed25519; subgraphs hold the public key only). The token is bound to the request id
 * and lives for a minute, so one captured from a log cannot be replayed for long or for another
 * request.
 *
 * The gateway signs one per request, so this is on every request's path: a compact JWS (the same
 * token jose would make, which `verifyCaller` checks with jose) signed with Node's one-shot
 * `crypto.sign`, not jose's SignJWT, whose WebCrypto signing hops through the thread pool and was
 * ~5 % of the gateway's CPU per request (docs/edge.md).
 */
export async function signCaller(caller: Caller, requestId: string, privateKey: KeyObject): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims = { caller, rid: requestId, iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 60 };
  const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}`;
}

export class CallerTokenError extends Error {
  override name = 'CallerTokenError';
}

export async function verifyCaller(token: string | undefined, requestId: string | undefined, publicKey: KeyObject): Promise<Caller> {
  if (!token) throw new CallerTokenError('requests must come through the gateway');
  try {
    const { payload } = await jwtVerify(token, publicKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['EdDSA'] });
    if (payload.rid !== requestId) throw new CallerTokenError('the caller token belongs to another request');
    return payload.caller as Caller;
  } catch (error) {
    if (error instanceof CallerTokenError) throw error;
    throw new CallerTokenError('the caller token is not valid');
  }
}

export interface SigningKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  privatePem: string;
  publicPem: string;
}

export function generateSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey,
    publicKey,
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export const privateKeyFromPem = (pem: string): KeyObject => createPrivateKey(pem.replace(/\\n/g, '\n'));
export const publicKeyFromPem = (pem: string): KeyObject => createPublicKey(pem.replace(/\\n/g, '\n'));
