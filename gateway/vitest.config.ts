import { nodeProject } from '../vitest.shared.js';

export default nodeProject('gateway', ['src/**/*.spec.ts', 'test/**/*.spec.ts']);
