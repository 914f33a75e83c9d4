import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config';
import { stdoutSink } from './logSink';

export type { Logger } from 'pino';

// Fields that may carry secrets wherever they appear in a log object (one or two levels deep).
const SECRET_FIELDS = [
  'authorization',
  'Authorization',
  'password',
  'appPassword',
  'MicrosoftAppPassword',
  'connectionString',
  'BLOB_CONNECTION_STRING',
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
];
const REDACT_PATHS = [
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
  'req.headers.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

export interface LoggerOptions {
  readonly level: LogLevel;
}

/**
 * JSON lines to stdout through a sink that never blocks or throws (see logSink.ts), or to
 * `destination`, which tests use to capture or silence logs
 */
export function createLogger(
  options: LoggerOptions,
  destination: DestinationStream = stdoutSink(),
): Logger {
  const pinoOptions: pino.LoggerOptions = {
    name: 'handoff-advisor',
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return pino(pinoOptions, destination);
}

/** the parts of an activity a turn logger reads: never its text, value or attachments */
export interface TurnIdentity {
  readonly id?: string;
  readonly type?: string;
  readonly name?: string;
  readonly conversation?: { readonly conversationType?: string };
}

/**
 * a child logger for one turn: a correlation id (the activity id, else a random uuid), the
 * conversation type and the activity type, so every line of a turn can be found together.
 */
export function withTurn(logger: Logger, activity: TurnIdentity): Logger {
  return logger.child({
    correlationId: activity.id || randomUUID(),
    conversationType: activity.conversation?.conversationType,
    activityType: activity.type,
    // Invoke and event names say which card action or event ran; they are chosen by the app, not typed by people.
    ...(activity.type === 'invoke' || activity.type === 'event'
      ? { activityName: activity.name }
      : {}),
  });
}

/**
 * a turn's logger, made on first use: building a child logger costs more than most turns
 * spend logging at the configured level
 */
export function lazyTurnLogger(logger: Logger, activity: TurnIdentity): () => Logger {
  let made: Logger | undefined;
  return () => (made ??= withTurn(logger, activity));
}
