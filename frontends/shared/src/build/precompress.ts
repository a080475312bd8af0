import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text the browser fetches; images and fonts are compressed already, source maps are for developers. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt)$/;
/** Below this a response fits in a packet or two whatever its encoding. */
const MIN_BYTES = 1024;

/** The part of a Vite plugin this needs (the kit does not depend on Vite). */
interface PrecompressPlugin {
  name: string;
  apply: 'build';
  enforce: 'post';
  configResolved(config: { root: string; build: { outDir: string } }): void;
  writeBundle: { order: 'post'; sequential: true; handler(options: { dir?: string }, bundle: Record<string, unknown>): Promise<void> };
}

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every text file a
 * build emits, so the static server (scripts/lib/static-server.mjs: sirv with `brotli` and `gzip`)
 * answers each request with the smallest encoding the browser accepts, compressed once per build
 * rather than once per request. A watch build rewrites the copies of the files it rewrites. It runs
 * after every other plugin has written its files (the federation plugin rewrites remoteEntry.js in
 * its own writeBundle), so a copy never differs from its file.
 */
export function precompress(): PrecompressPlugin {
  let outDir = 'dist';
  return {
    name: 'careline:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(options, bundle) {
        const dir = options.dir ?? outDir;
        const names = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
        await Promise.all(
          names.map(async (name) => {
            const file = path.join(dir, name);
            const content = await readFile(file);
            if (content.length < MIN_BYTES) return;
            const [br, gz] = await Promise.all([
              brotliAsync(content, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
              gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
            ]);
            await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
          }),
        );
      },
    },
  };
}
