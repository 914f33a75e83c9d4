import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AdaptiveCardJson } from '../../src/cards/json';
import { launchChromium } from './browser';
import { CARD_WIDTH, TEAMS_LIGHT_HOST_CONFIG } from './hostConfig';
import { type InPageRequest, renderInPage } from './inPage';
import { formatMarkdown } from './markdown';
import { CARD_SLOT_ID, PREVIEW_PAGE_HTML, STAGE_ID, TEAMS_CSS } from './page';
import { pngSize } from './png';
import { PreviewError } from './previewError';

/** The renderer as browsers load it: its UMD build (the package's main entry is ESM for bundlers). */
const RENDERER_DIR = path.dirname(require.resolve('adaptivecards/dist/adaptivecards.js'));
const RENDERER_SCRIPT = path.join(RENDERER_DIR, 'adaptivecards.js');
const RENDERER_CSS = path.join(RENDERER_DIR, 'adaptivecards.css');

/** Twice the CSS pixels, so text stays crisp when the images are zoomed or shown on HiDPI. */
const PIXEL_RATIO = 2;

export interface CardToPreview {
  name: string;
  card: AdaptiveCardJson;
}

export interface WrittenPreview {
  name: string;
  file: string;
  width: number;
  height: number;
  /** what the card tried to load from the network (refused: previews run offline) */
  blockedRequests: string[];
}

export interface PreviewOptions {
  outDir: string;
  chromiumPath?: string;
  /** called as each file is written, so progress shows while the rest render */
  onWritten?: (preview: WrittenPreview) => void;
}

/** Renders each card in Chromium as a Teams light-theme host would, and saves it as PNG. */
export async function renderPreviews(
  cards: readonly CardToPreview[],
  { outDir, chromiumPath, onWritten }: PreviewOptions,
): Promise<WrittenPreview[]> {
  const browser = await launchChromium(chromiumPath);
  try {
    await mkdir(outDir, { recursive: true });
    const context = await browser.newContext({
      viewport: { width: CARD_WIDTH + 100, height: 900 },
      deviceScaleFactor: PIXEL_RATIO,
    });
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    await preparePage(page);
    const written: WrittenPreview[] = [];
    for (const { name, card } of cards) {
      blocked.length = 0;
      const png = await renderOne(page, name, card);
      const size = pngSize(png);
      if (size === undefined) throw new PreviewError(`card "${name}": the screenshot is not a PNG`);
      const file = path.join(outDir, `${name}.png`);
      await writeFile(file, png);
      const preview = { name, file, ...size, blockedRequests: [...blocked] };
      written.push(preview);
      onWritten?.(preview);
    }
    return written;
  } finally {
    await browser.close();
  }
}

/** The page, its Teams look after the renderer's stylesheet, the renderer and the markdown step. */
async function preparePage(page: Page): Promise<void> {
  await page.setContent(PREVIEW_PAGE_HTML);
  await page.addStyleTag({ path: RENDERER_CSS });
  await page.addStyleTag({ content: TEAMS_CSS });
  await page.addScriptTag({ path: RENDERER_SCRIPT });
  await page.addScriptTag({ content: `globalThis.formatMarkdown = ${formatMarkdown.toString()};` });
  const ready = await page.evaluate(() => typeof Reflect.get(globalThis, 'AdaptiveCards'));
  if (ready !== 'object') {
    throw new PreviewError('the adaptivecards renderer did not load in the page');
  }
}

async function renderOne(page: Page, name: string, card: AdaptiveCardJson): Promise<Buffer> {
  // Typed as the page function's argument: inferring it from the card's recursive JSON type
  // is too deep for the compiler.
  const request: InPageRequest = {
    card,
    hostConfig: TEAMS_LIGHT_HOST_CONFIG,
    slotId: CARD_SLOT_ID,
  };
  let problems: string[];
  try {
    problems = await page.evaluate<string[], InPageRequest>(renderInPage, request);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PreviewError(`card "${name}" failed to render: ${reason}`);
  }
  if (problems.length > 0) {
    throw new PreviewError(`card "${name}" did not render cleanly:\n  ${problems.join('\n  ')}`);
  }
  return page.locator(`#${STAGE_ID}`).screenshot({ animations: 'disabled' });
}
