import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The shell's unit tests: plain functions (navigation by role), no browser and no system needed.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { name: 'shell', include: ['src/**/__tests__/*.spec.ts'], environment: 'node' },
});
