import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { drawColorIcon, drawOutlineIcon } from '../../tools/appPackage/iconArt';
import { checkColorIcon, checkOutlineIcon } from '../../tools/appPackage/iconCheck';
import { MANIFEST_DIR } from './fixtures';

const committed = (name: string) => readFileSync(path.join(MANIFEST_DIR, name));

/** a PNG of the given size, every pixel from `pixel(x, y)` as RGBA */
function png(width: number, height: number, pixel: (x: number, y: number) => number[]): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) image.data.set(pixel(x, y), (y * width + x) * 4);
  }
  return PNG.sync.write(image);
}

// A white square on transparent: a valid outline icon to break one thing at a time.
const whiteSquare = (x: number, y: number) =>
  x >= 8 && x < 24 && y >= 8 && y < 24 ? [255, 255, 255, 255] : [0, 0, 0, 0];

describe('the committed icons', () => {
  it('color.png is a full-colour, opaque 192×192 PNG', () => {
    const image = PNG.sync.read(committed('color.png'));
    expect([image.width, image.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    let translucent = 0;
    for (let offset = 0; offset < image.data.length; offset += 4) {
      if (image.data[offset + 3] !== 255) translucent += 1;
      colours.add(image.data.subarray(offset, offset + 3).toString('hex'));
    }
    expect(translucent).toBe(0);
    expect(colours.size).toBeGreaterThan(2); // the accent colour, white and smooth edges
    expect(checkColorIcon(committed('color.png'))).toEqual([]);
  });

  it('outline.png is 32×32 with every pixel fully transparent or white', () => {
    const image = PNG.sync.read(committed('outline.png'));
    expect([image.width, image.height]).toEqual([32, 32]);
    let transparent = 0;
    let coloured = 0;
    for (let offset = 0; offset < image.data.length; offset += 4) {
      const [red, green, blue, alpha] = image.data.subarray(offset, offset + 4);
      if (alpha === 0) transparent += 1;
      else if (red !== 255 || green !== 255 || blue !== 255) coloured += 1;
    }
    expect(coloured).toBe(0);
    // a mark on a transparent background, not a filled square
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    expect(transparent).toBeLessThan(32 * 32 * 0.9);
    expect(checkOutlineIcon(committed('outline.png'))).toEqual([]);
  });

  it.each([
    ['color.png', drawColorIcon],
    ['outline.png', drawOutlineIcon],
  ])('%s is what `npm run icons` draws', (name, draw) => {
    expect(PNG.sync.read(committed(name)).data).toEqual(PNG.sync.read(draw()).data);
  });
});

describe('checkColorIcon', () => {
  it.each([
    [
      '64×64',
      png(64, 64, () => [14, 110, 126, 255]),
      'color.png must be 192×192 pixels (got 64×64)',
    ],
    [
      '192×96',
      png(192, 96, () => [14, 110, 126, 255]),
      'color.png must be 192×192 pixels (got 192×96)',
    ],
    ['not a PNG', Buffer.from('GIF89a'), 'color.png is not a readable PNG'],
  ])('refuses a colour icon that is %s', (_label, icon, message) => {
    expect(checkColorIcon(icon)).toEqual([expect.stringContaining(message)]);
  });
});

describe('checkOutlineIcon', () => {
  it('accepts white with partial alpha at the edges', () => {
    const icon = png(32, 32, (x, y) => (x === 8 ? [255, 255, 255, 128] : whiteSquare(x, y)));
    expect(checkOutlineIcon(icon)).toEqual([]);
  });

  it('accepts any colour where a pixel is fully transparent', () => {
    const icon = png(32, 32, (x, y) => (x === 0 ? [200, 30, 30, 0] : whiteSquare(x, y)));
    expect(checkOutlineIcon(icon)).toEqual([]);
  });

  it.each([
    [
      'one coloured pixel',
      png(32, 32, (x, y) => (x === 3 && y === 4 ? [255, 0, 0, 255] : whiteSquare(x, y))),
      'outline.png must be white on transparent: pixel (3, 4) is #ff0000 at alpha 255',
    ],
    [
      'a faint grey edge',
      png(32, 32, (x, y) =>
        x === 7 && y >= 8 && y < 24 ? [250, 250, 250, 40] : whiteSquare(x, y),
      ),
      'pixel (7, 8) is #fafafa at alpha 40 and 15 more',
    ],
    [
      'an opaque background',
      png(32, 32, (x, y) =>
        whiteSquare(x, y)[3] === 0 ? [14, 110, 126, 255] : [255, 255, 255, 255],
      ),
      'must be white on transparent',
    ],
    ['64×64', png(64, 64, whiteSquare), 'outline.png must be 32×32 pixels (got 64×64)'],
    [
      'fully transparent',
      png(32, 32, () => [255, 255, 255, 0]),
      'outline.png is fully transparent',
    ],
    ['not a PNG', Buffer.from('not a png'), 'outline.png is not a readable PNG'],
  ])('refuses an outline icon with %s', (_label, icon, message) => {
    const errors = checkOutlineIcon(icon);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('reports a wrong size and a coloured pixel together', () => {
    const icon = png(16, 16, () => [0, 0, 0, 255]);
    expect(checkOutlineIcon(icon)).toEqual([
      'outline.png must be 32×32 pixels (got 16×16)',
      expect.stringContaining('must be white on transparent'),
    ]);
  });
});
