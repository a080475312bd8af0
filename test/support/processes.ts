import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { processEnv } from './env.js';

/** A free TCP port on loopback (the OS picks it; a process started right after may take it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface NodeProcess {
  name: string;
  child: ChildProcess;
  /** everything it printed (stdout and stderr), for a failing assertion's message */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code or signal */
  stop(graceMs?: number): Promise<number | string | null>;
}

/**
 * `node <args>` in `cwd` with ONLY the environment given (plus PATH): what a deployment gives a
 * process, nothing inherited from the test runner (no NODE_OPTIONS, no vitest variables).
 */
export function startNode(name: string, cwd: string, args: string[], env: Record<string, string>): NodeProcess {
  return startProcess(name, process.execPath, cwd, args, env);
}

/** `command <args>` in `cwd` with only `env` (plus PATH); see startNode. */
export function startProcess(name: string, command: string, cwd: string, args: string[], env: Record<string, string> = {}): NodeProcess {
  const child = spawn(command, args, { cwd, env: { PATH: processEnv.path, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return {
    name,
    child,
    output: () => output,
    stop: async (graceMs = 15_000) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        const result = await exited;
        clearTimeout(timer);
        return result;
      }
      return exited;
    },
  };
}

/** Resolves once `url` answers 2xx; fails with the process's output when it exits or `timeoutMs` passes. */
export async function waitUntilOk(url: string, proc: NodeProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null || proc.child.signalCode !== null) {
      throw new Error(`${proc.name} exited before ${url} answered:\n${proc.output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${proc.name}: ${url} did not answer within ${timeoutMs / 1000}s:\n${proc.output()}`);
}
