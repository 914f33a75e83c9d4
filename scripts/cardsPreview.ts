/**
 * Renders every card to PNG with Chromium and the adaptivecards HTML renderer, in a Teams
 * light-theme host (`npm run cards:preview -- [--out DIR] [--chromium PATH]`). Writes
 * `<name>.png` per sample to build/cards-preview/ by default; runs offline.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CHROMIUM_PATH } from '../tools/cardsPreview/browser';
import { PreviewError } from '../tools/cardsPreview/previewError';
import { type CardToPreview, renderPreviews } from '../tools/cardsPreview/render';
import { previewSamples } from '../tools/cardsPreview/samples';

const DEFAULT_OUT_DIR = path.resolve(__dirname, '..', 'build', 'cards-preview');
const USAGE = 'usage: npm run cards:preview -- [--out DIR] [--chromium PATH]';

async function main(): Promise<number> {
  let options: { out?: string; chromium?: string; help?: boolean };
  try {
    options = parseArgs({
      options: {
        out: { type: 'string' },
        chromium: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`cards:preview: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const outDir = path.resolve(options.out ?? DEFAULT_OUT_DIR);
  const cards = buildCards();
  const written = await renderPreviews(cards, {
    outDir,
    chromiumPath: options.chromium ?? DEFAULT_CHROMIUM_PATH,
    onWritten: ({ file, width, height, blockedRequests }) => {
      process.stdout.write(`Wrote ${path.relative(process.cwd(), file)} (${width}×${height})\n`);
      for (const url of blockedRequests) {
        process.stderr.write(`  warning: refused a network request to ${url}\n`);
      }
    },
  });
  process.stdout.write(
    `${written.length} card previews in ${path.relative(process.cwd(), outDir) || '.'}\n`,
  );
  return 0;
}

/** Builds every sample card, naming the one whose sample data fails. */
function buildCards(): CardToPreview[] {
  return previewSamples().map(({ name, cardFunction, build }) => {
    try {
      return { name, card: build() };
    } catch (error) {
      throw new PreviewError(
        `${cardFunction} sample "${name}" failed to build: ${(error as Error).message}`,
      );
    }
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof PreviewError ? error.message : String((error as Error)?.stack ?? error);
    process.stderr.write(`cards:preview: ${message}\n`);
    process.exitCode = 1;
  },
);
