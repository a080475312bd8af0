import { defineConfig } from 'vitest/config';
import { natsTestsRequired } from './services/shared/src/env.js';

// One `vitest run` runs every project: each service, the gateway and the cross-service tests.
// The NATS contract tests (project shared-nats) join when NATS is required or configured: CI,
// REQUIRE_NATS=1 or NATS_URL (docs/events.md); a plain `pnpm test` needs no NATS server.
export default defineConfig({
  test: {
    projects: [
      'services/*/vitest.config.ts',
      ...(natsTestsRequired() ? ['services/shared/vitest.nats.config.ts'] : []),
      'gateway/vitest.config.ts',
      'frontends/shell/vitest.config.ts',
      'frontends/shared/vitest.config.ts',
      'test/vitest.config.ts',
    ],
    // two cores: run two files at a time; each file has its own database
    maxWorkers: 2,
    fileParallelism: true,
  },
});
