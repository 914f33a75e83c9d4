/**
 * `npm run cards:preview` renders every card sample to PNG in Chromium.
 *
 * Without Chromium at /usr/bin/chromium these tests fail, naming the package to install: a
 * missing browser must never look like cards that render.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CHROMIUM_PATH } from '../../tools/cardsPreview/browser';
import { PNG_SIGNATURE, pngSize } from '../../tools/cardsPreview/png';
import { renderPreviews } from '../../tools/cardsPreview/render';
import { previewSamples } from '../../tools/cardsPreview/samples';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { runPreview } from './runPreview';

const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH);

function requireChromium(): void {
  if (hasChromium) return;
  throw new Error(
    `Chromium is needed for the card previews and ${DEFAULT_CHROMIUM_PATH} is missing: ` +
      'apt-get install -y chromium',
  );
}

/**
 * Compressed bytes per pixel. A blank or failed render is a few flat colours that compress to
 * almost nothing (under 0.015 here); cards with text come out near 0.1. Decoding the pixels
 * instead would take seconds per tall card.
 */
function bytesPerPixel(png: Buffer, width: number, height: number): number {
  return png.length / (width * height);
}

let outDir: string;
beforeEach(async () => {
  outDir = await makeTempDir('cards-preview');
});
afterEach(async () => {
  await removeTempDir(outDir);
});

it('writes a PNG of a real card for every sample, and lists each file', async () => {
  requireChromium();
  const run = await runPreview(['--out', outDir]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);

  const samples = previewSamples();
  expect(samples.length).toBeGreaterThanOrEqual(6);
  for (const { name } of samples) {
    const png = await readFile(path.join(outDir, `${name}.png`));
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const size = pngSize(png);
    const { width, height } = size ?? { width: 0, height: 0 };
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(100);
    expect(bytesPerPixel(png, width, height)).toBeGreaterThan(0.03);
    expect(run.stdout).toContain(`${name}.png (${width}×${height})`);
  }
}, 30_000);

it('fails, naming the card and the problem, when a card does not render cleanly', async () => {
  requireChromium();
  const broken = {
    type: 'AdaptiveCard' as const,
    version: '1.5',
    body: [{ type: 'NoSuchElement' }],
  };
  await expect(renderPreviews([{ name: 'broken', card: broken }], { outDir })).rejects.toThrow(
    /card "broken" did not render cleanly:\n\s+UnknownElementType/,
  );
}, 30_000);

it('exits non-zero, saying how to install Chromium, when the browser is missing', async () => {
  const run = await runPreview(['--out', outDir, '--chromium', '/nonexistent/chromium']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('/nonexistent/chromium is not there');
  expect(run.stderr).toContain('apt-get install -y chromium');
  expect(run.stdout).toBe('');
}, 30_000);
