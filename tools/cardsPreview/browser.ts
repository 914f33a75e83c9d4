import { accessSync, constants } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { PreviewError } from './previewError';

/** Debian's Chromium: the preview uses the system browser and never downloads one. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, and quiet on the network: no QUIC, no updates, sync or background fetches. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const INSTALL_HINT = 'install it with `apt-get install -y chromium`';

export async function launchChromium(executablePath = DEFAULT_CHROMIUM_PATH): Promise<Browser> {
  if (!isExecutable(executablePath)) {
    throw new PreviewError(
      `Chromium is needed to render the card previews, and ${executablePath} is not there: ` +
        `${INSTALL_HINT} (no browser is ever downloaded).`,
    );
  }
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PreviewError(`Chromium at ${executablePath} did not start: ${reason}`);
  }
}

/** whether a browser is installed (and runnable) at this path */
export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
