import type { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Caller, Logger } from '@careline/service-kit';
import { AccessTokenError, type AccessTokens } from './access-token.js';
import { sha256 } from './secrets.js';

export type Authentication = { caller: Caller } | { code: string; reason: string };

const API_KEY = /^clk_[A-Za-z0-9_-]{20,100}$/;
const LAST_USED_RESOLUTION = `interval '1 minute'`;

/**
 * The gateway's question "who is this?", answered for a staff access token or a partner API key.
 * Each answer is one indexed query (no argon2 here: tokens are signed, keys are random and
 * sha256-hashed). Refusals carry a machine `code` and a `reason` the gateway shows to the client.
 */
export class Authenticator {
  constructor(
    private readonly orm: MikroORM,
    private readonly tokens: () => AccessTokens,
  ) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.orm.em.getConnection().execute<T[]>(sql, params);
  }

  async accessToken(token: string): Promise<Authentication> {
    let claims;
    try {
      claims = await this.tokens().verify(token);
    } catch (error) {
      if (error instanceof AccessTokenError) return { code: error.code, reason: error.message };
      throw error;
    }
    const [row] = await this.query<{ id: string; name: string; role: string; department_code: string; active: boolean; ended: boolean }>(
      `select st.id, st.name, st.role, st.department_code, st.active, (s.revoked_at is not null or s.expires_at <= now()) as ended
         from "identity"."session" s join "identity"."staff" st on st.id = s.staff_id
        where s.id = ?`,
      [claims.sessionId],
    );
    if (!row || row.id !== claims.staffId || row.ended) return { code: 'SESSION_ENDED', reason: 'the session has ended; sign in again' };
    if (!row.active) return { code: 'ACCOUNT_INACTIVE', reason: 'this account is deactivated' };
    return {
      caller: { kind: 'staff', id: row.id, name: row.name, role: row.role, department: row.department_code, sessionId: claims.sessionId },
    };
  }

  async apiKey(secret: string): Promise<Authentication> {
    const invalid = { code: 'API_KEY_INVALID', reason: 'the API key is not valid' };
    if (!API_KEY.test(secret)) return invalid;
    const [row] = await this.query<{
      id: string;
      scopes: string[];
      revoked: boolean;
      expired: boolean;
      stale: boolean;
      partner_name: string;
      key_account_id: string;
      partner_active: boolean;
    }>(
      `select k.id, k.scopes, k.revoked_at is not null as revoked, coalesce(k.expires_at <= now(), false) as expired,
              (k.last_used_at is null or k.last_used_at < now() - ${LAST_USED_RESOLUTION}) as stale,
              p.name as partner_name, p.key_account_id, p.active as partner_active
         from "identity"."api_key" k join "identity"."partner_organisation" p on p.id = k.partner_id
        where k.secret_hash = ?`,
      [sha256(secret)],
    );
    if (!row) return invalid;
    if (row.revoked) return { code: 'API_KEY_REVOKED', reason: 'the API key has been revoked' };
    if (row.expired) return { code: 'API_KEY_EXPIRED', reason: 'the API key has expired' };
    if (!row.partner_active) return { code: 'PARTNER_INACTIVE', reason: 'the partner organisation is deactivated' };
    // at most one write a minute per key, however busy it is
    if (row.stale) {
      await this.query(
        `update "identity"."api_key" set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - ${LAST_USED_RESOLUTION})`,
        [row.id],
      );
    }
    return { caller: { kind: 'partner', id: row.id, name: row.partner_name, partnerId: row.key_account_id, scopes: row.scopes } };
  }
}

/**
 * `GET /internal/jwks`: the public keys staff access tokens are signed with (a JSON Web Key Set).
 * The gateway verifies tokens with them; a new key id makes it fetch the set again, so identity can
 * start signing with a new key without the gateway restarting.
 *
 * `POST /internal/authenticate` (the kit lets only a gateway-signed `system` caller in):
 * `{ "accessToken": "…" }` or `{ "apiKey": "…" }` → 200 `{ caller }`, 401 `{ code, reason }`,
 * 400 `{ code: "BAD_REQUEST", reason }` for a body with neither.
 */
export function authenticateRoute(authenticator: Authenticator, tokens: () => AccessTokens, log: Logger) {
  return (router: Router) => {
    router.get('/jwks', async (_req, res) => {
      res.setHeader('cache-control', 'max-age=60');
      res.json({ keys: [await tokens().publicJwk()] });
    });
    router.post('/authenticate', async (req, res) => {
      res.setHeader('cache-control', 'no-store');
      const body = (req.body ?? {}) as { accessToken?: unknown; apiKey?: unknown };
      try {
        let result: Authentication;
        if (typeof body.accessToken === 'string' && body.accessToken) result = await authenticator.accessToken(body.accessToken);
        else if (typeof body.apiKey === 'string' && body.apiKey) result = await authenticator.apiKey(body.apiKey);
        else {
          res.status(400).json({ code: 'BAD_REQUEST', reason: 'send { "accessToken": "…" } or { "apiKey": "…" }' });
          return;
        }
        if ('caller' in result) res.json({ caller: result.caller });
        else res.status(401).json(result);
      } catch (error) {
        log.error({ err: error }, 'authentication failed unexpectedly');
        res.status(500).json({ code: 'INTERNAL', reason: 'authentication is unavailable right now' });
      }
    });
  };
}
