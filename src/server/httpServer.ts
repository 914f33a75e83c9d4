import { performance } from 'node:perf_hooks';
import type { TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import * as restify from 'restify';
import type { Config } from '../config';
import { lazyTurnLogger, type Logger } from '../logger';
import type { CheckedActivity } from '../teams/activity';
import type { HostedAdapter } from '../teams/adapter';
import { readActivity } from './body';
import {
  applyConnectionLimits,
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
} from './connectionLimits';
import { listenHost } from './host';
import { createInFlight } from './inFlight';
import { listenError } from './listenError';
import { createReadiness, type ReadinessCheck } from './readiness';
import { type ErrorBody, publicBody, type TurnAnswer } from './turnResponse';

/** a page the bot serves beside its messaging endpoint, e.g. what a meeting notification opens */
export interface PageResult {
  readonly status: number;
  readonly html: string;
  /** the page's Content-Security-Policy */
  readonly csp: string;
}

/** the pages served under /handoffs/ */
export interface HandoffPages {
  notice(handoffId: string, token: string): Promise<PageResult>;
}

/** what runs a turn: the Teams translator, given the activity the host checked */
export interface TurnRunner {
  run(context: TurnContext, checked: CheckedActivity, logger: () => Logger): Promise<void>;
}

export interface HttpServerOptions {
  readonly config: Pick<Config, 'auth' | 'port' | 'maxBodyBytes'>;
  readonly adapter: HostedAdapter;
  readonly bot: TurnRunner;
  readonly logger: Logger;
  /** reported by /healthz */
  readonly version: string;
  /** reported by /healthz; must hold no secrets */
  readonly storageDescription: string;
  /** what /readyz checks (storage reachable and readable); without it the server is ready once up */
  readonly ready?: ReadinessCheck;
  /** timeouts and the connection cap; the defaults are the constants in connectionLimits.ts */
  readonly connectionLimits?: Partial<ConnectionLimits>;
  /** runs once the last turn has finished, e.g. to close storage */
  readonly onClose?: () => Promise<void> | void;
  /** defaults to 127.0.0.1 without credentials (the only host allowed then), 0.0.0.0 with them */
  readonly host?: string;
  /** overrides config.port; 0 picks a free port */
  readonly port?: number;
  /** how long close() waits for turns in flight before giving up on them */
  readonly drainTimeoutMs?: number;
  readonly pages?: HandoffPages;
}

export interface ListeningAddress {
  readonly host: string;
  readonly port: number;
}

export interface HttpServer {
  readonly server: restify.Server;
  listen(): Promise<ListeningAddress>;
  /** stops taking requests, waits for turns in flight, then runs onClose; safe to call twice */
  close(): Promise<void>;
}

export const MESSAGES_PATH = '/api/messages';
/** liveness: the process answers */
export const HEALTH_PATH = '/healthz';
/** readiness: the process can serve turns, its storage reachable and readable */
export const READY_PATH = '/readyz';
export const NOTICE_ROUTE = '/handoffs/:handoffId/notice';

const DEFAULT_DRAIN_TIMEOUT_MS = 25_000;
// Idle keep-alive sockets close at once; this only bounds a client that never reads its answer.
const CONNECTION_GRACE_MS = 5_000;
// A flood at the connection cap would otherwise log one line per refused connection.
const DROPPED_LOG_INTERVAL_MS = 10_000;

/** the bot's HTTP host: /api/messages for the Bot Connector, /healthz and /readyz for probes */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { config, adapter, bot, logger } = options;
  const host = listenHost(config.auth, options.host);
  const port = options.port ?? config.port;
  const drainTimeoutMs = options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
  const inFlight = createInFlight();
  let stopping = false;
  let closing: Promise<void> | undefined;

  const server = restify.createServer({
    name: 'handoff-advisor',
    // @types/restify@8 still describes the bunyan logger of older restify; restify 12 logs
    // through pino (its own default is a pino logger), so ours fits at run time.
    log: logger.child({ component: 'restify' }) as unknown as restify.ServerOptions['log'],
  });
  const httpServer = server.server;
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.connectionLimits };
  applyConnectionLimits(httpServer, limits);
  const readiness = createReadiness(options.ready ?? (async () => undefined));
  watchServerErrors(server, httpServer, logger, limits.maxConnections);

  const sendJson = (res: restify.Response, status: number, body: unknown) => {
    // Once stopping, no socket should stay open for another request.
    if (stopping) res.header('Connection', 'close');
    if (body === undefined) {
      res.status(status);
      res.end();
      return;
    }
    res.header('Content-Type', 'application/json');
    res.send(status, body);
  };
  const sendError = (res: restify.Response, status: number, error: ErrorBody) =>
    sendJson(res, status, { code: error.code, message: error.message });

  server.pre((_req: restify.Request, res: restify.Response, next: restify.Next) => {
    if (!stopping) return next();
    sendError(res, 503, {
      code: 'ShuttingDown',
      message: 'The bot is stopping; try again shortly.',
    });
    return next(false);
  });

  server.get(HEALTH_PATH, (_req: restify.Request, res: restify.Response, next: restify.Next) => {
    sendJson(res, 200, {
      status: 'ok',
      version: options.version,
      storage: options.storageDescription,
    });
    return next();
  });

  server.get(READY_PATH, async (_req: restify.Request, res: restify.Response) => {
    const answer = await readiness();
    if (answer.ready) {
      sendJson(res, 200, { status: 'ready', storage: options.storageDescription });
    } else {
      logger.warn({ reason: answer.reason }, 'not ready');
      sendJson(res, 503, { status: 'unavailable', reason: answer.reason });
    }
  });
  const pages = options.pages;
  if (pages) {
    server.get(NOTICE_ROUTE, async (req: restify.Request, res: restify.Response) => {
      const token = new URL(req.url ?? '/', 'http://host').searchParams.get('token') ?? '';
      const page = await pages
        .notice(String(req.params.handoffId ?? ''), token)
        .catch((err: unknown) => {
          logger.error({ err }, 'could not serve a page');
          return undefined;
        });
      if (stopping) res.header('Connection', 'close');
      // The page carries a secret in its address: nobody caches it or passes it on.
      res.writeHead(page?.status ?? 500, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': page?.csp ?? "default-src 'none'",
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(page?.html ?? '');
    });
  }

  /** the turn's answer; a refused token is 401 and any other failure 500, with its reason */
  const runTurn = async (
    req: restify.Request,
    activity: object,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<TurnAnswer> => {
    const authHeader = req.headers.authorization ?? '';
    try {
      const response = await adapter.runTurn(authHeader, activity, logic);
      return { status: response?.status ?? 200, body: response?.body };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { status: error instanceof AuthenticationError ? 401 : 500, body: reason };
    }
  };

  const handleActivity = async (req: restify.Request, res: restify.Response): Promise<void> => {
    const started = performance.now();
    const body = await readActivity(req, config.maxBodyBytes);
    if (!body.ok) {
      logger.warn({ status: body.status, code: body.code }, 'request refused');
      sendError(res, body.status, body);
      return;
    }

    const turnLog = lazyTurnLogger(logger, body.activity);
    const answer = await runTurn(req, body.activity, (context) => bot.run(context, body, turnLog));
    if (answer.status >= 400 && typeof answer.body === 'string') {
      // The adapter's own refusal (a bad token) or failure (an unreachable identity service):
      // keep its words in the log and send the caller a fixed message.
      const fields = { status: answer.status, reason: answer.body };
      if (answer.status < 500) turnLog().warn(fields, 'adapter refused the activity');
      else turnLog().error(fields, 'adapter could not run the turn');
    }
    sendJson(res, answer.status, publicBody(answer));
    if (logger.isLevelEnabled('info')) {
      turnLog().info(
        { status: answer.status, durationMs: Math.round(performance.now() - started) },
        'activity handled',
      );
    }
  };

  server.post(MESSAGES_PATH, async (req: restify.Request, res: restify.Response) => {
    await inFlight.run(async () => {
      try {
        await handleActivity(req, res);
      } catch (error) {
        logger.error({ err: error }, 'request failed');
        if (!res.headersSent) {
          sendError(res, 500, {
            code: 'InternalError',
            message: 'The bot could not process this activity.',
          });
        }
      }
    });
  });

  const listen = async (): Promise<ListeningAddress> => {
    if (stopping) throw new Error('The server has been closed; create a new one to listen again.');
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => reject(listenError(error, host, port));
      httpServer.once('error', fail);
      httpServer.listen(port, host, () => {
        httpServer.off('error', fail);
        resolve();
      });
    });
    const address = httpServer.address();
    if (address === null || typeof address === 'string') {
      throw new Error(`Expected a TCP address after listening, got ${String(address)}.`);
    }
    logger.info({ host, port: address.port, auth: config.auth.mode }, 'listening');
    return { host, port: address.port };
  };

  const stop = async (): Promise<void> => {
    stopping = true;
    const closed = httpServer.listening
      ? new Promise<void>((resolve) => httpServer.close(() => resolve()))
      : Promise.resolve();

    const drained = await settlesWithin(inFlight.idle(), drainTimeoutMs);
    if (drained) {
      // Every answer is written; sockets close once their answer is flushed.
      httpServer.closeIdleConnections();
      if (!(await settlesWithin(closed, CONNECTION_GRACE_MS))) httpServer.closeAllConnections();
    } else {
      logger.warn(
        { inFlight: inFlight.size, drainTimeoutMs },
        'stopped waiting for turns in flight',
      );
      httpServer.closeAllConnections();
    }
    await closed;
    logger.info('http server closed');
    await options.onClose?.();
  };

  return {
    server,
    listen,
    close: () => (closing ??= stop()),
  };
}

/**
 * keeps serving through errors of the listening socket (running out of file descriptors makes
 * accept fail) and says when the connection cap turns connections away. restify re-emits the
 * server's errors on itself, where an error without a listener would end the process.
 */
function watchServerErrors(
  server: restify.Server,
  httpServer: restify.Server['server'],
  logger: Logger,
  maxConnections: number,
): void {
  server.on('error', (error: Error) => {
    // Before listening, listen() itself reports the error.
    if (httpServer.listening) logger.error({ err: error }, 'http server error');
  });
  let dropped = 0;
  let lastReport = Number.NEGATIVE_INFINITY;
  httpServer.on('drop', () => {
    dropped += 1;
    const now = performance.now();
    if (now - lastReport < DROPPED_LOG_INTERVAL_MS) return;
    logger.warn({ dropped, maxConnections }, 'connections refused at the connection cap');
    lastReport = now;
    dropped = 0;
  });
}

/** true if `promise` settles within `ms`; the timer never keeps the process alive */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
