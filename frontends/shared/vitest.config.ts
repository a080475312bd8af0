import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The front-end kit's unit tests: the logic of its pieces (money, paging, hospital time, idempotent
// submits, exports) as plain functions, and the paged table rendered to markup; no browser needed.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { name: 'frontend-shared', include: ['src/**/__tests__/*.spec.{ts,tsx}'], environment: 'node' },
});
