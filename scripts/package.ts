/**
 * Builds the Teams app package (`npm run package`): build/appPackage/handoff-advisor.zip.
 * Reads MicrosoftAppId and the APP_* variables from the environment, then from `.env`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { buildPackage } from '../src/appPackage/buildPackage';

const root = path.resolve(__dirname, '..');
const PackageJson = z.object({ version: z.string() });

/** variables from `.env`, or none when there is no such file */
function readEnvFile(filePath: string): Record<string, string | undefined> {
  try {
    return parseEnv(readFileSync(filePath, 'utf8'));
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') return {};
    throw error;
  }
}

async function main(): Promise<number> {
  const env: Record<string, string | undefined> = { ...readEnvFile(path.join(root, '.env')) };
  // As for the bot itself, the real environment wins over the file.
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined) env[name] = value;
  }
  const { version } = PackageJson.parse(
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')),
  );

  const result = await buildPackage({
    env,
    version,
    manifestDir: path.join(root, 'manifest'),
    outputPath: path.join(root, 'build', 'appPackage', 'handoff-advisor.zip'),
  });
  if (!result.ok) {
    process.stderr.write(
      `The Teams app package was not written:\n${result.errors.map((error) => `  - ${error}`).join('\n')}\n`,
    );
    return 1;
  }
  process.stdout.write(
    `Wrote ${path.relative(process.cwd(), result.zipPath)} (manifest ${String(result.manifest.manifestVersion)}, app version ${version})\n` +
      'Upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center.\n',
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
