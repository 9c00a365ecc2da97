import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A server under test, running as its own process. */
export interface RunningServer {
  readonly label: string;
  readonly url: string;
  readonly pid: number;
  /** The server's last output when its process has exited, else null. */
  exitReport(): string | null;
  /** Highest resident set size seen since the last `resetPeak`, in bytes. */
  peakRss(): number;
  resetPeak(): void;
  stop(): Promise<void>;
}

export interface ServerCommand {
  label: string;
  args: string[];
  env: Record<string, string>;
  /** A request that answers once the server is ready. */
  readyPath: string;
  readyBody?: string;
  /** Receives everything the server writes to stdout and stderr, as it comes. */
  onOutput?: (chunk: Buffer) => void;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node <args>` in the repository, waits until it answers, and samples its memory. */
export async function startServer(command: ServerCommand): Promise<RunningServer> {
  const port = Number(command.env.PORT);
  const child = spawn(process.execPath, command.args, {
    cwd: repositoryRoot,
    env: { ...process.env, ...command.env, HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
    command.onOutput?.(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, `${url}${command.readyPath}`, command.readyBody, () => output, command.label);
  let peak = 0;
  const sample = async () => {
    const rss = await residentBytes(child.pid!);
    if (rss > peak) peak = rss;
  };
  const timer = setInterval(() => void sample(), 200);
  timer.unref();
  await sample();
  return {
    label: command.label,
    url,
    pid: child.pid!,
    exitReport: () =>
      child.exitCode !== null || child.signalCode !== null
        ? `${command.label} exited (${child.exitCode ?? child.signalCode}). Its last output:\n${output.slice(-2_000)}`
        : null,
    peakRss: () => peak,
    resetPeak: () => {
      peak = 0;
    },
    stop: async () => {
      clearInterval(timer);
      await stopProcess(child);
    },
  };
}

async function waitUntilReady(
  child: ChildProcess,
  url: string,
  body: string | undefined,
  output: () => string,
  label: string,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${label} exited with code ${child.exitCode} before answering:\n${output()}`);
    }
    try {
      const response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopProcess(child);
  throw new Error(`${label} did not answer ${url} within 120 s:\n${output()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timeout);
}

async function residentBytes(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command to completion with its output passed through, each line after `prefix` when one
 * is given (two commands running side by side can then be told apart); fails with its exit code.
 */
export async function runToCompletion(
  label: string,
  args: string[],
  env: Record<string, string>,
  prefix?: string,
): Promise<void> {
  const child = spawn(process.execPath, args, {
    cwd: repositoryRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', prefix === undefined ? 'inherit' : 'pipe', prefix === undefined ? 'inherit' : 'pipe'],
  });
  const passThrough = (from: Readable | null, to: NodeJS.WriteStream) => {
    if (!from) return;
    createInterface({ input: from, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
      to.write(`${prefix}${line}\n`);
    });
  };
  passThrough(child.stdout, process.stdout);
  passThrough(child.stderr, process.stderr);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`${label} failed (exit code ${code})`);
}
