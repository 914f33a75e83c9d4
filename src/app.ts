import { ConversationState, UserState } from 'botbuilder';
import { createAdapter } from './adapter';
import { HandoffBot } from './bot/handoffBot';
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
  overrides: { port?: number } = {},
): Promise<App> {
  const store = await openStore(config.storage);
  const state = createBotState(new ConversationState(store.storage), new UserState(store.storage));
  const bot = new HandoffBot({ state, ask });
  const http = createHttpServer({
    config,
    adapter: createAdapter(config, logger),
    bot,
    logger,
    version,
    storageDescription: store.describe(),
    onClose: () => store.close(),
    ...(overrides.port === undefined ? {} : { port: overrides.port }),
  });
  return { http, store };
}
