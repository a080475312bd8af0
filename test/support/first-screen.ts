import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shell's build (`pnpm build`): the sign-in page at the root, the shell_app container in app/. */
export const shellDist = fileURLToPath(new URL('../../frontends/shell/dist', import.meta.url));
const assets = path.join(shellDist, 'assets');

/**
 * Relative imports a chunk makes before it runs (`import … from './x.js'`, `export … from './x.js'`),
 * and the chunks the federation entry bootstrap imports one after the other before the app's entry
 * (`__mfImport("./hostInit-….js")`, the pending shares, the entry itself).
 */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [
    ...source.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g),
    ...source.matchAll(/\b__mfImport\(["'`](\.{1,2}\/[^"'`]+)["'`]\)/g),
  ].map((match) => path.resolve(path.dirname(file), match[1]!));
}

/**
 * The providers of the shared packages the shell's own code imports. @module-federation/vite's host
 * init loads every one of them before the first render (whatever chunk imports the package), through
 * dynamic imports in its local shared import map: `<name>: async () => … import('./<provider>.js')`,
 * with `materialize: true` in the package's record. Configured shares nobody imports (materialize
 * false) stay unloaded unless a remote asks for them.
 */
export function federationProviders(): { name: string; file: string }[] {
  const importMap = readdirSync(assets).find((file) => file.includes('localSharedImportMap') && file.endsWith('.js'));
  if (!importMap) return [];
  const source = readFileSync(path.join(assets, importMap), 'utf8');
  const materialized = new Set(
    [...source.matchAll(/name:["'`]([^"'`]+)["'`],version:["'`][^"'`]*["'`],scope:\[[^\]]*\],loaded:!1,materialize:!0/g)].map(
      (match) => match[1]!,
    ),
  );
  return [...source.matchAll(/(?:["'`]([^"'`]+)["'`]|([\w$]+)):async\(\)=>await [\w$]+\(\(\)=>import\(["'`](\.\/[^"'`]+)["'`]\)/g)]
    .map((match) => ({ name: (match[1] ?? match[2])!, file: path.resolve(assets, match[3]!) }))
    .filter(({ name }) => materialized.has(name));
}

/**
 * The first screen's scripts (absolute paths in the dist): index.html's module entry and
 * modulepreload links, the federation providers its host init loads before the first render, and
 * anything those import statically (the browser fetches them all before the sign-in page is drawn,
 * whether preloaded or not). Dynamic imports of the app's own code (the shell_app container, the
 * remotes) are not part of it; test/browser/first-screen.spec.ts checks this against a browser.
 */
export function firstScreenScripts(): string[] {
  const html = readFileSync(path.join(shellDist, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1]!);
  const files = new Set([
    ...urls.map((url) => path.join(shellDist, new URL(url, 'http://portal/').pathname)),
    ...federationProviders().map(({ file }) => file),
  ]);
  const queue = [...files];
  for (let file = queue.pop(); file; file = queue.pop()) {
    for (const imported of staticImports(file)) {
      if (!files.has(imported)) {
        files.add(imported);
        queue.push(imported);
      }
    }
  }
  return [...files];
}
