import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { Caller } from '../context.js';

const ISSUER = 'careline-gateway';
const AUDIENCE = 'careline-subgraphs';

/**
 * The gateway authenticates a request once and tells the subgraphs who is calling in a token only
 * it can sign (Ed25519; subgraphs hold the public key only). The token is bound to the request id
 * and lives for a minute, so one captured from a log cannot be replayed for long or for another
 * request.
 */
export async function signCaller(caller: Caller, requestId: string, privateKey: KeyObject): Promise<string> {
  return new SignJWT({ caller, rid: requestId })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(privateKey);
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
