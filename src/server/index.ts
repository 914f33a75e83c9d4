export {
  createHttpServer,
  HEALTH_PATH,
  type HandoffPages,
  type HttpServer,
  type HttpServerOptions,
  type ListeningAddress,
  MESSAGES_PATH,
  READY_PATH,
  NOTICE_ROUTE,
  type PageResult,
  type TurnRunner,
} from './httpServer';
export {
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
  HEADERS_TIMEOUT_MS,
  KEEP_ALIVE_TIMEOUT_MS,
  MAX_CONNECTIONS,
  REQUEST_TIMEOUT_MS,
  TIMEOUT_CHECK_INTERVAL_MS,
} from './connectionLimits';
export { ALL_INTERFACES, listenHost, LOOPBACK_HOST } from './host';
export { ListenError } from './listenError';
export { READINESS_TIMEOUT_MS, type Readiness, type ReadinessCheck } from './readiness';
export {
  installSignalHandlers,
  SHUTDOWN_DEADLINE_MS,
  type SignalHandlerOptions,
  STOP_SIGNALS,
} from './lifecycle';
