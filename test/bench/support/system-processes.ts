import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { processEnv } from '../../support/env.js';

// The system as `pnpm start` runs it, one process per part (built dist/, production profile, logs
// to files), for the benchmarks that measure processes from the outside: CPU and memory per
// process from /proc, with nothing sharing an event loop with what it measures.

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const PAGE_BYTES = Number(execFileSync('getconf', ['PAGESIZE']).toString().trim()) || 4096;

export interface Proc {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The processes a benchmark started, their log folder, and how to stop them all. */
export class BenchProcesses {
  readonly procs: Proc[] = [];

  constructor(readonly logDir: string) {}

  /** `node <args>` with only `env` (plus PATH), output to `<logDir>/<name>.log` as `pnpm start` does. */
  start(name: string, cwd: string, args: string[], env: Record<string, string>): Proc {
    const log = openSync(path.join(this.logDir, `${name}.log`), 'a');
    const child = spawn(process.execPath, args, { cwd, env: { PATH: processEnv.path, ...env }, stdio: ['ignore', log, log] });
    closeSync(log);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const proc: Proc = {
      name,
      child,
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      },
    };
    this.procs.push(proc);
    return proc;
  }

  /** Waits until `url` answers 2xx, failing at once if the process exits. */
  async waitFor(url: string, proc: Proc, init?: RequestInit, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited; see ${this.logDir}/${proc.name}.log`);
      const ok = await fetch(url, init).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${proc.name} did not answer at ${url}; see ${this.logDir}/${proc.name}.log`);
  }

  async stopAll(): Promise<void> {
    for (const proc of [...this.procs].reverse()) await proc.stop();
  }
}

/** CPU time (user + system, ms) a process has used so far, from /proc. */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** Resident memory of a process now, in MiB (from /proc/<pid>/statm). */
export function rssMibOf(pid: number): number {
  const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
  return (resident * PAGE_BYTES) / 1024 / 1024;
}

/** The PostgreSQL server processes serving the database at `databaseUrl` (the postmaster's children). */
export function postgresPids(databaseUrl: string): number[] {
  const port = new URL(databaseUrl).port;
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const postmaster = pids.find((pid) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return /postgres$/.test(cmd[0] ?? '') && cmd.includes('-p') && cmd[cmd.indexOf('-p') + 1] === port;
    } catch {
      return false;
    }
  });
  if (!postmaster) return [];
  return pids
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
}

export const SUBGRAPHS = ['identity', 'members', 'crm', 'analytics'] as const;
/** the subgraphs' /metrics token in the benchmarks (production profile: /metrics is closed without one) */
export const BENCH_METRICS_TOKEN = 'bench-metrics-token-0123456789';

/** A subgraph's V8 heap in use now, MiB (prom-client's nodejs_heap_size_used_bytes on its /metrics). */
export async function heapUsedMibOf(graphqlUrl: string): Promise<number> {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'), {
    headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` },
  });
  const line = (await response.text()).split('\n').find((l) => l.startsWith('nodejs_heap_size_used_bytes'));
  return Number(line?.split(' ').pop()) / 1024 / 1024;
}
export type PartName = (typeof SUBGRAPHS)[number] | 'gateway';

/**
 * The four subgraphs (one after another: each migrates its own schema in the shared database) and
 * the gateway in front of them, as `pnpm start` wires them; the gateway's rate-limit counters and
 * revocation announcements in PostgreSQL. Returns each part's GraphQL address.
 */
export async function startCareline(
  system: BenchProcesses,
  options: {
    root: string;
    databaseUrl: string;
    ports: Record<PartName, number>;
    gatewayPublicKey: string;
    gatewayPrivateKey: string;
    identityTokenKey: string;
    demoPartnerApiKey: string;
    /** another checkout's built gateway/ (before/after on the same machine) */
    gatewayDir?: string;
    /** node flags for the gateway (a CPU profile) */
    gatewayNodeArgs?: string[];
  },
): Promise<Record<PartName, string>> {
  const urls = {} as Record<PartName, string>;
  for (const name of SUBGRAPHS) {
    const proc = system.start(name, path.join(options.root, 'services', name), ['dist/main.js'], {
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.ports[name]),
      HOST: '127.0.0.1',
      GATEWAY_PUBLIC_KEY: options.gatewayPublicKey,
      METRICS_TOKEN: BENCH_METRICS_TOKEN,
      ...(name === 'identity'
        ? { IDENTITY_TOKEN_PRIVATE_KEY: options.identityTokenKey, BOOTSTRAP_DEMO: 'true', DEMO_PARTNER_API_KEY: options.demoPartnerApiKey }
        : {}),
    });
    await system.waitFor(`http://127.0.0.1:${options.ports[name]}/ready`, proc);
    urls[name] = `http://127.0.0.1:${options.ports[name]}/graphql`;
  }
  urls.gateway = await startGateway(system, 'gateway', options, options.ports.gateway, urls);
  return urls;
}

/**
 * A gateway process as `pnpm start` runs it, in front of the given subgraph addresses (the real
 * subgraphs, or the gateway benchmark's replaying ones); returns its GraphQL address.
 */
export async function startGateway(
  system: BenchProcesses,
  name: string,
  options: { root: string; databaseUrl: string; gatewayPrivateKey: string; gatewayDir?: string; gatewayNodeArgs?: string[] },
  port: number,
  subgraphUrls: Record<(typeof SUBGRAPHS)[number], string>,
): Promise<string> {
  const gateway = system.start(
    name,
    options.gatewayDir ?? path.join(options.root, 'gateway'),
    [...(options.gatewayNodeArgs ?? []), 'dist/main.js'],
    {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      GATEWAY_PRIVATE_KEY: options.gatewayPrivateKey,
      DATABASE_URL: options.databaseUrl,
      // generous limits: the benchmarks measure the limiter's cost, not its refusals
      RATE_LIMIT_PER_STAFF: '1000000000',
      RATE_LIMIT_PER_API_KEY: '1000000000',
      ...Object.fromEntries(SUBGRAPHS.map((subgraph) => [`${subgraph.toUpperCase()}_URL`, subgraphUrls[subgraph]])),
    },
  );
  await system.waitFor(`http://127.0.0.1:${port}/health`, gateway);
  return `http://127.0.0.1:${port}/graphql`;
}
