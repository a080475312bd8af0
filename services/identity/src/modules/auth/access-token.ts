import { createPublicKey, type KeyObject } from 'node:crypto';
import { SignJWT, calculateJwkThumbprint, errors, exportJWK, jwtVerify, type JWK } from 'jose';

const ISSUER = 'careline-identity';
const AUDIENCE = 'careline';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export class AccessTokenError extends Error {
  override name = 'AccessTokenError';
  constructor(
    readonly code: 'ACCESS_TOKEN_EXPIRED' | 'ACCESS_TOKEN_INVALID',
    message: string,
  ) {
    super(message);
  }
}

export interface AccessClaims {
  staffId: string;
  sessionId: string;
}

/**
 * Staff access tokens: JWTs signed with identity's own Ed25519 key (EdDSA), 15 minutes, `sub` the
 * staff id and `sid` the session, `kid` the key's JWK thumbprint. The gateway verifies them with
 * the public keys identity serves as a JWKS (`GET /internal/jwks`) and confirms the session with
 * identity at most every few seconds (see gateway/src/security/authenticate.ts).
 */
export class AccessTokens {
  private readonly publicKey: KeyObject;
  private jwk?: Promise<JWK & { kid: string }>;

  constructor(private readonly privateKey: KeyObject) {
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('access tokens need an Ed25519 private key');
    this.publicKey = createPublicKey(privateKey);
  }

  async issue(claims: AccessClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + ACCESS_TOKEN_TTL_SECONDS) * 1000);
    const { kid } = await this.publicJwk();
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(claims.staffId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
      .sign(this.privateKey);
    return { token, expiresAt };
  }

  /** The public key as a JWK (kid = its RFC 7638 thumbprint), what the JWKS serves. */
  publicJwk(): Promise<JWK & { kid: string }> {
    return (this.jwk ??= exportJWK(this.publicKey).then(async (jwk) => ({
      ...jwk,
      kid: await calculateJwkThumbprint(jwk),
      alg: 'EdDSA',
      use: 'sig',
    })));
  }

  async verify(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['EdDSA'] });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string')
        throw new AccessTokenError('ACCESS_TOKEN_INVALID', 'the access token is not valid');
      return { staffId: payload.sub, sessionId: payload.sid };
    } catch (error) {
      if (error instanceof AccessTokenError) throw error;
      if (error instanceof errors.JWTExpired)
        throw new AccessTokenError('ACCESS_TOKEN_EXPIRED', 'the access token has expired; refresh the session');
      throw new AccessTokenError('ACCESS_TOKEN_INVALID', 'the access token is not valid');
    }
  }
}
