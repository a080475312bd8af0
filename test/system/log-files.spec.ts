import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLogFile } from '@careline/scripts/log-files';

describe("pnpm start's log files", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'careline-logs-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rotate by size and keep the last N files', async () => {
    const out = openLogFile(dir, 'members', { maxSize: '1K', keep: 3 });
    const line = (n: number) => `${JSON.stringify({ n, msg: 'x'.repeat(90) })}\n`; // 100 bytes
    // 100 lines of 100 bytes: about ten files' worth at 1 KiB each
    for (let n = 0; n < 100; n++) await new Promise((resolve) => out.write(line(n), resolve));
    await new Promise((resolve) => out.end(resolve));

    expect((await readdir(dir)).sort()).toEqual(['members.log', 'members.log.1', 'members.log.2', 'members.log.3']);
    for (const file of ['members.log.1', 'members.log.2', 'members.log.3']) {
      expect((await readFile(join(dir, file))).length).toBeLessThanOrEqual(1024 + 100);
    }
    // the newest lines are in the current file or the one just rotated; the oldest ones were dropped
    const newest = (await readFile(join(dir, 'members.log.1'), 'utf8')) + (await readFile(join(dir, 'members.log'), 'utf8'));
    expect(newest.trim().split('\n').at(-1)).toContain('"n":99');
    const oldestKept = await readFile(join(dir, 'members.log.3'), 'utf8');
    expect(oldestKept).not.toContain('"n":0,');
  });
});
