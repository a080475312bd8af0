import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, gatewayHeaders, testCallers } from '@careline/service-kit/testing';
import { generateSigningKeys, type Caller } from '@careline/service-kit';
import { AccessTokens } from '../src/modules/auth/access-token.js';
import { authenticate, createAccount, login, PASSWORD, sql, startIdentity, type IdentityTest } from './support.js';

const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken expiresAt staff { id } } }`;
const AUDIT = `query ($filter: AuditLogFilter) { auditLog(filter: $filter, first: 100) { totalCount nodes { operation outcome reason actorId actorKind targetIds } } }`;

describe('staff sign-in', () => {
  let t: IdentityTest;
  const request: IdentityTest['identity']['request'] = (...args) => t.identity.request(...args);
  const failures = async (id: string) =>
    (
      await sql<{ failed_logins: number; locked_until: Date | null }>(
        t.identity,
        `select failed_logins, locked_until from "identity"."staff" where id = ?`,
        [id],
      )
    )[0]!;
  /** the caller the gateway forwards after identity authenticated the token */
  const callerFor = async (accessToken: string): Promise<Caller> => {
    const { status, body } = await authenticate(t.identity, { accessToken });
    expect(status).toBe(200);
    return body.caller;
  };
  const auditOf = async (staffId: string) => {
    const { data } = await request(AUDIT, { filter: { operation: 'mutation login' } }, undefined, testCallers.auditor);
    return (data.auditLog.nodes as { targetIds: string[]; reason: string | null; outcome: string; actorId: string | null }[]).filter((n) =>
      n.targetIds.includes(staffId),
    );
  };

  beforeAll(async () => {
    t = await startIdentity();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('signs in with the right password: an EdDSA access token for 15 minutes and a refresh token for 7 days', async () => {
    const account = await createAccount(t.identity, { username: 'sign.in', role: 'DEPT_ADMIN' });
    const before = Date.now();
    const { data, errors } = await login(t.identity, ' Sign.In ', PASSWORD);
    expect(errors).toBeUndefined();
    const payload = data.login;
    expect(payload.staff).toEqual({ id: account.id, username: 'sign.in', role: 'DEPT_ADMIN', department: { code: 'CUSTOMER_SERVICE' } });
    const [header, claims] = payload.accessToken
      .split('.')
      .slice(0, 2)
      .map((part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header.alg).toBe('EdDSA');
    expect(claims.sub).toBe(account.id);
    expect(claims.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims.exp - claims.iat).toBe(15 * 60);
    expect(new Date(payload.expiresAt).getTime()).toBe(claims.exp * 1000);
    expect(Buffer.from(payload.refreshToken, 'base64url')).toHaveLength(32);
    expect(new Date(payload.refreshExpiresAt).getTime() - before).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    const [session] = await sql(t.identity, `select staff_id, refresh_token_hash, revoked_at from "identity"."session" where id = ?`, [
      claims.sid,
    ]);
    expect(session).toMatchObject({ staff_id: account.id, revoked_at: null });
    // the refresh token itself is not stored, only its sha256
    expect(session.refresh_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(session)).not.toContain(payload.refreshToken);
  });

  it('answers a wrong password and an unknown username with the same UNAUTHENTICATED error', async () => {
    const account = await createAccount(t.identity);
    const wrong = await login(t.identity, account.username, 'not the password');
    const unknown = await login(t.identity, 'nobody.here', PASSWORD);
    expect(wrong.data).toBeNull();
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
    expect(wrong.errors?.[0].message).toBe('username or password is wrong');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
  });

  it('records sign-ins, failed ones included, in the audit log; the successful one with the staff member as the actor', async () => {
    const account = await createAccount(t.identity);
    await login(t.identity, account.username, 'not the password');
    await login(t.identity, account.username, PASSWORD);
    const entries = await eventually(async () => {
      const found = await auditOf(account.id);
      return found.length >= 2 ? found : undefined;
    });
    expect(entries.map((e) => [e.outcome, e.reason, e.actorId])).toEqual([
      ['SUCCESS', null, account.id],
      ['FAILED', 'WRONG_PASSWORD: 1 in a row', null],
    ]);
  });

  it('locks the account after 5 wrong passwords in a row for 15 minutes, refusing even the right password, and says until when', async () => {
    const account = await createAccount(t.identity);
    for (let i = 1; i <= 4; i++) {
      const { errors } = await login(t.identity, account.username, `wrong ${i}`);
      expect(errors?.[0].extensions.reason).toBe('WRONG_CREDENTIALS');
    }
    const fifth = await login(t.identity, account.username, 'wrong 5');
    expect(fifth.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });
    const lockedUntil = new Date(fifth.errors?.[0].extensions.lockedUntil).getTime();
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    const right = await login(t.identity, account.username, PASSWORD);
    expect(right.data).toBeNull();
    expect(right.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });
    expect(await sql(t.identity, `select count(*)::int as n from "identity"."session" where staff_id = ?`, [account.id])).toEqual([
      { n: 0 },
    ]);

    const reasons = await eventually(async () => {
      const found = (await auditOf(account.id)).map((e) => e.reason ?? '');
      // audit entries arrive through the bus in no fixed order: wait for both kinds
      return found.some((r) => r.startsWith('REFUSED_WHILE_LOCKED')) && found.some((r) => r.startsWith('ACCOUNT_LOCKED'))
        ? found
        : undefined;
    });
    expect(reasons.filter((r) => r.startsWith('ACCOUNT_LOCKED'))).toHaveLength(1);
  });

  it('lets the person in once the lock has run out, and a success resets the count', async () => {
    const account = await createAccount(t.identity);
    for (let i = 0; i < 5; i++) await login(t.identity, account.username, 'wrong');
    await sql(t.identity, `update "identity"."staff" set locked_until = now() - interval '1 second' where id = ?`, [account.id]);
    const { errors } = await login(t.identity, account.username, PASSWORD);
    expect(errors).toBeUndefined();
    expect(await failures(account.id)).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('starts counting again after a lock runs out: one wrong password then is the first, not the sixth', async () => {
    const account = await createAccount(t.identity);
    for (let i = 0; i < 5; i++) await login(t.identity, account.username, 'wrong');
    await sql(t.identity, `update "identity"."staff" set locked_until = now() - interval '1 second' where id = ?`, [account.id]);
    const { errors } = await login(t.identity, account.username, 'wrong again');
    expect(errors?.[0].extensions.reason).toBe('WRONG_CREDENTIALS');
    expect(await failures(account.id)).toEqual({ failed_logins: 1, locked_until: null });
  });

  it('resets the count on success: 4 wrong, 1 right, 4 wrong does not lock', async () => {
    const account = await createAccount(t.identity);
    for (let i = 0; i < 4; i++) await login(t.identity, account.username, 'wrong');
    expect((await login(t.identity, account.username, PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < 4; i++) await login(t.identity, account.username, 'wrong');
    expect(await failures(account.id)).toEqual({ failed_logins: 4, locked_until: null });
  });

  it('counts all of 10 concurrent wrong passwords and locks exactly once', async () => {
    const account = await createAccount(t.identity);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => login(t.identity, account.username, `concurrent wrong ${i}`)));
    expect(results.every((r) => r.errors?.[0].extensions.code === 'UNAUTHENTICATED')).toBe(true);
    const locked = results.filter((r) => r.errors?.[0].extensions.reason === 'ACCOUNT_LOCKED');
    expect(locked).toHaveLength(6);
    expect(new Set(locked.map((r) => r.errors?.[0].extensions.lockedUntil)).size).toBe(1);
    const row = await failures(account.id);
    expect(row.failed_logins).toBe(10);
    expect(new Date(row.locked_until!).toISOString()).toBe(locked[0]!.errors?.[0].extensions.lockedUntil);
    const reasons = await eventually(async () => {
      const found = (await auditOf(account.id)).map((e) => e.reason ?? '');
      return found.length >= 11 ? found : undefined;
    });
    expect(reasons.filter((r) => r.startsWith('ACCOUNT_LOCKED'))).toHaveLength(1);
    expect(reasons).toHaveLength(11);
  });

  it('refuses a deactivated account even with the right password', async () => {
    const account = await createAccount(t.identity);
    await request(
      `mutation ($id: ID!) { setStaffActive(id: $id, active: false) { id } }`,
      { id: account.id },
      undefined,
      testCallers.director,
    );
    const { errors } = await login(t.identity, account.username, PASSWORD);
    expect(errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_INACTIVE' });
  });

  it('rotates the refresh token: the new one works, the old one used again ends the whole session', async () => {
    const account = await createAccount(t.identity);
    const first = (await login(t.identity, account.username, PASSWORD)).data.login;
    const second = await request(REFRESH, { token: first.refreshToken }, undefined, testCallers.anonymous);
    expect(second.errors).toBeUndefined();
    expect(second.data.refreshSession.staff.id).toBe(account.id);
    expect(second.data.refreshSession.refreshToken).not.toBe(first.refreshToken);
    const newCaller = await callerFor(second.data.refreshSession.accessToken);
    expect(newCaller).toMatchObject({ kind: 'staff', id: account.id });

    const third = await request(REFRESH, { token: second.data.refreshSession.refreshToken }, undefined, testCallers.anonymous);
    expect(third.errors).toBeUndefined();

    // the first token again: someone copied it; the session ends, for its current tokens too
    const reuse = await request(REFRESH, { token: first.refreshToken }, undefined, testCallers.anonymous);
    expect(reuse.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    const current = await request(REFRESH, { token: third.data.refreshSession.refreshToken }, undefined, testCallers.anonymous);
    expect(current.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    const access = await authenticate(t.identity, { accessToken: third.data.refreshSession.accessToken });
    expect(access).toMatchObject({ status: 401, body: { code: 'SESSION_ENDED' } });
    const [session] = await sql(t.identity, `select revoked_reason from "identity"."session" where staff_id = ?`, [account.id]);
    expect(session.revoked_reason).toBe('REFRESH_TOKEN_REUSED');
  });

  it('lets only one of two concurrent exchanges of one refresh token win, and ends the session for the other', async () => {
    const account = await createAccount(t.identity);
    const { refreshToken } = (await login(t.identity, account.username, PASSWORD)).data.login;
    const results = await Promise.all([1, 2].map(() => request(REFRESH, { token: refreshToken }, undefined, testCallers.anonymous)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions.reason).toBe('REFRESH_TOKEN_REUSED');
  });

  it('refuses a refresh token it never issued, and one past its session’s 7 days', async () => {
    const unknown = await request(REFRESH, { token: 'made-up-token' }, undefined, testCallers.anonymous);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    const account = await createAccount(t.identity);
    const { refreshToken } = (await login(t.identity, account.username, PASSWORD)).data.login;
    await sql(t.identity, `update "identity"."session" set expires_at = now() - interval '1 second' where staff_id = ?`, [account.id]);
    const expired = await request(REFRESH, { token: refreshToken }, undefined, testCallers.anonymous);
    expect(expired.errors?.[0].extensions.reason).toBe('SESSION_ENDED');
  });

  it('answers me with the signed-in staff member, and refuses me to callers who are not staff', async () => {
    const account = await createAccount(t.identity, { name: '我自己' });
    const caller = await callerFor((await login(t.identity, account.username, PASSWORD)).data.login.accessToken);
    const me = await request(`{ me { id name username } }`, {}, undefined, caller);
    expect(me.data.me).toEqual({ id: account.id, name: '我自己', username: account.username });
    expect((await request(`{ me { id } }`, {}, undefined, testCallers.anonymous)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await request(`{ me { id } }`, {}, undefined, { kind: 'partner', id: 'k', partnerId: 'p' })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('logs out: the session ends, /internal/authenticate refuses its access token with 401 and its refresh token stops working', async () => {
    const account = await createAccount(t.identity);
    const session = (await login(t.identity, account.username, PASSWORD)).data.login;
    const caller = await callerFor(session.accessToken);
    expect(caller.sessionId).toMatch(/^[0-9a-f-]{36}$/);

    const { data, errors } = await request(`mutation { logout }`, {}, undefined, caller);
    expect(errors).toBeUndefined();
    expect(data.logout).toBe(true);
    expect(await authenticate(t.identity, { accessToken: session.accessToken })).toEqual({
      status: 401,
      body: { code: 'SESSION_ENDED', reason: 'the session has ended; sign in again' },
    });
    expect((await request(REFRESH, { token: session.refreshToken }, undefined, testCallers.anonymous)).errors?.[0].extensions.reason).toBe(
      'SESSION_ENDED',
    );
    expect((await request(`mutation { logout }`, {}, undefined, caller)).data.logout).toBe(false);
  });

  it('ends every session of a person whose password is reset or who is deactivated', async () => {
    for (const change of [
      (id: string) =>
        request(
          `mutation ($id: ID!) { resetPassword(id: $id, password: "a brand new password") { id } }`,
          { id },
          undefined,
          testCallers.csAdmin,
        ),
      (id: string) =>
        request(`mutation ($id: ID!) { setStaffActive(id: $id, active: false) { id } }`, { id }, undefined, testCallers.csAdmin),
    ]) {
      const account = await createAccount(t.identity);
      const session = (await login(t.identity, account.username, PASSWORD)).data.login;
      expect((await authenticate(t.identity, { accessToken: session.accessToken })).status).toBe(200);
      expect((await change(account.id)).errors).toBeUndefined();
      expect((await authenticate(t.identity, { accessToken: session.accessToken })).status).toBe(401);
    }
  });

  it('signs in with the new password after a reset, and no longer with the old one', async () => {
    const account = await createAccount(t.identity);
    for (let i = 0; i < 5; i++) await login(t.identity, account.username, 'wrong');
    await request(
      `mutation ($id: ID!) { resetPassword(id: $id, password: "a brand new password") { id } }`,
      { id: account.id },
      undefined,
      testCallers.csAdmin,
    );
    expect((await login(t.identity, account.username, PASSWORD)).errors?.[0].extensions.reason).toBe('WRONG_CREDENTIALS');
    expect((await login(t.identity, account.username, 'a brand new password')).errors).toBeUndefined();
  });

  describe('/internal/authenticate with an access token', () => {
    it('answers the staff caller: kind, id, name, role, department and session', async () => {
      const account = await createAccount(t.identity, {
        name: '认证',
        role: 'DEPT_ADMIN',
        departmentCode: 'MEMBER_CENTRE',
        position: 'MEMBER_CENTRE_LEAD',
      });
      const { accessToken } = (await login(t.identity, account.username, PASSWORD)).data.login;
      const { status, body } = await authenticate(t.identity, { accessToken });
      expect(status).toBe(200);
      expect(body.caller).toEqual({
        kind: 'staff',
        id: account.id,
        name: '认证',
        role: 'DEPT_ADMIN',
        department: 'MEMBER_CENTRE',
        sessionId: expect.any(String),
      });
    });

    it('refuses an expired token, a token signed with another key and a tampered token with 401', async () => {
      const account = await createAccount(t.identity);
      const { accessToken } = (await login(t.identity, account.username, PASSWORD)).data.login;
      const sid = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).sid;
      const expired = await new AccessTokens(t.tokenKeys.privateKey).issue(
        { staffId: account.id, sessionId: sid },
        new Date(Date.now() - 16 * 60_000),
      );
      expect(await authenticate(t.identity, { accessToken: expired.token })).toMatchObject({
        status: 401,
        body: { code: 'ACCESS_TOKEN_EXPIRED' },
      });
      const forged = await new AccessTokens(generateSigningKeys().privateKey).issue({ staffId: account.id, sessionId: sid });
      expect(await authenticate(t.identity, { accessToken: forged.token })).toMatchObject({
        status: 401,
        body: { code: 'ACCESS_TOKEN_INVALID' },
      });
      const [h, p, s] = accessToken.split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
      const tampered = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-7000-8000-000000000001' })).toString('base64url')}.${s}`;
      expect(await authenticate(t.identity, { accessToken: tampered })).toMatchObject({
        status: 401,
        body: { code: 'ACCESS_TOKEN_INVALID' },
      });
    });

    it('runs one SQL statement per access token', async () => {
      const account = await createAccount(t.identity);
      const { accessToken } = (await login(t.identity, account.username, PASSWORD)).data.login;
      t.identity.resetQueries();
      expect((await authenticate(t.identity, { accessToken })).status).toBe(200);
      // identity also stores audit entries from the bus in the background: count this path's statements only
      expect(t.identity.queries.filter((q) => /"session"|"staff"/.test(q))).toHaveLength(1);
    });

    it('is only for the gateway: refuses an unsigned request and a signed staff caller', async () => {
      const unsigned = await authenticate(t.identity, { accessToken: 'x' }, { 'content-type': 'application/json' });
      expect(unsigned.status).toBe(401);
      const staff = await authenticate(t.identity, { accessToken: 'x' }, await gatewayHeaders(testCallers.director));
      expect(staff.status).toBe(401);
    });

    it('answers 400 for a body with neither an access token nor an API key', async () => {
      expect(await authenticate(t.identity, {})).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
    });
  });
});
