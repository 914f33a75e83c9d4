import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { checkColorIcon, checkOutlineIcon } from './iconCheck';
import { validateAgainstBundledSchema } from './manifestSchema';
import { fillManifestTemplate } from './manifestTemplate';
import { describeIssue, parsePackagingConfig } from './packagingConfig';
import { createZip } from './zip';

/** the files of a Teams app package, all at the zip root */
export const PACKAGE_FILES = {
  manifest: 'manifest.json',
  color: 'color.png',
  outline: 'outline.png',
} as const;

export interface BuildPackageOptions {
  /** environment variables: MicrosoftAppId and the APP_* packaging variables */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** the app version, normally package.json's */
  readonly version: string;
  /** the folder holding the manifest template and both icons */
  readonly manifestDir: string;
  /** where the zip goes; its folder is created when missing */
  readonly outputPath: string;
}

export type BuildPackageResult =
  | {
      readonly ok: true;
      readonly zipPath: string;
      readonly manifest: Record<string, unknown>;
      readonly errors: readonly [];
    }
  | { readonly ok: false; readonly zipPath?: undefined; readonly errors: readonly string[] };

type FileRead = { readonly data: Buffer } | { readonly error: string };

async function readInput(dir: string, name: string): Promise<FileRead> {
  const filePath = path.join(dir, name);
  try {
    return { data: await readFile(filePath) };
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    return { error: `${filePath} could not be read (${String(code ?? error)})` };
  }
}

const IconReferences = z.object({
  icons: z.object({ color: z.string(), outline: z.string() }),
});

// The zip holds the icons under fixed names, so the manifest must point at exactly those.
function checkIconReferences(manifest: Record<string, unknown>): string[] {
  const parsed = IconReferences.safeParse(manifest);
  if (!parsed.success) return []; // the schema has already said what is missing
  const errors: string[] = [];
  for (const kind of ['color', 'outline'] as const) {
    if (parsed.data.icons[kind] !== PACKAGE_FILES[kind]) {
      errors.push(
        `manifest.json icons.${kind} must be "${PACKAGE_FILES[kind]}", the file in the package (got "${parsed.data.icons[kind]}")`,
      );
    }
  }
  return errors;
}

async function writeAtomically(filePath: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  // A reader never sees half a zip: write beside it, then rename over it.
  const partial = `${filePath}.${process.pid}.partial`;
  await writeFile(partial, data);
  await rename(partial, filePath);
}

/**
 * builds the Teams app package: fills the manifest template from configuration, validates it
 * against the bundled schema, checks both icons and writes a zip of the three files.
 * refuses, writing nothing, when anything is wrong, and lists every reason.
 */
export async function buildPackage(options: BuildPackageOptions): Promise<BuildPackageResult> {
  const errors: string[] = [];
  const config = parsePackagingConfig(options.env, options.version);
  if (!config.ok) errors.push(...config.issues.map(describeIssue));

  const [template, color, outline] = await Promise.all(
    [PACKAGE_FILES.manifest, PACKAGE_FILES.color, PACKAGE_FILES.outline].map((name) =>
      readInput(options.manifestDir, name),
    ),
  );

  let manifest: { readonly json: string; readonly value: Record<string, unknown> } | undefined;
  if ('error' in template) {
    errors.push(template.error);
  } else if (config.ok) {
    const filled = fillManifestTemplate(template.data.toString('utf8'), config.config);
    if (filled.ok) {
      const reasons = await validateAgainstBundledSchema(filled.json);
      errors.push(...reasons, ...checkIconReferences(filled.manifest));
      manifest = { json: filled.json, value: filled.manifest };
    } else {
      errors.push(...filled.errors);
    }
  }

  if ('error' in color) errors.push(color.error);
  else errors.push(...checkColorIcon(color.data, PACKAGE_FILES.color));
  if ('error' in outline) errors.push(outline.error);
  else errors.push(...checkOutlineIcon(outline.data, PACKAGE_FILES.outline));

  if (errors.length > 0 || manifest === undefined || 'error' in color || 'error' in outline) {
    // A zip left over from an earlier run would look like the result of this one.
    await rm(options.outputPath, { force: true });
    return { ok: false, errors };
  }

  const zip = createZip([
    { name: PACKAGE_FILES.manifest, data: Buffer.from(manifest.json, 'utf8') },
    { name: PACKAGE_FILES.color, data: color.data },
    { name: PACKAGE_FILES.outline, data: outline.data },
  ]);
  await writeAtomically(options.outputPath, zip);
  return { ok: true, zipPath: options.outputPath, manifest: manifest.value, errors: [] };
}
