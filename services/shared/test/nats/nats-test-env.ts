import { kitEnv } from '../../src/env.js';

/** The NATS servers the contract tests use: NATS_URL, or the machine's own server. */
export function natsTestServers(): string[] {
  const url = kitEnv().NATS_URL ?? 'nats://127.0.0.1:4222';
  return url
    .split(',')
    .map((server) => server.trim())
    .filter(Boolean);
}
