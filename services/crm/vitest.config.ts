import { nodeProject } from '../../vitest.shared.js';

export default nodeProject('crm', ['src/**/*.spec.ts', 'test/**/*.spec.ts']);
