import path from 'node:path';

/**
 * Where the Teams app lives, by the Teams convention: the manifest source and both icons in
 * appPackage/, and the package built from them in appPackage/build/.
 */
export const APP_PACKAGE_DIR = path.resolve(__dirname, '..', '..', 'appPackage');

/** the zip `npm run package` writes, ready to upload to Teams */
export const APP_PACKAGE_ZIP = path.join(APP_PACKAGE_DIR, 'build', 'handoff-advisor.zip');
