import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import {
  createHttpServer,
  DEFAULT_CONNECTION_LIMITS,
  HEADERS_TIMEOUT_MS,
  KEEP_ALIVE_TIMEOUT_MS,
  MAX_CONNECTIONS,
  REQUEST_TIMEOUT_MS,
  TIMEOUT_CHECK_INTERVAL_MS,
} from '../../src/server';
import { createAdapter } from '../../src/teams/adapter';
import { teamsActivities } from '../support/activities';
import {
  captureLogs,
  expectReplies,
  silentLogger,
  startTestServer,
  testConfig,
  type TestServer,
} from '../support/http';
import { EchoBot, SlowBot } from './fixtures/bots';

/** a raw TCP connection to the server, and what became of it */
interface RawConnection {
  readonly socket: Socket;
  /** everything the server sent */
  received(): string;
  /** resolves once the connection is closed, by either side */
  readonly closed: Promise<void>;
  /** true once the server has ended or reset the connection */
  closedByServer(): boolean;
}

function openRaw(port: number): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let data = '';
    let byServer = false;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      data += chunk;
    });
    socket.on('end', () => {
      byServer = true;
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A reset is the server closing too.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') byServer = true;
    });
    const closed = new Promise<void>((settle) => socket.once('close', () => settle()));
    socket.once('connect', () =>
      resolve({ socket, received: () => data, closed, closedByServer: () => byServer }),
    );
    socket.once('error', reject);
  });
}

/** GET /healthz on a connection of its own */
function healthOnFreshConnection(port: number): Promise<string> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(`status ${res.statusCode}`));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });
}

const running: TestServer[] = [];
const opened: Socket[] = [];
afterEach(async () => {
  opened.splice(0).forEach((socket) => socket.destroy());
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function serverWith(
  limits: Partial<typeof DEFAULT_CONNECTION_LIMITS>,
  bot = new EchoBot(),
  logger = silentLogger(),
): Promise<TestServer> {
  const server = await startTestServer({ bot, logger, connectionLimits: limits });
  running.push(server);
  return server;
}

async function rawConnections(port: number, count: number): Promise<RawConnection[]> {
  const connections: RawConnection[] = [];
  for (let i = 0; i < count; i += 1) {
    const connection = await openRaw(port);
    opened.push(connection.socket);
    connections.push(connection);
  }
  return connections;
}

describe('the connection limits', () => {
  it('are the documented constants unless told otherwise', () => {
    const config = testConfig();
    const http = createHttpServer({
      config,
      adapter: createAdapter(config, silentLogger()),
      bot: new EchoBot(),
      logger: silentLogger(),
      version: 'test',
      storageDescription: 'memory',
    });
    expect(http.server.server.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
    expect(http.server.server.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
    expect(http.server.server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(http.server.server.maxConnections).toBe(MAX_CONNECTIONS);
    expect(http.server.server).toHaveProperty(
      'connectionsCheckingInterval',
      TIMEOUT_CHECK_INTERVAL_MS,
    );
    // Stated in the README: headers before the whole request, the cap far below 1,024 files.
    expect(HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS);
    expect(MAX_CONNECTIONS).toBeLessThan(1024);
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    const config = testConfig();
    expect(() =>
      createHttpServer({
        config,
        adapter: createAdapter(config, silentLogger()),
        bot: new EchoBot(),
        logger: silentLogger(),
        version: 'test',
        storageDescription: 'memory',
        connectionLimits: { headersTimeoutMs: 2_000, requestTimeoutMs: 1_000 },
      }),
    ).toThrow(/headers timeout must not be longer than the request timeout/);
  });
});

describe('with real sockets on loopback', () => {
  // Short limits so the suite is quick; without them Node would keep these sockets 60 s or more.
  const SHORT = {
    headersTimeoutMs: 400,
    requestTimeoutMs: 800,
    keepAliveTimeoutMs: 300,
    timeoutCheckIntervalMs: 100,
  };

  it('closes connections that never send a byte, answering 408', async () => {
    const server = await serverWith(SHORT);
    const idle = await rawConnections(server.port, 50);
    await Promise.all(idle.map((connection) => connection.closed));
    for (const connection of idle) {
      expect(connection.closedByServer()).toBe(true);
      expect(connection.received()).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    }
    expect(await healthOnFreshConnection(server.port)).toBe('status 200');
  }, 15_000);

  it('closes a connection whose headers dribble in (slowloris)', async () => {
    const server = await serverWith(SHORT);
    const [slow] = await rawConnections(server.port, 1);
    slow.socket.write('POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    // One more header byte every 50 ms keeps the socket busy but never finishes the headers.
    const drip = setInterval(() => {
      if (!slow.socket.destroyed) slow.socket.write('X');
    }, 50);
    try {
      await slow.closed;
    } finally {
      clearInterval(drip);
    }
    expect(slow.closedByServer()).toBe(true);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
  }, 15_000);

  it('closes a connection whose body never finishes', async () => {
    const server = await serverWith(SHORT);
    const [slow] = await rawConnections(server.port, 1);
    slow.socket.write(
      'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'Content-Length: 1000\r\n\r\n{"type":',
    );
    await slow.closed;
    expect(slow.closedByServer()).toBe(true);
  }, 15_000);

  it('closes a kept-alive connection that stays idle after its answer', async () => {
    const server = await serverWith(SHORT);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const socketClosed = await new Promise<Promise<void>>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: server.port, path: '/healthz', agent },
          (res) => {
            res.resume();
            const closed = new Promise<void>((settle) => res.socket.once('close', () => settle()));
            res.on('end', () => resolve(closed));
          },
        );
        req.on('error', reject);
        req.end();
      });
      await socketClosed;
    } finally {
      agent.destroy();
    }
  }, 15_000);

  it('does not cut short a turn that takes longer to answer than the request timeout', async () => {
    const bot = new SlowBot();
    const server = await serverWith(SHORT, bot as unknown as EchoBot);
    const message = teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' }).personalMessage('slow');
    const turn = expectReplies(server.baseUrl, message);
    await bot.started.promise;
    // Twice the request timeout, measured by the server's own check of the connections.
    await new Promise((resolve) => setTimeout(resolve, SHORT.requestTimeoutMs * 2));
    bot.release.resolve();
    expect((await turn).map((reply) => reply.text)).toEqual(['done at last']);
  }, 15_000);

  it('refuses connections beyond the cap, and /healthz answers again once they go', async () => {
    const logs = captureLogs('warn');
    const server = await serverWith(
      { maxConnections: 20, headersTimeoutMs: 60_000, requestTimeoutMs: 60_000 },
      new EchoBot(),
      logs.logger,
    );
    const held = await rawConnections(server.port, 20);
    // Let the server accept all twenty before the next one arrives.
    await new Promise((resolve) => setTimeout(resolve, 100));

    const [refused] = await rawConnections(server.port, 1);
    await refused.closed;
    expect(refused.closedByServer()).toBe(true);
    expect(refused.received()).toBe('');
    expect(await healthOnFreshConnection(server.port)).not.toBe('status 200');
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        msg: 'connections refused at the connection cap',
        maxConnections: 20,
      }),
    );

    held.forEach((connection) => connection.socket.destroy());
    await Promise.all(held.map((connection) => connection.closed));
    let health = '';
    for (let attempt = 0; attempt < 50 && health !== 'status 200'; attempt += 1) {
      health = await healthOnFreshConnection(server.port);
      if (health !== 'status 200') await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(health).toBe('status 200');
  }, 15_000);
});
