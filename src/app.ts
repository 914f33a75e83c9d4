import type { AppDeps } from './app/deps';
import { handoffNoticePage, NOTICE_PAGE_CSP, noticePath } from './app/noticePage';
import type { Config } from './config';
import { HandoffStore } from './handoffs';
import { ask } from './knowledge';
import type { Logger } from './logger';
import { PlaceStore } from './places';
import { createHttpServer, type HttpServer } from './server';
import { type BotStore, openStore } from './storage';
import { itemStoreOver } from './storage/storageAsItemStore';
import { createAdapter } from './teams/adapter';
import { adapterOutbox } from './teams/outbox';
import { TeamsBot } from './teams/teamsBot';
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
  const items = itemStoreOver(store.storage);
  const adapter = createAdapter(config, logger);
  // Proactive posts are signed as this app; in local anonymous mode there is no app id.
  const appId = config.auth.mode === 'authenticated' ? config.auth.appId : '';
  const handoffs = new HandoffStore(store.storage);
  const base = config.publicBaseUrl;
  const deps: AppDeps = {
    ask,
    handoffs,
    places: new PlaceStore(store.storage),
    outbox: adapterOutbox(adapter, appId),
    now: overrides.now ?? (() => new Date()),
    log: logger,
    // The page a meeting notification opens is served by the bot, on its public address.
    ...(base === undefined ? {} : { noticeUrl: (id, token) => `${base}${noticePath(id, token)}` }),
  };
  const bot = new TeamsBot({
    deps,
    items,
    ...(config.allowedTenants ? { allowedTenants: config.allowedTenants } : {}),
  });
  const http = createHttpServer({
    config,
    adapter,
    bot,
    logger,
    version,
    storageDescription: store.describe(),
    onClose: () => store.close(),
    pages: {
      notice: async (id, token) => ({
        ...(await handoffNoticePage(handoffs, id, token)),
        csp: NOTICE_PAGE_CSP,
      }),
    },
    ...(overrides.port === undefined ? {} : { port: overrides.port }),
  });
  return { http, store };
}
