import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@careline/service-kit/testing';
import { launchedProcessEnv } from '../support/env.js';
import { DEMO_PASSWORD } from '../support/system.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// every port `pnpm start` opens, so the test's launcher collides with nothing running on the machine
const PORT_VARIABLES = [
  'IDENTITY_PORT',
  'MEMBERS_PORT',
  'CRM_PORT',
  'ANALYTICS_PORT',
  'GATEWAY_PORT',
  'PORTAL_PORT',
  'KPI_PORT',
  'MEMBERS_REMOTE_PORT',
  'CRM_REMOTE_PORT',
  'ADMIN_PORT',
];

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `pnpm start`'s launcher (built output), its console as it comes. */
function startLauncher(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: launchedProcessEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    listeners.forEach((listener) => listener());
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  /** resolves with the first match of `pattern` in the console (waiting for it), fails if the launcher exits first */
  const printed = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = output.match(pattern);
        if (match) {
          listeners.delete(check);
          resolve(match);
        } else if (child.exitCode !== null) {
          listeners.delete(check);
          reject(new Error(`the launcher exited before printing ${pattern}:\n${output}`));
        }
      };
      listeners.add(check);
      void exited.then(check);
      check();
    });
  return { child, printed, exited, output: () => output };
}

describe('pnpm start under a crash', () => {
  let db: TestDatabase;
  let dataDir: string;
  let launcher: ReturnType<typeof startLauncher>;
  let gatewayUrl: string;
  beforeAll(async () => {
    if (!existsSync(join(root, 'services/members/dist/main.js'))) throw new Error('services are not built: run `pnpm build` first');
    db = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'careline-start-'));
    const ports = Object.fromEntries(await Promise.all(PORT_VARIABLES.map(async (name) => [name, String(await freePort())])));
    gatewayUrl = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
    launcher = startLauncher({
      ...ports,
      DATABASE_URL: db.url,
      LOG_DIR: join(dataDir, 'logs'),
      KEY_DIR: join(dataDir, 'keys'),
    });
    await launcher.printed(/\[6\/6\].*ready/);
  }, 480_000);
  afterAll(async () => {
    if (launcher && launcher.child.exitCode === null) {
      launcher.child.kill('SIGTERM');
      await launcher.exited;
    }
    await db?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  const post = async (query: string, variables?: object, token?: string) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: any[] };
  };
  const MEMBERS_OF_CUSTOMERS = '{ customers(first: 20) { nodes { name membership { cardNumber } } } }';

  it('restarts a SIGKILLed subgraph while the others keep serving, and the system answers whole again', async () => {
    const login = await post('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', {
      u: 'director',
      p: DEMO_PASSWORD,
    });
    const token = login.data!.login.accessToken as string;
    const before = await post(MEMBERS_OF_CUSTOMERS, {}, token);
    expect(before.errors).toBeUndefined();
    expect(before.data.customers.nodes.some((c: any) => c.membership?.cardNumber)).toBe(true);

    const [, pid] = (await launcher.printed(/members\s+http:\S+ \(pid (\d+)\)/)) as [string, string];
    process.kill(Number(pid), 'SIGKILL');
    await launcher.printed(new RegExp(`members \\(pid ${pid}\\) exited \\(SIGKILL\\).*restarting in 1\\.0s \\(restart 1\\)`));

    // the others keep serving meanwhile: crm answers through the same gateway
    const crmOnly = await post('{ customers(first: 1) { totalCount } }', {}, token);
    expect(crmOnly.errors).toBeUndefined();
    expect(crmOnly.data.customers.totalCount).toBeGreaterThan(0);

    const [, newPid] = (await launcher.printed(/members is back \(pid (\d+)\)/)) as [string, string];
    expect(newPid).not.toBe(pid);
    const after = await post(MEMBERS_OF_CUSTOMERS, {}, token);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);

    expect(launcher.child.exitCode).toBeNull();
    expect(launcher.output()).not.toMatch(/(identity|crm|analytics|gateway) \(pid \d+\) exited/);
  }, 120_000);

  it('stops every process and exits 0 on SIGTERM', async () => {
    launcher.child.kill('SIGTERM');
    expect(await launcher.exited).toBe(0);
  }, 60_000);
});
