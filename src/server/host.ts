import type { BotAuth } from '../config';

/** the only address local anonymous mode may listen on */
export const LOOPBACK_HOST = '127.0.0.1';
/** every interface: only with credentials, where each request's token is checked */
export const ALL_INTERFACES = '0.0.0.0';

/**
 * where the server listens. Without an app id any caller could act as the Bot Connector, so that
 * mode is held to loopback and asking for another host is an error, not a silent fallback.
 */
export function listenHost(auth: BotAuth, requested?: string): string {
  if (auth.mode === 'authenticated') return requested ?? ALL_INTERFACES;
  if (requested !== undefined && requested !== LOOPBACK_HOST) {
    throw new Error(
      `Local anonymous mode (no MicrosoftAppId) only listens on ${LOOPBACK_HOST}, not ${requested}: ` +
        "set the bot's identity (MicrosoftAppId and what its MicrosoftAppType needs) to listen on other interfaces.",
    );
  }
  return LOOPBACK_HOST;
}
