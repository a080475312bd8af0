import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, gatewayHeaders, testSigningKeys, type TestDatabase } from '../src/testing/index.js';

const register = fileURLToPath(new URL('../register-swc.mjs', import.meta.url));
const probe = fileURLToPath(new URL('./fixtures/probe-service.ts', import.meta.url));

/** A service process (runService) on its own port; its JSON log lines as they come. */
function startProbe(databaseUrl: string) {
  const child: ChildProcess = spawn(process.execPath, ['--conditions=careline-source', '--import', register, probe], {
    // only what the service reads: nothing of the test run leaks into it
    env: { DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info', GATEWAY_PUBLIC_KEY: testSigningKeys.publicPem },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: { msg?: string; url?: string }[] = [];
  const waiters: { test: (line: { msg?: string }) => boolean; resolve: (line: { msg?: string; url?: string }) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: { msg?: string; url?: string };
    try {
      line = JSON.parse(text) as typeof line;
    } catch {
      return;
    }
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.test(line))) waiter.resolve(line);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const logged = (msg: string) =>
    new Promise<{ msg?: string; url?: string }>((resolve) => {
      const seen = lines.find((line) => line.msg === msg);
      if (seen) resolve(seen);
      else waiters.push({ test: (line) => line.msg === msg, resolve });
    });
  return { child, lines, exited, logged };
}

describe('a service process on SIGTERM', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('finishes the in-flight request, stops the consumers, closes the pool and exits 0', async () => {
    const service = startProbe(db.url);
    try {
      const { url } = await service.logged('probe subgraph ready');
      const inFlight = fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await gatewayHeaders()) },
        body: JSON.stringify({ query: '{ untilSignalled }' }),
      });
      await service.logged('probe request in flight');
      service.child.kill('SIGTERM');

      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { untilSignalled: 1 } });
      expect(await service.exited).toEqual({ code: 0, signal: null });
      const sequence = service.lines
        .map((line) => line.msg)
        .filter((msg) => ['shutting down', 'event consumers stopped', 'database pool closed', 'shutdown complete'].includes(msg!));
      expect(sequence).toEqual(['shutting down', 'event consumers stopped', 'database pool closed', 'shutdown complete']);
    } finally {
      service.child.kill('SIGKILL');
    }
  });
});
