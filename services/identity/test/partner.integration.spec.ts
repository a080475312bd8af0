import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCallers } from '@careline/service-kit/testing';
import { createIdentityLoaders } from '../src/context.js';
import { statements } from './sql.js';
import { authenticate, sql, startIdentity, type IdentityTest } from './support.js';

const CREATE_PARTNER = `mutation ($input: CreatePartnerOrganisationInput!) { createPartnerOrganisation(input: $input) { id name keyAccountId active createdAt } }`;
const PARTNERS = `query ($first: Int, $after: String) { partnerOrganisations(first: $first, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`;
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix scopes expiresAt lastUsedAt revokedAt createdAt partner { id name keyAccountId } } }
}`;
const KEYS = `query ($partnerId: ID!, $first: Int, $after: String) {
  apiKeys(partnerId: $partnerId, first: $first, after: $after) { totalCount nodes { id name prefix scopes revokedAt lastUsedAt } pageInfo { hasNextPage endCursor } }
}`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const keyAdmin = { ...testCallers.csAdmin, id: '00000000-0000-7000-8000-0000000000a1', department: 'KEY_ACCOUNT' };

let accounts = 0;
const keyAccountId = () => `01a20000-0000-7000-8000-${String(++accounts).padStart(12, '0')}`;

describe('partner organisations and their API keys', () => {
  let t: IdentityTest;
  const request: IdentityTest['identity']['request'] = (...args) => t.identity.request(...args);
  const newPartner = async (name = '某保险公司') => {
    const { data, errors } = await request(
      CREATE_PARTNER,
      { input: { name, keyAccountId: keyAccountId() } },
      undefined,
      testCallers.director,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data.createPartnerOrganisation as { id: string; name: string; keyAccountId: string };
  };
  const newKey = async (partnerId: string, extra: Record<string, unknown> = {}) => {
    const { data, errors } = await request(
      CREATE_KEY,
      { input: { partnerId, name: '对接', scopes: ['membership:read'], ...extra } },
      undefined,
      testCallers.director,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data.createApiKey as { secret: string; apiKey: { id: string; prefix: string } };
  };

  beforeAll(async () => {
    t = await startIdentity();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('registers a key account as a partner organisation, active', async () => {
    const id = keyAccountId();
    const { data, errors } = await request(
      CREATE_PARTNER,
      { input: { name: ' 平安健康 ', keyAccountId: id } },
      undefined,
      testCallers.director,
    );
    expect(errors).toBeUndefined();
    expect(data.createPartnerOrganisation).toMatchObject({ name: '平安健康', keyAccountId: id, active: true });
  });

  it('refuses a second organisation for one key account (CONFLICT) and a key account id that is not a UUID', async () => {
    const partner = await newPartner();
    const twice = await request(
      CREATE_PARTNER,
      { input: { name: '重复', keyAccountId: partner.keyAccountId } },
      undefined,
      testCallers.director,
    );
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'KEY_ACCOUNT_TAKEN' });
    const bad = await request(CREATE_PARTNER, { input: { name: '坏', keyAccountId: 'acme' } }, undefined, testCallers.director);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keyAccountId' });
  });

  it('lets the key-account department’s admin manage partners, and no other department admin', async () => {
    const ok = await request(CREATE_PARTNER, { input: { name: '大客户部建', keyAccountId: keyAccountId() } }, undefined, keyAdmin);
    expect(ok.errors).toBeUndefined();
    const before = await sql(t.identity, `select count(*)::int as n from "identity"."partner_organisation"`);
    const denied = await request(
      CREATE_PARTNER,
      { input: { name: '客服部建', keyAccountId: keyAccountId() } },
      undefined,
      testCallers.csAdmin,
    );
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_DEPARTMENT' });
    for (const caller of [testCallers.csStaff, testCallers.finance, testCallers.auditor]) {
      const { errors } = await request(CREATE_PARTNER, { input: { name: '无权', keyAccountId: keyAccountId() } }, undefined, caller);
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await sql(t.identity, `select count(*)::int as n from "identity"."partner_organisation"`)).toEqual(before);
  });

  it('pages partner organisations newest first, for the director and the auditor', async () => {
    await newPartner('甲');
    await newPartner('乙');
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: any = await request(PARTNERS, { first: 2, after }, undefined, testCallers.auditor);
      expect(errors).toBeUndefined();
      seen.push(...data.partnerOrganisations.nodes.map((n: { id: string }) => n.id));
      if (!data.partnerOrganisations.pageInfo.hasNextPage) break;
      after = data.partnerOrganisations.pageInfo.endCursor;
    }
    const all = await request(PARTNERS, { first: 100 }, undefined, testCallers.director);
    expect(seen).toEqual(all.data.partnerOrganisations.nodes.map((n: { id: string }) => n.id));
    expect(seen).toEqual([...seen].sort().reverse());
    expect(seen).toHaveLength(all.data.partnerOrganisations.totalCount);
  });

  it('shows a new API key’s secret once: clk_ and 32 random bytes, stored only as sha256 and an 8-character prefix', async () => {
    const partner = await newPartner();
    const { data, errors } = await request(
      CREATE_KEY,
      { input: { partnerId: partner.id, name: '会员数据对接', scopes: ['visits:read', 'membership:read', 'membership:read'] } },
      undefined,
      testCallers.director,
    );
    expect(errors).toBeUndefined();
    const { secret, apiKey } = data.createApiKey;
    expect(secret).toMatch(/^clk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret.slice(4), 'base64url')).toHaveLength(32);
    expect(apiKey).toMatchObject({
      name: '会员数据对接',
      prefix: secret.slice(0, 8),
      scopes: ['membership:read', 'visits:read'],
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(apiKey.partner).toEqual({ id: partner.id, name: partner.name, keyAccountId: partner.keyAccountId });

    const stored = await sql(t.identity, `select * from "identity"."api_key" where id = ?`, [apiKey.id]);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);

    const list = await request(KEYS, { partnerId: partner.id }, undefined, testCallers.director);
    expect(list.data.apiKeys.nodes).toEqual([
      {
        id: apiKey.id,
        name: '会员数据对接',
        prefix: secret.slice(0, 8),
        scopes: ['membership:read', 'visits:read'],
        revokedAt: null,
        lastUsedAt: null,
      },
    ]);
    expect(JSON.stringify(list)).not.toContain(secret.slice(8));
    const noSecretField = await request(
      `query ($p: ID!) { apiKeys(partnerId: $p) { nodes { secret } } }`,
      { p: partner.id },
      undefined,
      testCallers.director,
    );
    expect(noSecretField.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses bad key input: no scopes, a malformed scope, an expiry in the past, an unknown partner', async () => {
    const partner = await newPartner();
    const cases: [Record<string, unknown>, string][] = [
      [{ scopes: [] }, 'scopes'],
      [{ scopes: ['everything'] }, 'scopes'],
      [{ scopes: ['Membership:Read!'] }, 'scopes'],
      [{ expiresAt: new Date(Date.now() - 1000).toISOString() }, 'expiresAt'],
      [{ name: ' ' }, 'name'],
    ];
    for (const [extra, field] of cases) {
      const { errors } = await request(
        CREATE_KEY,
        { input: { partnerId: partner.id, name: 'x', scopes: ['membership:read'], ...extra } },
        undefined,
        testCallers.director,
      );
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const unknown = await request(
      CREATE_KEY,
      { input: { partnerId: '01900000-0000-7000-8000-000000000000', name: 'x', scopes: ['a:b'] } },
      undefined,
      testCallers.director,
    );
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await sql(t.identity, `select count(*)::int as n from "identity"."api_key" where partner_id = ?`, [partner.id])).toEqual([
      { n: 0 },
    ]);
  });

  it('refuses key management to other department admins and to staff, and lets the auditor list keys', async () => {
    const partner = await newPartner();
    for (const caller of [testCallers.csAdmin, testCallers.csStaff, testCallers.auditor]) {
      const { errors } = await request(CREATE_KEY, { input: { partnerId: partner.id, name: 'x', scopes: ['a:b'] } }, undefined, caller);
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await request(KEYS, { partnerId: partner.id }, undefined, testCallers.auditor)).errors).toBeUndefined();
    expect((await request(KEYS, { partnerId: partner.id }, undefined, testCallers.csAdmin)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(
      (await request(CREATE_KEY, { input: { partnerId: partner.id, name: 'x', scopes: ['a:b'] } }, undefined, keyAdmin)).errors,
    ).toBeUndefined();
  });

  describe('/internal/authenticate with an API key', () => {
    it('answers the partner caller: the key’s id, the organisation’s name, its key account as partnerId, the scopes', async () => {
      const partner = await newPartner('平安健康管理(广州)有限公司');
      const { secret, apiKey } = await newKey(partner.id, { scopes: ['visits:read', 'membership:read'] });
      const { status, body } = await authenticate(t.identity, { apiKey: secret });
      expect(status).toBe(200);
      expect(body.caller).toEqual({
        kind: 'partner',
        id: apiKey.id,
        name: '平安健康管理(广州)有限公司',
        partnerId: partner.keyAccountId,
        scopes: ['membership:read', 'visits:read'],
      });
    });

    it('refuses a wrong key, a revoked key, an expired key and a key of a deactivated organisation with 401', async () => {
      const partner = await newPartner();
      const { secret } = await newKey(partner.id);
      expect(await authenticate(t.identity, { apiKey: `${secret.slice(0, -2)}xx` })).toMatchObject({
        status: 401,
        body: { code: 'API_KEY_INVALID' },
      });
      expect(await authenticate(t.identity, { apiKey: 'not-a-key' })).toMatchObject({ status: 401, body: { code: 'API_KEY_INVALID' } });

      const revoked = await newKey(partner.id);
      const revoke = await request(REVOKE, { id: revoked.apiKey.id }, undefined, testCallers.director);
      expect(revoke.data.revokeApiKey.revokedAt).not.toBeNull();
      expect(await authenticate(t.identity, { apiKey: revoked.secret })).toMatchObject({
        status: 401,
        body: { code: 'API_KEY_REVOKED', reason: 'the API key has been revoked' },
      });

      const expiring = await newKey(partner.id, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      expect((await authenticate(t.identity, { apiKey: expiring.secret })).status).toBe(200);
      await sql(t.identity, `update "identity"."api_key" set expires_at = now() - interval '1 second' where id = ?`, [expiring.apiKey.id]);
      expect(await authenticate(t.identity, { apiKey: expiring.secret })).toMatchObject({ status: 401, body: { code: 'API_KEY_EXPIRED' } });

      expect((await authenticate(t.identity, { apiKey: secret })).status).toBe(200);
      await request(
        `mutation ($id: ID!) { setPartnerOrganisationActive(id: $id, active: false) { active } }`,
        { id: partner.id },
        undefined,
        testCallers.director,
      );
      expect(await authenticate(t.identity, { apiKey: secret })).toMatchObject({ status: 401, body: { code: 'PARTNER_INACTIVE' } });
    });

    it('notes when a key was last used, writing at most once a minute, in one indexed lookup otherwise', async () => {
      const partner = await newPartner();
      const { secret, apiKey } = await newKey(partner.id);
      t.identity.resetQueries();
      expect((await authenticate(t.identity, { apiKey: secret })).status).toBe(200);
      // identity also stores audit entries from the bus in the background: count this path's statements only
      const keyStatements = () => t.identity.queries.filter((q) => q.includes('api_key'));
      expect(keyStatements()).toHaveLength(2); // the lookup, then the first last_used_at
      const [first] = await sql(t.identity, `select last_used_at from "identity"."api_key" where id = ?`, [apiKey.id]);
      expect(first.last_used_at).not.toBeNull();

      t.identity.resetQueries();
      for (let i = 0; i < 3; i++) expect((await authenticate(t.identity, { apiKey: secret })).status).toBe(200);
      expect(keyStatements()).toHaveLength(3);
      expect(await sql(t.identity, `select last_used_at from "identity"."api_key" where id = ?`, [apiKey.id])).toEqual([first]);

      await sql(t.identity, `update "identity"."api_key" set last_used_at = now() - interval '2 minutes' where id = ?`, [apiKey.id]);
      await authenticate(t.identity, { apiKey: secret });
      const [later] = await sql(t.identity, `select last_used_at from "identity"."api_key" where id = ?`, [apiKey.id]);
      expect(Date.now() - new Date(later.last_used_at).getTime()).toBeLessThan(10_000);
      const listed = await request(KEYS, { partnerId: partner.id }, undefined, testCallers.director);
      expect(listed.data.apiKeys.nodes[0].lastUsedAt).not.toBeNull();
    });

    it('uses the secret_hash index for the lookup', async () => {
      const plan = await sql(t.identity, `explain select * from "identity"."api_key" where secret_hash = 'x'`);
      expect(JSON.stringify(plan)).toMatch(/api_key_secret_hash_unique/);
    });
  });

  it('loads N partner organisations by id with one SQL statement, in key order with null for misses', async () => {
    const [a, b] = [await newPartner('甲'), await newPartner('乙')];
    const loaders = createIdentityLoaders(t.identity.orm.em.fork());
    t.identity.resetQueries();
    const rows = await Promise.all(
      [b.id, 'not-a-uuid', a.id, '01900000-0000-7000-8000-000000000000'].map((id) => loaders.partnerById.load(id)),
    );
    expect(rows.map((row) => row?.id ?? null)).toEqual([b.id, null, a.id, null]);
    expect(statements(t.identity.queries)).toHaveLength(1);
  });

  it('revokes a key once: revoking again keeps the first revocation time', async () => {
    const partner = await newPartner();
    const { apiKey } = await newKey(partner.id);
    const first = await request(REVOKE, { id: apiKey.id }, undefined, testCallers.director);
    const second = await request(REVOKE, { id: apiKey.id }, undefined, testCallers.director);
    expect(second.data.revokeApiKey.revokedAt).toBe(first.data.revokeApiKey.revokedAt);
    expect(
      (await request(REVOKE, { id: '01900000-0000-7000-8000-000000000000' }, undefined, testCallers.director)).errors?.[0].extensions.code,
    ).toBe('NOT_FOUND');
  });
});
