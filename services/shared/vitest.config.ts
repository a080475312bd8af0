import { nodeProject } from '../../vitest.shared.js';

export default nodeProject('shared', ['src/**/*.spec.ts', 'test/**/*.spec.ts']);
