import type { Activity } from 'botbuilder';
import type { DestinationStream } from 'pino';
import { createAdapter, type HostedAdapter } from '../../src/teams/adapter';
import { type Config, loadConfig } from '../../src/config';
import { createLogger, type Logger } from '../../src/logger';
import {
  createHttpServer,
  type HttpServer,
  type HttpServerOptions,
  type TurnRunner,
} from '../../src/server';

/** a logger that writes nothing */
export function silentLogger(): Logger {
  return createLogger({ level: 'silent' });
}

export interface CapturedLogs {
  readonly logger: Logger;
  /** every line logged so far, parsed */
  lines(): Record<string, unknown>[];
  /** the raw text logged so far, to check that something never appears */
  text(): string;
}

/** a logger that keeps its JSON lines in memory instead of printing them */
export function captureLogs(level: Config['logLevel'] = 'trace'): CapturedLogs {
  const written: string[] = [];
  const destination: DestinationStream = { write: (line: string) => void written.push(line) };
  return {
    logger: createLogger({ level }, destination),
    lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => written.join(''),
  };
}

/** a Config from `env` alone: no `.env` file is read, so a developer's own file cannot leak in */
export function testConfig(env: Record<string, string | undefined> = {}): Config {
  return loadConfig(env, { envFile: false });
}

export interface TestServerOptions {
  readonly bot: TurnRunner;
  /** environment for the config (local anonymous mode by default) */
  readonly env?: Record<string, string | undefined>;
  readonly logger?: Logger;
  readonly onClose?: () => Promise<void> | void;
  readonly drainTimeoutMs?: number;
  readonly version?: string;
  readonly storageDescription?: string;
  readonly ready?: HttpServerOptions['ready'];
  readonly connectionLimits?: HttpServerOptions['connectionLimits'];
}

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  readonly baseUrl: string;
  readonly port: number;
  readonly adapter: HostedAdapter;
  readonly http: HttpServer;
  readonly config: Config;
  close(): Promise<void>;
}

/** the real server with the real adapter, on 127.0.0.1 and an ephemeral port */
export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const config = testConfig(options.env);
  const logger = options.logger ?? silentLogger();
  const adapter = createAdapter(config, logger);
  const http = createHttpServer({
    config,
    adapter,
    bot: options.bot,
    logger,
    version: options.version ?? '0.0.0-test',
    storageDescription: options.storageDescription ?? 'memory',
    onClose: options.onClose,
    host: '127.0.0.1',
    port: 0,
    drainTimeoutMs: options.drainTimeoutMs,
    ready: options.ready,
    connectionLimits: options.connectionLimits,
  });
  const { port } = await http.listen();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    adapter,
    http,
    config,
    close: () => http.close(),
  };
}

/**
 * starts a server before the suite's tests and stops it after them:
 * `const server = useTestServer(() => ({ bot: new EchoBot() }));` then `server.current.baseUrl`.
 */
export function useTestServer(options: () => TestServerOptions): { readonly current: TestServer } {
  let current: TestServer | undefined;
  beforeAll(async () => {
    current = await startTestServer(options());
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get current(): TestServer {
      if (current === undefined)
        throw new Error('useTestServer: the server is only up inside tests');
      return current;
    },
  };
}

export interface HttpResult<Body = unknown> {
  readonly status: number;
  readonly headers: Headers;
  /** parsed JSON, else the text, else undefined for an empty body */
  readonly body: Body;
}

async function toResult(response: Response): Promise<HttpResult> {
  const text = await response.text();
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body };
}

export interface PostOptions {
  readonly headers?: Record<string, string>;
  readonly path?: string;
}

/** POSTs an activity as JSON to /api/messages */
export async function postActivity(
  baseUrl: string,
  activity: Partial<Activity> | Record<string, unknown>,
  options: PostOptions = {},
): Promise<HttpResult> {
  return postRaw(baseUrl, JSON.stringify(activity), options);
}

/** POSTs any text (malformed JSON, huge bodies) with a JSON content type unless told otherwise */
export async function postRaw(
  baseUrl: string,
  body: string,
  options: PostOptions = {},
): Promise<HttpResult> {
  const response = await fetch(`${baseUrl}${options.path ?? '/api/messages'}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options.headers },
    body,
  });
  return toResult(response);
}

/** GETs a path, e.g. /healthz */
export async function getJson(baseUrl: string, path: string): Promise<HttpResult> {
  return toResult(await fetch(`${baseUrl}${path}`));
}

/**
 * sends `activity` with deliveryMode expectReplies and returns the bot's replies from the HTTP
 * response: no connector is involved. Throws with the status and body if the turn failed.
 */
export async function expectReplies(
  baseUrl: string,
  activity: Partial<Activity>,
  options: PostOptions = {},
): Promise<Partial<Activity>[]> {
  const result = await postActivity(
    baseUrl,
    { ...activity, deliveryMode: 'expectReplies' },
    options,
  );
  const activities = repliesOf(result.body);
  if (result.status !== 200 || activities === undefined) {
    throw new Error(
      `expectReplies: expected 200 with { activities }, got ${result.status} ${JSON.stringify(result.body)}`,
    );
  }
  return activities;
}

function repliesOf(body: unknown): Partial<Activity>[] | undefined {
  if (typeof body !== 'object' || body === null || !('activities' in body)) return undefined;
  const { activities } = body;
  if (!Array.isArray(activities)) return undefined;
  return activities.filter(
    (reply): reply is Partial<Activity> => typeof reply === 'object' && reply !== null,
  );
}
