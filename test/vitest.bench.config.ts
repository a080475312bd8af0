import { nodeProject } from '../vitest.shared.js';

// `pnpm bench`: measurements, not tests. Each bench file runs its system and writes a report to
// test/bench/reports/; nothing here asserts a time. A bench's test holds its seeding: at
// BENCH_CUSTOMERS=100000 that alone takes ≈ 20 minutes, hence hours, not minutes, per test.
export default nodeProject('bench', ['test/bench/**/*.bench.ts'], {
  testTimeout: 4 * 3_600_000,
  hookTimeout: 300_000,
  fileParallelism: false,
});
