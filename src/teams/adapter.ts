import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { authenticationOptions, type Config } from '../config';
import { type Logger, withTurn } from '../logger';
import { ReusingAuthentication } from './reusingAuthentication';
import { answerFailure } from './teamsBot';

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
    activity: object,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, withDates(activity as Activity), logic);
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
export function createAdapter(config: Pick<Config, 'auth'>, logger: Logger): HostedAdapter {
  const adapter = new HostedAdapter(
    new ReusingAuthentication(
      new ConfigurationBotFrameworkAuthentication(authenticationOptions(config.auth)),
    ),
  );
  // The bot answers its own failures; this answers whatever else fails in a turn.
  adapter.onTurnError = (context, error) =>
    answerFailure(context, error, withTurn(logger, context.activity));
  return adapter;
}
