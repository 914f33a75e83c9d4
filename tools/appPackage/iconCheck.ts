import { PNG } from 'pngjs';

/** Teams icon sizes, from the manifest schema's icon descriptions */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** RGBA, four bytes per pixel, row by row */
  readonly data: Buffer;
}

function decode(png: Buffer, fileName: string, errors: string[]): DecodedPng | undefined {
  try {
    return PNG.sync.read(png);
  } catch (error) {
    errors.push(
      `${fileName} is not a readable PNG: ${error instanceof Error ? error.message : error}`,
    );
    return undefined;
  }
}

function checkSize(image: DecodedPng, size: number, fileName: string, errors: string[]): void {
  if (image.width !== size || image.height !== size) {
    errors.push(`${fileName} must be ${size}×${size} pixels (got ${image.width}×${image.height})`);
  }
}

const hex = (value: number) => value.toString(16).padStart(2, '0');

/** the full-colour icon: a PNG of 192×192 pixels */
export function checkColorIcon(png: Buffer, fileName = 'color.png'): string[] {
  const errors: string[] = [];
  const image = decode(png, fileName, errors);
  if (image) checkSize(image, COLOR_ICON_SIZE, fileName, errors);
  return errors;
}

/**
 * the outline icon: a PNG of 32×32 pixels, white on transparent. Each pixel is either fully
 * transparent or white (any alpha, for smooth edges), and the mark itself is not empty.
 */
export function checkOutlineIcon(png: Buffer, fileName = 'outline.png'): string[] {
  const errors: string[] = [];
  const image = decode(png, fileName, errors);
  if (!image) return errors;
  checkSize(image, OUTLINE_ICON_SIZE, fileName, errors);

  const offending: string[] = [];
  let visible = 0;
  for (let offset = 0; offset < image.data.length; offset += 4) {
    const [red, green, blue, alpha] = image.data.subarray(offset, offset + 4);
    if (alpha === 0) continue;
    visible += 1;
    if (red !== 255 || green !== 255 || blue !== 255) {
      const pixel = offset / 4;
      const x = pixel % image.width;
      const y = Math.floor(pixel / image.width);
      offending.push(`(${x}, ${y}) is #${hex(red)}${hex(green)}${hex(blue)} at alpha ${alpha}`);
    }
  }
  if (offending.length > 0) {
    const more = offending.length > 1 ? ` and ${offending.length - 1} more` : '';
    errors.push(
      `${fileName} must be white on transparent: pixel ${offending[0]}${more} (every pixel must be fully transparent or white)`,
    );
  }
  if (visible === 0)
    errors.push(`${fileName} is fully transparent: it must show the mark in white`);
  return errors;
}
