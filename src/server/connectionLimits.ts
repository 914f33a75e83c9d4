import type { Server } from 'node:http';

/** how long a client may take to send a request's headers: dribbled (slowloris) headers end here */
export const HEADERS_TIMEOUT_MS = 10_000;
/**
 * how long a client may take to send a whole request, headers and body. Only receiving counts:
 * a turn that takes longer to answer is not cut short.
 */
export const REQUEST_TIMEOUT_MS = 30_000;
/** how long a kept-alive connection may sit idle between two requests */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/**
 * how often the two timeouts above are checked, so a connection that never sends a byte is
 * closed within HEADERS_TIMEOUT_MS plus this (Node checks every 30 s by default)
 */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;
/**
 * open connections at most; beyond it new ones are closed at once. Well below the usual limit
 * of 1,024 open files, so the bot keeps descriptors for storage, the Bot Connector and probes.
 * Teams' connector reuses few connections, so real traffic stays far below it.
 */
export const MAX_CONNECTIONS = 256;

export interface ConnectionLimits {
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly timeoutCheckIntervalMs: number;
  readonly maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = Object.freeze({
  headersTimeoutMs: HEADERS_TIMEOUT_MS,
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  keepAliveTimeoutMs: KEEP_ALIVE_TIMEOUT_MS,
  timeoutCheckIntervalMs: TIMEOUT_CHECK_INTERVAL_MS,
  maxConnections: MAX_CONNECTIONS,
});

/** sets the limits on a server that is not listening yet */
export function applyConnectionLimits(server: Server, limits: ConnectionLimits): void {
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new RangeError('The headers timeout must not be longer than the request timeout.');
  }
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  // restify creates its server without options; Node reads this one when listening starts.
  Object.assign(server, { connectionsCheckingInterval: limits.timeoutCheckIntervalMs });
}
