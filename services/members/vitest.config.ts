import { nodeProject } from '../../vitest.shared.js';

export default nodeProject('members', ['src/**/*.spec.ts', 'test/**/*.spec.ts']);
