import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ManifestUtil } from '@microsoft/app-manifest';
import { z } from 'zod';

// Numbered versions only: the version becomes part of a file path.
const SCHEMA_VERSION = /^1\.\d{1,3}$/;

const VersionedManifest = z.object({ manifestVersion: z.string() });

/** the folder of Teams manifest schemas shipped inside @microsoft/app-manifest */
export function bundledSchemaDir(): string {
  return path.join(
    path.dirname(require.resolve('@microsoft/app-manifest')),
    'json-schemas',
    'teams',
  );
}

/** the path of the bundled schema for a manifest version such as "1.30" */
export function bundledSchemaPath(manifestVersion: string): string {
  return path.join(bundledSchemaDir(), `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

async function readSchemaText(manifestVersion: string): Promise<string | undefined> {
  try {
    return await readFile(bundledSchemaPath(manifestVersion), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * validates manifest JSON text against the schema bundled for its `manifestVersion`, offline.
 * returns the schema's reasons, one line each, or an empty list when it is valid.
 */
export async function validateAgainstBundledSchema(manifestJson: string): Promise<string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestJson);
  } catch (error) {
    return [`manifest.json is not valid JSON: ${error instanceof Error ? error.message : error}`];
  }
  const versioned = VersionedManifest.safeParse(parsed);
  if (!versioned.success) return ['manifest.json must have a string manifestVersion'];

  const { manifestVersion } = versioned.data;
  const schemaText = SCHEMA_VERSION.test(manifestVersion)
    ? await readSchemaText(manifestVersion)
    : undefined;
  if (schemaText === undefined) {
    return [
      `manifest.json manifestVersion "${manifestVersion}" has no schema bundled in @microsoft/app-manifest (see ${bundledSchemaDir()})`,
    ];
  }

  // The validator is typed for manifests that are already valid, yet checks any JSON value:
  // hand it freshly parsed JSON, which is exactly what goes into the package.
  const reasons = await ManifestUtil.validateManifestAgainstSchema(
    JSON.parse(manifestJson),
    JSON.parse(schemaText),
  );
  return reasons.map((reason) => `manifest.json ${reason.trim()}`);
}
