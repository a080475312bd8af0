import { nodeProject } from '../../vitest.shared.js';

// The event bus contract against a real NATS JetStream server. The root config includes this project
// only when NATS is required (CI, REQUIRE_NATS=1) or NATS_URL is set; then an unreachable server
// fails the run instead of skipping anything.
export default nodeProject('shared-nats', ['test/nats/*.spec.ts'], { testTimeout: 60_000 });
