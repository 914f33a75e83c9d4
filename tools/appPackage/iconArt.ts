import { PNG } from 'pngjs';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from './iconCheck';

/** the app's accent colour: the colour icon's background and the manifest's accentColor */
export const ACCENT_COLOR = '#0E6E7E';

/** a region of the unit square, as an inside test */
type Shape = (x: number, y: number) => boolean;

const disc =
  (cx: number, cy: number, radius: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));

const minus =
  (shape: Shape, ...holes: Shape[]): Shape =>
  (x, y) =>
    shape(x, y) && !holes.some((hole) => hole(x, y));

/** a stroke of the given width along a segment, with round ends */
function segment(x1: number, y1: number, x2: number, y2: number, width: number): Shape {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSquared = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
    return (x - (x1 + t * dx)) ** 2 + (y - (y1 + t * dy)) ** 2 <= (width / 2) ** 2;
  };
}

// The mark: the current owner (a ring, on the left) hands over to the next owner (a disc, in
// front) and a chevron inside the disc points the way. The ring stops short of the disc so the
// two read as separate, overlapping people even at 32 pixels.
const RADIUS = 0.25;
const GAP = 0.055;
const RING_WIDTH = 0.085;
const CHEVRON_WIDTH = 0.08;
const giver = { x: 0.335, y: 0.5 };
const receiver = { x: 0.665, y: 0.5 };

const HANDOFF_MARK: Shape = union(
  minus(
    disc(giver.x, giver.y, RADIUS),
    disc(giver.x, giver.y, RADIUS - RING_WIDTH),
    disc(receiver.x, receiver.y, RADIUS + GAP),
  ),
  minus(
    disc(receiver.x, receiver.y, RADIUS),
    segment(0.625, 0.4, 0.715, 0.5, CHEVRON_WIDTH),
    segment(0.715, 0.5, 0.625, 0.6, CHEVRON_WIDTH),
  ),
);

// 8×8 samples per pixel: smooth edges without a drawing library.
const SAMPLES = 8;

/** the share of each pixel covered by the shape, drawn into a square of `markSize` pixels */
function coverage(shape: Shape, size: number, markSize: number): Float64Array {
  const result = new Float64Array(size * size);
  const inset = (size - markSize) / 2;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let inside = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES - inset) / markSize;
          const y = (py + (sy + 0.5) / SAMPLES - inset) / markSize;
          if (shape(x, y)) inside += 1;
        }
      }
      result[py * size + px] = inside / (SAMPLES * SAMPLES);
    }
  }
  return result;
}

function rgb(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function encode(size: number, pixel: (index: number) => readonly number[]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let index = 0; index < size * size; index += 1) {
    png.data.set(pixel(index), index * 4);
  }
  return PNG.sync.write(png);
}

/** the 192×192 colour icon: the mark in white on the accent colour */
export function drawColorIcon(): Buffer {
  // The mark fills the middle 128 pixels, leaving the margin Teams crops into rounded shapes.
  const covered = coverage(HANDOFF_MARK, COLOR_ICON_SIZE, 128);
  const background = rgb(ACCENT_COLOR);
  return encode(COLOR_ICON_SIZE, (index) => {
    const share = covered[index];
    return [...background.map((channel) => Math.round(channel + (255 - channel) * share)), 255];
  });
}

/** the 32×32 outline icon: the same mark in white on transparent */
export function drawOutlineIcon(): Buffer {
  const covered = coverage(HANDOFF_MARK, OUTLINE_ICON_SIZE, OUTLINE_ICON_SIZE);
  return encode(OUTLINE_ICON_SIZE, (index) => [255, 255, 255, Math.round(covered[index] * 255)]);
}
