/**
 * Redraws the app icons into manifest/ (`npm run icons`). The PNGs are committed; run this
 * after changing the mark or the accent colour in src/appPackage/iconArt.ts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_FILES } from '../src/appPackage/buildPackage';
import { drawColorIcon, drawOutlineIcon } from '../src/appPackage/iconArt';

const manifestDir = path.resolve(__dirname, '..', 'manifest');
const icons = [
  { name: PACKAGE_FILES.color, data: drawColorIcon() },
  { name: PACKAGE_FILES.outline, data: drawOutlineIcon() },
];
for (const { name, data } of icons) {
  const filePath = path.join(manifestDir, name);
  writeFileSync(filePath, data);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), filePath)}\n`);
}
