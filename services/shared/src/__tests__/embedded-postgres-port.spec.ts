import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';

// A test run or a start that meets another's cluster on the same port is told so, by port, before
// anything is initialised (embedded-postgres itself rejects with no reason at all).
describe('the embedded PostgreSQL on a taken port', () => {
  let taken: Server;
  let port = 0;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => taken.close(resolve));
  });

  it('refuses at once with an error naming the port and the setting that moves it', async () => {
    await expect(startEmbeddedPostgres({ name: `port-taken-${port}`, port, ephemeral: true })).rejects.toThrow(
      new RegExp(`port ${port} on 127\\.0\\.0\\.1 \\(embedded PostgreSQL\\) is already in use.*TEST_PG_PORT`),
    );
  });
});
