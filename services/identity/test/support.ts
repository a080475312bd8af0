import {
  createTestDatabase,
  gatewayHeaders,
  startTestService,
  testCallers,
  type TestDatabase,
  type TestService,
} from '@careline/service-kit/testing';
import { generateSigningKeys, type SigningKeys } from '@careline/service-kit';
import { createIdentityService, type IdentityServiceOptions } from '../src/service.js';

export { testCallers };

export const PASSWORD = 'correct horse battery';

export interface IdentityTest {
  db: TestDatabase;
  identity: TestService;
  /** the key identity signs access tokens with in this file */
  tokenKeys: SigningKeys;
  stop(): Promise<void>;
}

/** A fresh database and an identity subgraph whose token key the test holds. */
export async function startIdentity(options: IdentityServiceOptions = {}): Promise<IdentityTest> {
  const db = await createTestDatabase();
  const tokenKeys = generateSigningKeys();
  const identity = await startTestService(
    createIdentityService({ tokenPrivateKey: tokenKeys.privateKey, timeZone: 'Asia/Shanghai', bootstrapDemo: false, ...options }),
    db.url,
  );
  return {
    db,
    identity,
    tokenKeys,
    stop: async () => {
      await identity?.stop();
      await db?.drop();
    },
  };
}

export const CREATE_STAFF = `mutation ($input: CreateStaffInput!) {
  createStaff(input: $input) { id name username departmentCode position role active department { code } }
}`;

let counter = 0;
/** Creates a staff account as the system caller; returns its id and username. */
export async function createAccount(
  identity: TestService,
  input: Partial<{ name: string; departmentCode: string; position: string; role: string; username: string; password: string }> = {},
): Promise<{ id: string; username: string; password: string }> {
  counter++;
  const full = {
    name: `员工${counter}`,
    departmentCode: 'CUSTOMER_SERVICE',
    position: 'CS_STAFF',
    username: `user${counter}.${Math.random().toString(36).slice(2, 8)}`,
    password: PASSWORD,
    ...input,
  };
  const { data, errors } = await identity.request(CREATE_STAFF, { input: full });
  if (errors) throw new Error(`createStaff failed: ${JSON.stringify(errors)}`);
  return { id: data.createStaff.id, username: full.username, password: full.password };
}

export const LOGIN = `mutation ($username: String!, $password: String!) {
  login(username: $username, password: $password) { accessToken refreshToken expiresAt refreshExpiresAt staff { id username role department { code } } }
}`;

/** What the gateway does: sign-in happens as an anonymous caller. */
export const login = (identity: TestService, username: string, password: string) =>
  identity.request(LOGIN, { username, password }, undefined, testCallers.anonymous);

/** POST /internal/authenticate as the gateway (a system caller), or with other headers. */
export async function authenticate(
  identity: TestService,
  body: unknown,
  headers?: Record<string, string>,
): Promise<{ status: number; body: any }> {
  const response = await fetch(identity.url.replace(/\/graphql$/, '/internal/authenticate'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(headers ?? (await gatewayHeaders(testCallers.system))) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** Runs SQL on the test database through the service's own connection. */
export function sql<T = any>(identity: TestService, query: string, params: unknown[] = []): Promise<T[]> {
  return identity.orm.em.getConnection().execute<T[]>(query, params);
}
