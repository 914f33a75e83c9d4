import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createZip, type ZipEntry } from '../appPackage/zip';

/**
 * what App Service needs to run the bot: the bundle `npm run build` makes and what npm needs to
 * install its production dependencies there (App Service runs `npm install --omit=dev`, as the
 * Bicep's CUSTOM_BUILD_COMMAND says). Cards, rules and the package version are in the bundle.
 */
export const DEPLOY_FILES = [
  'build/index.js',
  'build/index.js.map',
  'package.json',
  'package-lock.json',
  '.npmrc',
] as const;

export interface DeployZipOptions {
  /** the repository's root folder */
  readonly root: string;
  /** where the zip goes; its folder is created when missing */
  readonly outputPath: string;
}

export type DeployZipResult =
  | { readonly ok: true; readonly zipPath: string; readonly files: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/** zips the files App Service needs, or lists every one that is missing and writes nothing */
export async function buildDeployZip(options: DeployZipOptions): Promise<DeployZipResult> {
  const entries: ZipEntry[] = [];
  const errors: string[] = [];
  for (const name of DEPLOY_FILES) {
    try {
      entries.push({ name, data: await readFile(path.join(options.root, name)) });
    } catch {
      errors.push(
        name.startsWith('build/')
          ? `${name} is missing: build the bot first (npm run build; npm run deploy:zip does both)`
          : `${name} is missing from ${options.root}`,
      );
    }
  }
  if (errors.length > 0) {
    // A zip left over from an earlier run would look like the result of this one.
    await rm(options.outputPath, { force: true });
    return { ok: false, errors };
  }
  await mkdir(path.dirname(options.outputPath), { recursive: true });
  const partial = `${options.outputPath}.${process.pid}.partial`;
  await writeFile(partial, createZip(entries));
  await rename(partial, options.outputPath);
  return { ok: true, zipPath: options.outputPath, files: entries.map((entry) => entry.name) };
}
