import { createAdapter } from './adapter';
import { HandoffBot } from './bot/handoffBot';
import { itemStoreAsStorage } from './bot/itemStoreAsStorage';
import { createBotState } from './bot/state';
import type { Config } from './config';
import { ask } from './knowledge';
import type { Logger } from './logger';
import { createHttpServer, type HttpServer } from './server';
import { type BotStore, openStore } from './storage';
import { version } from '../package.json';

export interface App {
  http: HttpServer;
  store: BotStore;
}

/** Builds every part from the configuration and wires them; nothing listens until `listen()`. */
export async function createApp(
  config: Config,
  logger: Logger,
  overrides: { port?: number; now?: () => Date } = {},
): Promise<App> {
  const store = await openStore(config.storage);
  const state = createBotState(itemStoreAsStorage(store.items));
  const adapter = createAdapter(config, logger);
  // Proactive posts are signed as this app; in local anonymous mode there is no app id.
  const appId = config.auth.mode === 'authenticated' ? config.auth.appId : '';
  const bot = new HandoffBot({
    state,
    ask,
    items: store.items,
    proactive: {
      continueConversation: (reference, logic) =>
        adapter.continueConversationAsync(appId, reference, logic),
    },
    logger,
    ...(overrides.now === undefined ? {} : { now: overrides.now }),
  });
  const http = createHttpServer({
    config,
    adapter,
    bot,
    logger,
    version,
    storageDescription: store.describe(),
    onClose: () => store.close(),
    ...(overrides.port === undefined ? {} : { port: overrides.port }),
  });
  return { http, store };
}
