export {
  createHttpServer,
  HEALTH_PATH,
  type HandoffPages,
  type HttpServer,
  type HttpServerOptions,
  type ListeningAddress,
  MESSAGES_PATH,
  NOTICE_ROUTE,
  type PageResult,
  type TurnRunner,
} from './httpServer';
export { ALL_INTERFACES, listenHost, LOOPBACK_HOST } from './host';
export { installSignalHandlers, type SignalHandlerOptions, STOP_SIGNALS } from './lifecycle';
