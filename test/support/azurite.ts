import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** a local Azurite blob server for tests */
export interface AzuriteServer {
  readonly port: number;
  /** development-account connection string for this server (no real secret) */
  readonly connectionString: string;
  /** the development account's blob endpoint, http:// or https:// */
  readonly accountUrl: string;
  /** freezes the server (SIGSTOP): it keeps accepting connections and answers nothing */
  pause(): void;
  /** lets a paused server run again (SIGCONT) */
  resume(): void;
  /** kills the server and waits for it to exit; calling it again does nothing */
  stop(): Promise<void>;
  /** starts the server again on the same port, stopping it first if it is running */
  restart(): Promise<void>;
}

export interface AzuriteOptions {
  /**
   * folder for the server's data: blobs then survive `stop()` and `restart()`; without it the
   * server keeps everything in memory and a restart starts empty
   */
  dataDir?: string;
  /** serves HTTPS with this certificate and key (PEM files) */
  tls?: { certPath: string; keyPath: string };
  /** accepts OAuth bearer tokens (Azurite's basic check: issuer, audience, lifetime); needs tls */
  oauth?: boolean;
}

// Azurite's well-known development account: public, documented, accepted only by emulators.
const ACCOUNT_NAME = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const AZURITE_BLOB = path.resolve(__dirname, '../../node_modules/.bin/azurite-blob');

const READY_POLL_MS = 50;
const READY_ATTEMPTS = 600; // 30 s: first start on a busy machine can be slow
const EXIT_GRACE_MS = 5_000;
const KEPT_OUTPUT_CHARS = 4_000;

/** starts Azurite's blob service on a free loopback port and waits until it accepts connections */
export async function startAzurite(options: AzuriteOptions = {}): Promise<AzuriteServer> {
  const port = await findFreePort();
  let server: RunningServer | undefined = await launch(port, options);

  const stop = async (): Promise<void> => {
    const running = server;
    server = undefined;
    if (running) await terminate(running);
  };

  const protocol = options.tls ? 'https' : 'http';
  const signal = (name: NodeJS.Signals) => {
    if (server && !hasExited(server.child)) server.child.kill(name);
  };
  return {
    port,
    connectionString: developmentConnectionString(port, protocol),
    accountUrl: `${protocol}://127.0.0.1:${port}/${ACCOUNT_NAME}`,
    pause: () => signal('SIGSTOP'),
    resume: () => signal('SIGCONT'),
    stop,
    restart: async () => {
      await stop();
      server = await launch(port, options);
    },
  };
}

export function developmentConnectionString(port: number, protocol = 'http'): string {
  return [
    `DefaultEndpointsProtocol=${protocol}`,
    `AccountName=${ACCOUNT_NAME}`,
    `AccountKey=${ACCOUNT_KEY}`,
    `BlobEndpoint=${protocol}://127.0.0.1:${port}/${ACCOUNT_NAME}`,
  ].join(';');
}

interface RunningServer {
  child: ChildProcess;
  exited: Promise<unknown>;
}

async function launch(port: number, options: AzuriteOptions): Promise<RunningServer> {
  const persistence = options.dataDir ? ['--location', options.dataDir] : ['--inMemoryPersistence'];
  const tls = options.tls ? ['--cert', options.tls.certPath, '--key', options.tls.keyPath] : [];
  const oauth = options.oauth ? ['--oauth', 'basic'] : [];
  const child = spawn(
    process.execPath,
    [
      AZURITE_BLOB,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      ...persistence,
      ...tls,
      ...oauth,
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // `once` rejects if the process never started; the readiness loop reports that instead.
  const server = { child, exited: once(child, 'exit').catch(() => undefined) };
  let startError: Error | undefined;
  child.on('error', (error) => (startError = error));
  // Azurite still prints start-up lines with --silent: keep the tail for error messages only.
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-KEPT_OUTPUT_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  for (let attempt = 0; attempt < READY_ATTEMPTS; attempt++) {
    if (startError) throw new Error(`Azurite could not start: ${startError.message}`);
    if (hasExited(child)) {
      throw new Error(`Azurite exited before it was ready on port ${port}:\n${output}`);
    }
    if ((await acceptsConnections(port)) && !hasExited(child)) return server;
    await sleep(READY_POLL_MS);
  }
  await terminate(server);
  throw new Error(`Azurite did not accept connections on port ${port}:\n${output}`);
}

async function terminate({ child, exited }: RunningServer): Promise<void> {
  if (child.pid === undefined || hasExited(child)) return;
  // SIGTERM lets Azurite save its metadata when it persists to disk; SIGKILL if it hangs.
  // A paused server handles no signal but SIGKILL until it runs again.
  child.kill('SIGCONT');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** a loopback port that was free a moment ago (the OS picks it, then it is released) */
export async function findFreePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') {
    throw new Error('could not read the port the OS assigned');
  }
  return address.port;
}
