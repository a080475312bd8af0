import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionStore } from '../session-store.js';

// A stand-in gateway on loopback answering `login`: director's password is right, anything else is refused.
const session = {
  accessToken: 'access',
  refreshToken: 'refresh',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  staff: {
    id: '00000000-0000-4000-8000-000000000001',
    name: '王总',
    username: 'director',
    role: 'OPS_DIRECTOR',
    departmentCode: null,
    department: null,
    position: null,
  },
};
let server: Server;
let graphqlUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { password: string } };
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify(
          variables.password === 'right'
            ? { data: { login: session } }
            : { data: null, errors: [{ message: 'wrong', extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' } }] },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  graphqlUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('a sign-in with something to prepare', () => {
  it('starts the session only once what the page prepares is ready, and hands it the new session', async () => {
    const store = new SessionStore(graphqlUrl, undefined);
    let ready!: () => void;
    const preparedFor: string[] = [];
    store.prepareSignInWith((signedIn) => {
      preparedFor.push(signedIn.staff.username);
      return new Promise<void>((resolve) => (ready = resolve));
    });
    let done = false;
    const loggingIn = store.logIn('director', 'right').then((refused) => {
      done = true;
      return refused;
    });
    await tick();
    await tick();
    expect(preparedFor).toEqual(['director']);
    expect(store.getState().session).toBeNull();
    expect(done).toBe(false);

    ready();
    expect(await loggingIn).toBeNull();
    expect(store.getState().session?.accessToken).toBe('access');
  });

  it('starts the session anyway when the preparation fails (the screens report it)', async () => {
    const store = new SessionStore(graphqlUrl, undefined);
    store.prepareSignInWith(() => Promise.reject(new Error('container unreachable')));
    expect(await store.logIn('director', 'right')).toBeNull();
    expect(store.getState().session?.staff.username).toBe('director');
  });

  it('prepares nothing for a refused sign-in', async () => {
    const store = new SessionStore(graphqlUrl, undefined);
    let prepared = 0;
    store.prepareSignInWith(async () => void prepared++);
    expect((await store.logIn('director', 'wrong'))?.code).toBe('UNAUTHENTICATED');
    expect(prepared).toBe(0);
    expect(store.getState().session).toBeNull();
  });
});
