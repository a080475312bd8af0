// The gateway benchmark's load generator, run as its own process (`node load-client.ts '<json>'`,
// Node's own type stripping: nothing here but erasable types) so its CPU is not the measured
// processes'. `connections` clients each send one POST after another over keep-alive sockets for
// `durationMs`; every answer must be HTTP 200 without GraphQL errors. Prints one JSON line:
// requests, errors, latency percentiles (ms, from performance.now(): sub-millisecond, unlike
// autocannon's whole-millisecond histogram), rps and this process's own CPU.
import http from 'node:http';

interface Target {
  url: string;
  body: string;
  headers: Record<string, string>;
}

interface Options extends Target {
  connections: number;
  durationMs: number;
  /**
   * Latency only: one request to each of these in turn, one after another, for `durationMs`, and
   * the latencies of each reported apart. Whatever else runs on the machine then falls on every
   * target alike, which separate runs one after another cannot promise.
   */
  alternate?: Target[];
  /**
   * Mixed load: `connections` clients each send the next of these in turn for `durationMs`;
   * `{{n}}` in a body becomes a number never sent before (8 digits), so writes and searches are
   * new each time. Failures are counted and reported, not fatal (a soak reports what it saw).
   */
  mix?: Target[];
}

const options = JSON.parse(process.argv[2]!) as Options;
const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });

interface Prepared {
  url: URL;
  body: Buffer;
  headers: Record<string, string>;
}
const prepare = (t: Target): Prepared => {
  const body = Buffer.from(t.body);
  return {
    url: new URL(t.url),
    body,
    headers: { ...t.headers, 'content-type': 'application/json', 'content-length': String(body.length) },
  };
};

function post({ url, body, headers }: Prepared): Promise<string | undefined> {
  return new Promise((resolve) => {
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        resolve(response.statusCode === 200 && !text.includes('"errors"') ? undefined : `${response.statusCode} ${text.slice(0, 300)}`);
      });
    });
    request.on('error', (error) => resolve(error.message));
    request.end(body);
  });
}

const percentileOf = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

if (options.alternate) {
  const targets = options.alternate.map(prepare);
  const each = targets.map(() => [] as number[]);
  const failures: string[] = [];
  const until = performance.now() + options.durationMs;
  while (performance.now() < until) {
    for (const [i, target] of targets.entries()) {
      const at = performance.now();
      const error = await post(target);
      each[i]!.push(performance.now() - at);
      if (error) failures.push(error);
    }
  }
  agent.destroy();
  console.log(
    JSON.stringify({
      errors: failures.length,
      firstError: failures[0],
      targets: each.map((latencies) => {
        latencies.sort((a, b) => a - b);
        return { requests: latencies.length, p50: percentileOf(latencies, 50), p99: percentileOf(latencies, 99) };
      }),
    }),
  );
  process.exit(0);
}

if (options.mix) {
  const targets = options.mix.map((t) => ({ ...t, url: new URL(t.url) }));
  const counts = targets.map(() => 0);
  const failures = targets.map(() => 0);
  const firstErrors: string[] = [];
  let sent = 0;
  const until = performance.now() + options.durationMs;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < until) {
        const n = sent++;
        const i = n % targets.length;
        const target = targets[i]!;
        const body = Buffer.from(target.body.replaceAll('{{n}}', String(n).padStart(8, '0')));
        const error = await post({
          url: target.url,
          body,
          headers: { ...target.headers, 'content-type': 'application/json', 'content-length': String(body.length) },
        });
        counts[i]!++;
        if (error) {
          failures[i]!++;
          if (firstErrors.length < 5) firstErrors.push(error);
        }
      }
    }),
  );
  agent.destroy();
  console.log(JSON.stringify({ requests: sent, counts, failures, firstErrors }));
  process.exit(0);
}

const single = prepare(options);
const latencies: number[] = [];
const errors: string[] = [];
const cpuBefore = process.cpuUsage();
const started = performance.now();
const until = started + options.durationMs;
await Promise.all(
  Array.from({ length: options.connections }, async () => {
    while (performance.now() < until) {
      const at = performance.now();
      const error = await post(single);
      latencies.push(performance.now() - at);
      if (error) errors.push(error);
    }
  }),
);
const elapsedMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
agent.destroy();
latencies.sort((a, b) => a - b);
const percentile = (p: number) => percentileOf(latencies, p);
console.log(
  JSON.stringify({
    requests: latencies.length,
    errors: errors.length,
    firstError: errors[0],
    p50: percentile(50),
    p99: percentile(99),
    mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
    rps: latencies.length / (elapsedMs / 1000),
    cpuMs: (cpu.user + cpu.system) / 1000,
  }),
);
