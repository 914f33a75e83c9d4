import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { buildSync } from 'esbuild';

const REPO_ROOT = path.resolve(__dirname, '..');

/** A bot server in its own process, built as `npm start` builds it, on a free loopback port. */
export interface ServerProcess {
  baseUrl: string;
  pid: number;
  /** milliseconds from spawning the process to the first healthy /healthz */
  readyMs: number;
  /** the most memory the process has held so far (VmHWM), in MiB */
  peakRssMiB(): number;
  stop(): Promise<void>;
}

export async function startServer(
  entry: string,
  env: Record<string, string>,
): Promise<ServerProcess> {
  // Bundled as `npm start` bundles the bot, so both servers run plain JavaScript.
  const bundle = path.join(REPO_ROOT, 'build', 'bench', `${path.basename(entry, '.ts')}.js`);
  buildSync({
    entryPoints: [path.join(REPO_ROOT, entry)],
    bundle: true,
    platform: 'node',
    packages: 'external',
    outfile: bundle,
    logLevel: 'warning',
  });
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child: ChildProcess = spawn(process.execPath, [bundle], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  const pid = child.pid!;
  return {
    baseUrl,
    pid,
    readyMs,
    peakRssMiB: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
      return kib / 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
