import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bench } from 'tinybench';

/** Writes a benchmark's results as JSON and Markdown under test/bench/reports/ and prints the table. */
export function writeReport(name: string, bench: Bench, notes: string[] = []): void {
  const dir = fileURLToPath(new URL('./reports/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const rows = bench.tasks.map((task) => {
    const r = task.result as
      { latency?: { p50?: number; p99?: number; mean?: number; samplesCount?: number }; throughput?: { mean?: number } } | undefined;
    return {
      task: task.name,
      medianMs: Number((r?.latency?.p50 ?? NaN).toFixed(3)),
      p99Ms: Number((r?.latency?.p99 ?? NaN).toFixed(3)),
      meanMs: Number((r?.latency?.mean ?? NaN).toFixed(3)),
      opsPerSecond: Math.round(r?.throughput?.mean ?? NaN),
      samples: r?.latency?.samplesCount ?? 0,
    };
  });
  const at = new Date().toISOString();
  writeFileSync(`${dir}${name}.json`, JSON.stringify({ name, at, rows, notes }, null, 2));
  const md = [
    `# ${name}`,
    '',
    `Measured ${at} on this machine (2 cores) by \`pnpm bench\`.`,
    '',
    '| task | median ms | p99 ms | mean ms | ops/s | samples |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.task} | ${r.medianMs} | ${r.p99Ms} | ${r.meanMs} | ${r.opsPerSecond} | ${r.samples} |`),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  writeFileSync(`${dir}${name}.md`, md);
  console.log(md);
}

/**
 * Writes figures that are not a tinybench run (rates, lag percentiles measured over a load) as a
 * Markdown table under test/bench/reports/, beside the JSON.
 */
export function writeFigures(name: string, rows: { figure: string; value: string; goal?: string }[], notes: string[] = []): void {
  const dir = fileURLToPath(new URL('./reports/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const at = new Date().toISOString();
  writeFileSync(`${dir}${name}.json`, JSON.stringify({ name, at, rows, notes }, null, 2));
  const md = [
    `# ${name}`,
    '',
    `Measured ${at} on this machine (2 cores) by \`pnpm bench\`.`,
    '',
    '| figure | value | goal |',
    '| --- | ---: | --- |',
    ...rows.map((r) => `| ${r.figure} | ${r.value} | ${r.goal ?? ''} |`),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  writeFileSync(`${dir}${name}.md`, md);
  console.log(md);
}
