import type { DestinationStream } from 'pino';

/**
 * log lines held in memory at most while nobody reads stdout; beyond this lines are dropped and
 * counted, so a stalled log reader can neither block the bot nor fill its memory
 */
export const MAX_BUFFERED_LOG_BYTES = 8 * 1024 * 1024;

/** the part of a writable stream (process.stdout) the sink uses */
export interface SinkStream {
  write(chunk: string): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
  readonly writableLength: number;
}

/** where JSON log lines go */
export interface LogSink extends DestinationStream {
  /** resolves once what was written has left, the stream is gone, or `timeoutMs` has passed */
  flush(timeoutMs: number): Promise<void>;
  /** lines dropped so far because the stream was not read */
  readonly dropped: number;
}

/**
 * log lines to stdout that never hold the bot up. Lines are handed to the stream in one write per
 * turn of the event loop (a write per line costs several times more), asynchronously; when the
 * reader is gone (EPIPE, as when a supervisor or a log shipper dies) logging stops quietly
 * instead of throwing, and nothing waits for the pipe at shutdown longer than `flush` is told to.
 * (pino's own stdout destination retries a broken pipe forever when the process exits.)
 */
export function createStreamSink(
  stream: SinkStream = process.stdout,
  maxBufferedBytes: number = MAX_BUFFERED_LOG_BYTES,
): LogSink {
  let broken = false;
  let pending = '';
  let handOverScheduled = false;
  let dropped = 0;
  let droppedSinceReport = 0;
  stream.on('error', () => {
    // Nobody reads the logs any more, and there is nowhere else to say so.
    broken = true;
    pending = '';
  });

  const handOver = () => {
    handOverScheduled = false;
    if (broken || pending === '') return;
    const text = pending;
    pending = '';
    try {
      stream.write(text);
    } catch {
      broken = true;
    }
  };

  const enqueue = (text: string) => {
    pending += text;
    if (!handOverScheduled) {
      handOverScheduled = true;
      setImmediate(handOver);
    }
  };

  return {
    write(line: string): void {
      if (broken) return;
      if (stream.writableLength + pending.length + line.length > maxBufferedBytes) {
        dropped += 1;
        droppedSinceReport += 1;
        return;
      }
      if (droppedSinceReport > 0) {
        enqueue(
          `${JSON.stringify({
            level: 'warn',
            time: new Date().toISOString(),
            msg: 'log lines dropped while stdout was not read',
            dropped: droppedSinceReport,
          })}\n`,
        );
        droppedSinceReport = 0;
      }
      enqueue(line);
    },
    get dropped() {
      return dropped;
    },
    flush(timeoutMs: number): Promise<void> {
      handOver();
      if (broken || stream.writableLength === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          stream.off('drain', done);
          stream.off('close', done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        timer.unref();
        stream.once('drain', done);
        stream.once('close', done);
      });
    },
  };
}

let shared: LogSink | undefined;

/** the one sink for this process's stdout, shared by every logger that writes there */
export function stdoutSink(): LogSink {
  if (shared === undefined) {
    const sink = createStreamSink(process.stdout);
    // However the process ends, the last lines are handed over; a pipe with room takes them.
    process.once('exit', () => void sink.flush(0));
    shared = sink;
  }
  return shared;
}
