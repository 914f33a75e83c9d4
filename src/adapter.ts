import {
  type Activity,
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { authenticationOptions, type Config } from './config';
import { type Logger, turnLogger } from './logger';
import { ReusingAuthentication } from './reusingAuthentication';
import { StorageUnavailableError } from './storage';
import { tenantGate } from './tenantGate';

/** what a person sees when a turn fails: no internals, just what to do */
export const TURN_ERROR_REPLY = 'Something went wrong on my side; please try again.';
/** what a person sees when storage could not be reached: nothing of that message was kept */
export const STORAGE_ERROR_REPLY =
  "I couldn't reach my storage just now, so nothing from that message was saved. Please try again in a moment.";

// Only people who wrote something or pressed a card button are waiting for an answer; a failed
// reaction or membership event should not post an apology into a busy channel.
const REPLY_ON_ERROR = new Set<string>([ActivityTypes.Message, ActivityTypes.Invoke]);

/**
 * CloudAdapter with a turn entry for a host that has already read and checked the activity.
 * `CloudAdapter.process` would check the request and response objects again, building its
 * schemas on every call, and report failures on the console; the host does both itself.
 */
export class HostedAdapter extends CloudAdapter {
  /**
   * runs one turn: resolves to what to answer (the replies with expectReplies, an invoke's
   * response) or undefined for a plain 200; rejects with an AuthenticationError for a bad token
   */
  runTurn(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, withDates(activity), logic);
  }
}

/** Timestamps arrive as text; botbuilder hands them to bots as Dates (keeping the text). */
function withDates(activity: Activity): Activity {
  const raw = activity as Activity & Record<string, unknown>;
  for (const [field, rawField] of DATE_FIELDS) {
    const value = raw[field];
    if (typeof value === 'string') {
      raw[rawField] = value;
      raw[field] = new Date(value);
    }
  }
  return activity;
}
const DATE_FIELDS = [
  ['timestamp', 'rawTimestamp'],
  ['localTimestamp', 'rawLocalTimestamp'],
  ['expiration', 'rawExpiration'],
] as const;

/**
 * a CloudAdapter for the configured credentials: without an app id it accepts unauthenticated
 * requests (local anonymous mode, bound to loopback by the server); with one it checks every
 * request's bearer token.
 */
export function createAdapter(
  config: Pick<Config, 'auth' | 'allowedTenants'>,
  logger: Logger,
): HostedAdapter {
  const adapter = new HostedAdapter(
    new ReusingAuthentication(
      new ConfigurationBotFrameworkAuthentication(authenticationOptions(config.auth)),
    ),
  );
  const gate = tenantGate(config.allowedTenants);
  if (gate) adapter.use(gate);
  adapter.onTurnError = (context, error) => handleTurnError(context, error, logger);
  return adapter;
}

async function handleTurnError(context: TurnContext, error: Error, logger: Logger): Promise<void> {
  const log = turnLogger(context, logger);
  log.error({ err: error }, 'turn failed');
  if (!REPLY_ON_ERROR.has(context.activity.type)) return;
  try {
    const storageDown = causes(error).some((cause) => cause instanceof StorageUnavailableError);
    await context.sendActivity(storageDown ? STORAGE_ERROR_REPLY : TURN_ERROR_REPLY);
  } catch (sendError) {
    // The connector may be the thing that failed; the turn is over either way, so just record it.
    log.warn({ err: sendError }, 'could not tell the user the turn failed');
  }
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && chain.length < 10;) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}
