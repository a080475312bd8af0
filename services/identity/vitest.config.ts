import { nodeProject } from '../../vitest.shared.js';

export default nodeProject('identity', ['src/**/*.spec.ts', 'test/**/*.spec.ts']);
