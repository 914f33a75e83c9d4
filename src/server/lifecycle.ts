import type { Logger } from '../logger';

export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/** the part of `process` the handlers use, so tests can send signals to a stand-in */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

export interface SignalHandlerOptions {
  readonly source?: SignalSource;
  readonly exit?: (code: number) => void;
  readonly logger?: Pick<Logger, 'info' | 'warn' | 'error'>;
  readonly signals?: readonly NodeJS.Signals[];
}

/**
 * on SIGTERM or SIGINT runs `stop` once, then exits 0 (1 if stopping failed). Later signals
 * while stopping are ignored rather than killing the process halfway through.
 * returns a function that removes the handlers.
 */
export function installSignalHandlers(
  stop: () => Promise<void>,
  options: SignalHandlerOptions = {},
): () => void {
  const {
    source = process,
    exit = (code: number) => process.exit(code),
    logger,
    signals = STOP_SIGNALS,
  } = options;
  let stopping = false;

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger?.warn({ signal }, 'already stopping');
      return;
    }
    stopping = true;
    logger?.info({ signal }, 'stopping');
    Promise.resolve()
      .then(stop)
      .then(
        () => exit(0),
        (error: unknown) => {
          logger?.error({ err: error }, 'stopping failed');
          exit(1);
        },
      );
  };

  const listeners = signals.map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, listener] of listeners) source.on(signal, listener);
  return () => {
    for (const [signal, listener] of listeners) source.off(signal, listener);
  };
}
