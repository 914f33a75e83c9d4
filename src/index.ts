import { createApp } from './app';
import { describeConfig, loadConfigOrExit } from './config';
import { createLogger } from './logger';
import { installSignalHandlers } from './server';

/** The entry point only wires: configuration, the app, the signals. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger({ level: config.logLevel });
  const app = await createApp(config, logger);
  const address = await app.http.listen();
  installSignalHandlers(() => app.http.close(), { logger });
  logger.info({ ...address, config: describeConfig(config) }, 'Handoff Advisor is listening');
}

main().catch((error: unknown) => {
  process.stderr.write(`Handoff Advisor could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
