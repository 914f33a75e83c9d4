import type { AppDeps } from './app/deps';
import { handoffNoticePage, NOTICE_PAGE_CSP, noticePath } from './app/noticePage';
import type { Config } from './config';
import { storeOptions } from './config/storeOptions';
import { HandoffStore } from './handoffs';
import { ask } from './knowledge';
import type { Logger } from './logger';
import { PlaceStore } from './places';
import { createHttpServer, type HttpServer } from './server';
import { type BotStore, type OnCorrupt, openStore } from './storage';
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
  const store = await openStore(storeOptions(config.storage));
  const adapter = createAdapter(config, logger);
  // Proactive posts are signed as this app; in local anonymous mode there is no app id.
  const appId = config.auth.mode === 'authenticated' ? config.auth.appId : '';
  // A damaged record is set aside and the others go on; someone should still hear of it.
  const onCorrupt: OnCorrupt = (key, problem) =>
    logger.warn({ key, problem }, 'a stored item was not valid: it was set aside');
  const handoffs = new HandoffStore(store.items, { onCorrupt });
  const base = config.publicBaseUrl;
  const deps: AppDeps = {
    ask,
    handoffs,
    places: new PlaceStore(store.items, { onCorrupt }),
    outbox: adapterOutbox(adapter, appId),
    now: overrides.now ?? (() => new Date()),
    log: logger,
    // The page a meeting notification opens is served by the bot, on its public address.
    ...(base === undefined ? {} : { noticeUrl: (id, token) => `${base}${noticePath(id, token)}` }),
  };
  const bot = new TeamsBot({
    deps,
    items: store.items,
    ...(config.allowedTenants ? { allowedTenants: config.allowedTenants } : {}),
  });
  const http = createHttpServer({
    config,
    adapter,
    bot,
    logger,
    version,
    storageDescription: store.describe(),
    ready: () => store.probe(),
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
