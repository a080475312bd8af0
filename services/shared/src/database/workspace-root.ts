import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The monorepo root (where pnpm-workspace.yaml is), so `.data/` is one place whichever package runs. */
export function workspaceRoot(from = process.cwd()): string {
  let dir = from;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}
