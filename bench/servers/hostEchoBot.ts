/**
 * A second baseline for `npm run bench`: an echo bot on exactly the advisor's host (restify,
 * CloudAdapter, the same HTTP host, configuration and logger), with no state and no rubric.
 */
import { createAdapter } from '../../src/teams/adapter';
import { loadConfigOrExit } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createHttpServer, installSignalHandlers } from '../../src/server';
import { EchoBot } from './echo';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger({ level: config.logLevel });
  const http = createHttpServer({
    config,
    adapter: createAdapter(config, logger),
    bot: new EchoBot(),
    logger,
    version: 'echo',
    storageDescription: 'none',
  });
  await http.listen();
  installSignalHandlers(() => http.close(), { logger });
}

void main();
