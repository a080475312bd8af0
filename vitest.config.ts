import { defineConfig } from 'vitest/config';

// One `vitest run` runs every project: each service, the gateway and the cross-service tests.
export default defineConfig({
  test: {
    projects: [
      'services/*/vitest.config.ts',
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
