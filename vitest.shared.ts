import swc from 'unplugin-swc';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

// graphql 16 ships CJS (main) and ESM (module) without an exports map: Node and every dependency
// load the CJS build, but Vite would hand our sources the ESM one, and two copies refuse each
// other's schemas. Point sources at the same CJS file Node uses.
const graphqlMain = createRequire(new URL('./services/shared/package.json', import.meta.url)).resolve('graphql');

/**
 * Base config of every Node test project. SWC compiles TypeScript because esbuild drops the
 * decorator metadata type-graphql and MikroORM read; `careline-source` makes workspace packages
 * resolve to their sources, so tests never run stale builds.
 */
export function nodeProject(name: string, include: string[], extra: ViteUserConfig['test'] = {}): ViteUserConfig {
  return defineConfig({
    plugins: [swc.vite({ configFile: fileURLToPath(new URL('./.swcrc', import.meta.url)) })],
    resolve: { conditions: ['careline-source'], alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
    ssr: { resolve: { conditions: ['careline-source'], externalConditions: ['careline-source'] } },
    test: {
      name,
      include,
      environment: 'node',
      globalSetup: [fileURLToPath(new URL('./services/shared/src/testing/global-setup.ts', import.meta.url))],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      ...extra,
    },
  });
}
