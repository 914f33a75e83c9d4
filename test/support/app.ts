import { type App, createApp } from '../../src/app';
import type { Logger } from '../../src/logger';
import { silentLogger, testConfig } from './http';
import { makeTempDir, removeTempDir } from './tempDir';

/** The whole bot (real storage, adapter, server) in this process, on an ephemeral loopback port. */
export interface RunningApp {
  app: App;
  baseUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

export async function startApp(
  env: Record<string, string> = {},
  logger: Logger = silentLogger(),
): Promise<RunningApp> {
  const dataDir = await makeTempDir('app');
  const app = await createApp(testConfig({ DATA_DIR: dataDir, ...env }), logger, {
    port: 0,
  });
  const { port } = await app.http.listen();
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    close: async () => {
      await app.http.close();
      await removeTempDir(dataDir);
    },
  };
}

/** Starts the app before a suite's tests and stops it after them. */
export function useApp(
  env: Record<string, string> = {},
  logger?: Logger,
): { readonly current: RunningApp } {
  let current: RunningApp | undefined;
  beforeAll(async () => {
    current = await startApp(env, logger);
  });
  afterAll(async () => {
    await current?.close();
  });
  return {
    get current(): RunningApp {
      if (!current) throw new Error('useApp: the app only runs inside tests');
      return current;
    },
  };
}
