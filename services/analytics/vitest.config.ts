import { nodeProject } from '../../vitest.shared.js';

export default nodeProject('analytics', ['src/**/*.spec.ts', 'test/**/*.spec.ts']);
