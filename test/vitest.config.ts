import { nodeProject } from '../vitest.shared.js';

// Cross-service tests: the whole system in-process, requests over HTTP through the gateway.
export default nodeProject('system', ['**/*.spec.ts'], { testTimeout: 60_000, hookTimeout: 120_000 });
