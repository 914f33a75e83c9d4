import { type BrowserContext, chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  DEFAULT_CHROMIUM_PATH,
  isExecutable,
} from '../../tools/cardsPreview/browser';
import { makeTempDir, removeTempDir } from './tempDir';

/** Debian's Chromium (`apt-get install -y chromium`); no browser is ever downloaded */
export const CHROMIUM_PATH = DEFAULT_CHROMIUM_PATH;

/** whether Chromium is installed where the end-to-end tests look for it */
export function chromiumAvailable(executablePath: string = CHROMIUM_PATH): boolean {
  return isExecutable(executablePath);
}

export interface ChromiumSession {
  readonly context: BrowserContext;
  /** closes the browser and removes its profile */
  close(): Promise<void>;
}

export interface ChromiumOptions {
  readonly viewport?: { width: number; height: number };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || LOOPBACK_HOSTS.has(hostname);
}

/**
 * Chromium with a fresh, throw-away profile that only reaches loopback addresses: pages under
 * test (the Playground's among them) ask CDNs for fonts, which offline only adds DNS timeouts.
 */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const userDataDir = await makeTempDir('chromium');
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1400, height: 900 },
    });
    await context.route('**/*', (route) =>
      isLoopback(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
    );
    return {
      context,
      close: async () => {
        await context.close();
        await removeTempDir(userDataDir);
      },
    };
  } catch (error) {
    await removeTempDir(userDataDir);
    throw error;
  }
}
