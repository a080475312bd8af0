import { nodeProject } from '../../vitest.shared.js';

// test/nats/ is the `shared-nats` project (vitest.nats.config.ts): it needs a NATS server
export default nodeProject('shared', ['src/**/*.spec.ts', 'test/*.spec.ts']);
