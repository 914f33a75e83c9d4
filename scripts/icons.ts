/**
 * Redraws the app icons into appPackage/ (`npm run icons`). The PNGs are committed; run this
 * after changing the mark or the accent colour in tools/appPackage/iconArt.ts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_FILES } from '../tools/appPackage/buildPackage';
import { drawColorIcon, drawOutlineIcon } from '../tools/appPackage/iconArt';
import { APP_PACKAGE_DIR } from '../tools/appPackage/layout';

const icons = [
  { name: PACKAGE_FILES.color, data: drawColorIcon() },
  { name: PACKAGE_FILES.outline, data: drawOutlineIcon() },
];
for (const { name, data } of icons) {
  const filePath = path.join(APP_PACKAGE_DIR, name);
  writeFileSync(filePath, data);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), filePath)}\n`);
}
