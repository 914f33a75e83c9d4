import { describeConfig, loadConfigOrExit } from './config';
import { createLogger } from './logger';
import { stdoutSink } from './logSink';
import { installSignalHandlers } from './server/lifecycle';
import { startTelemetry } from './telemetry';

/** how long the last log lines may take to leave at exit; a dead log reader gets no longer */
const LOG_FLUSH_TIMEOUT_MS = 2_000;
/** how long buffered telemetry may take to be sent at exit */
const TELEMETRY_FLUSH_TIMEOUT_MS = 5_000;

/** The entry point only wires: configuration, telemetry, the app, the signals. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logs = stdoutSink();
  const logger = createLogger({ level: config.logLevel }, logs);
  const telemetry = await startTelemetry(config.telemetry);
  // Loaded only now, so that telemetry (when on) instruments the modules the app loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createApp } = require('./app') as typeof import('./app');
  const app = await createApp(config, logger);

  let address: Awaited<ReturnType<typeof app.http.listen>>;
  try {
    address = await app.http.listen();
  } catch (error) {
    await app.http.close();
    throw error;
  }
  installSignalHandlers(
    async () => {
      await app.http.close();
      await telemetry.shutdown(TELEMETRY_FLUSH_TIMEOUT_MS);
    },
    {
      logger,
      // Exit does not wait on the log pipe longer than this, so a gone reader cannot hold it.
      exit: (code) => void logs.flush(LOG_FLUSH_TIMEOUT_MS).finally(() => process.exit(code)),
    },
  );
  logger.info({ ...address, config: describeConfig(config) }, 'Handoff Advisor is listening');
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Handoff Advisor could not start: ${message}\n`);
  process.exit(1);
});
