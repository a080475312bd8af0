import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
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

const decode = (part: string): Record<string, unknown> => {
  const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CallerTokenError('the caller token is not valid');
  return value as Record<string, unknown>;
};

/**
 * Checks a caller token as jose's `jwtVerify(token, key, { issuer, audience, algorithms: ['EdDSA'] })`
 * did (the signature, the algorithm, no `crit` or unencoded payload, issuer, audience, `exp`, `nbf`,
 * `iat`) and that it belongs to this request. Every subgraph request runs it, so it is Node's
 * one-shot `crypto.verify`: jose verifies through WebCrypto, which hops through the thread pool for
 * every token (the same reason `signCaller` does not use jose).
 */
export async function verifyCaller(token: string | undefined, requestId: string | undefined, publicKey: KeyObject): Promise<Caller> {
  if (!token) throw new CallerTokenError('requests must come through the gateway');
  let payload: Record<string, unknown>;
  try {
    const parts = token.split('.');
    if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) throw new Error('not a compact JWS');
    const [header, body, signature] = parts as [string, string, string];
    const protectedHeader = decode(header);
    if (protectedHeader.alg !== 'EdDSA' || 'crit' in protectedHeader || 'b64' in protectedHeader) throw new Error('not EdDSA');
    if (!verify(null, Buffer.from(`${header}.${body}`), publicKey, Buffer.from(signature, 'base64url'))) throw new Error('bad signature');
    payload = decode(body);
    const now = Math.floor(Date.now() / 1000);
    const audience = payload.aud;
    if (payload.iss !== ISSUER) throw new Error('issuer');
    if (!(audience === AUDIENCE || (Array.isArray(audience) && audience.includes(AUDIENCE)))) throw new Error('audience');
    // jose's rules: expired once now >= exp; not before nbf; iat, when given, a number
    if (typeof payload.exp !== 'number' || now >= payload.exp) throw new Error('expired');
    if (payload.nbf !== undefined && (typeof payload.nbf !== 'number' || payload.nbf > now)) throw new Error('not yet valid');
    if (payload.iat !== undefined && typeof payload.iat !== 'number') throw new Error('iat');
  } catch {
    throw new CallerTokenError('the caller token is not valid');
  }
  if (payload.rid !== requestId) throw new CallerTokenError('the caller token belongs to another request');
  return payload.caller as Caller;
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
