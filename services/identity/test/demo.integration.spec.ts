import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@careline/service-kit';
import { testCallers } from '@careline/service-kit/testing';
import { createIdentityService } from '../src/service.js';
import { DEMO_DOCTORS, DEMO_PASSWORD } from '../src/modules/demo/demo.bootstrap.js';
import { newApiKeySecret } from '../src/modules/partner/partner.service.js';
import { authenticate, login, sql, startIdentity, type IdentityTest } from './support.js';

const DEMO_KEY = newApiKeySecret();
const ACCOUNTS = [
  ['director', 'OPS_DIRECTOR', 'OPERATIONS'],
  ['cs.admin', 'DEPT_ADMIN', 'CUSTOMER_SERVICE'],
  ['member.admin', 'DEPT_ADMIN', 'MEMBER_CENTRE'],
  ['cs.staff', 'STAFF', 'CUSTOMER_SERVICE'],
  ['finance', 'FINANCE', 'FINANCE'],
  ['auditor', 'AUDITOR', 'OPERATIONS'],
  ['consult.staff', 'STAFF', 'CONSULTATION'],
  ['guide', 'STAFF', 'GUIDE'],
  ['onsite.admin', 'DEPT_ADMIN', 'ONSITE'],
  ['onsite.a', 'STAFF', 'ONSITE'],
  ['onsite.b', 'STAFF', 'ONSITE'],
  ['member.staff', 'STAFF', 'CUSTOMER_SERVICE'],
  ['ops.manager', 'STAFF', 'OPERATIONS'],
] as const;

describe('demo accounts (BOOTSTRAP_DEMO)', () => {
  let t: IdentityTest;
  beforeAll(async () => {
    t = await startIdentity({ bootstrapDemo: true, demoPartnerApiKey: DEMO_KEY });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it.each(ACCOUNTS)('signs %s in with the demo password as %s of %s', async (username, role, department) => {
    const { data, errors } = await login(t.identity, username, DEMO_PASSWORD);
    expect(errors).toBeUndefined();
    const { body } = await authenticate(t.identity, { accessToken: data.login.accessToken });
    expect(body.caller).toMatchObject({ kind: 'staff', role, department });
  });

  it('registers the demo partner organisation and accepts the API key from DEMO_PARTNER_API_KEY', async () => {
    const { status, body } = await authenticate(t.identity, { apiKey: DEMO_KEY });
    expect(status).toBe(200);
    expect(body.caller).toMatchObject({
      kind: 'partner',
      name: '平安健康管理(广州)有限公司',
      partnerId: '01a20000-0000-7000-8000-000000000001',
    });
  });

  it('changes nothing when it runs again: no duplicates, and a password changed since stays changed', async () => {
    const [director] = await sql(t.identity, `select id from "identity"."staff" where username = 'director'`);
    await t.identity.request(
      `mutation ($id: ID!) { resetPassword(id: $id, password: "the director's own") { id } }`,
      { id: director.id },
      undefined,
      testCallers.system,
    );
    const definition = createIdentityService({ tokenPrivateKey: t.tokenKeys.privateKey, bootstrapDemo: true, demoPartnerApiKey: DEMO_KEY });
    const scope = { orm: t.identity.orm, bus: t.identity.bus, log: createLogger('test', 'silent'), metrics: t.identity.metrics };
    for (const module of definition.modules) await module.bootstrap?.(scope);
    // the demo accounts and the demo doctors, once each
    expect(await sql(t.identity, `select count(*)::int as n from "identity"."staff"`)).toEqual([
      { n: ACCOUNTS.length + DEMO_DOCTORS.length },
    ]);
    expect(await sql(t.identity, `select count(*)::int as n from "identity"."partner_organisation"`)).toEqual([{ n: 1 }]);
    expect(await sql(t.identity, `select count(*)::int as n from "identity"."api_key"`)).toEqual([{ n: 1 }]);
    expect((await login(t.identity, 'director', DEMO_PASSWORD)).errors?.[0].extensions.reason).toBe('WRONG_CREDENTIALS');
    expect((await login(t.identity, 'director', "the director's own")).errors).toBeUndefined();
  });

  it('creates nothing when BOOTSTRAP_DEMO is off', async () => {
    const other = await startIdentity();
    try {
      expect(await sql(other.identity, `select count(*)::int as n from "identity"."staff"`)).toEqual([{ n: 0 }]);
    } finally {
      await other.stop();
    }
  });
});
