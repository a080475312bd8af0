import { randomBytes } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { describeEventBusContract } from '../event-bus.contract.js';
import { natsTestServers } from './nats-test-env.js';

// The real NATS server (127.0.0.1:4222 on this machine and in CI). A stream and subject prefix of
// this run's own, deleted at the end, so runs never see each other's events. Unreachable NATS fails
// the run: this project only runs when NATS is required (CI, REQUIRE_NATS=1) or NATS_URL is set.
describeEventBusContract('NATS JetStream', async () => {
  const servers = natsTestServers();
  const run = randomBytes(4).toString('hex');
  const stream = `CARELINE_TEST_${run}`;
  const nc = await connect({ servers, timeout: 5_000 }).catch((error: unknown) => {
    throw new Error(`NATS at ${servers.join(', ')} is not reachable: the NATS contract tests need it (${String(error)})`);
  });
  const jsm = await jetstreamManager(nc);
  return {
    config: () => ({
      kind: 'nats',
      natsServers: servers,
      natsStream: stream,
      natsSubjectPrefix: `careline-test.${run}`,
      superviseSeconds: 1,
    }),
    cleanup: async () => {
      await jsm.streams.delete(stream).catch(() => undefined);
      await nc.close();
    },
  };
});
