import type { Logger } from '../logger';

export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * how long stopping may take before the process exits anyway (code 1): longer than the HTTP
 * server's drain (25 s) and its connection grace (5 s), so only something stuck reaches it
 */
export const SHUTDOWN_DEADLINE_MS = 35_000;

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
  /** exit 1 if stopping has not finished this long after the signal */
  readonly deadlineMs?: number;
}

/**
 * on SIGTERM or SIGINT runs `stop` once, then exits 0 (1 if stopping failed or passed the
 * deadline). Later signals while stopping are ignored rather than killing the process halfway
 * through. returns a function that removes the handlers.
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
    deadlineMs = SHUTDOWN_DEADLINE_MS,
  } = options;
  let stopping = false;
  let exited = false;
  const exitOnce = (code: number) => {
    if (exited) return;
    exited = true;
    exit(code);
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger?.warn({ signal }, 'already stopping');
      return;
    }
    stopping = true;
    logger?.info({ signal }, 'stopping');
    const deadline = setTimeout(() => {
      logger?.error({ deadlineMs }, 'stopping took too long; exiting anyway');
      exitOnce(1);
    }, deadlineMs);
    Promise.resolve()
      .then(stop)
      .then(
        () => exitOnce(0),
        (error: unknown) => {
          logger?.error({ err: error }, 'stopping failed');
          exitOnce(1);
        },
      )
      .finally(() => clearTimeout(deadline));
  };

  const listeners = signals.map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, listener] of listeners) source.on(signal, listener);
  return () => {
    for (const [signal, listener] of listeners) source.off(signal, listener);
  };
}
