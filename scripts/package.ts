/**
 * Builds the Teams app package (`npm run package -- [--out FILE]`), by default
 * appPackage/build/handoff-advisor.zip. Reads MicrosoftAppId and the APP_* variables from the environment, then from `.env`.
 * Everything is checked offline, against the schema bundled with @microsoft/app-manifest.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { z } from 'zod';
import { buildPackage } from '../tools/appPackage/buildPackage';
import { APP_PACKAGE_DIR, APP_PACKAGE_ZIP } from '../tools/appPackage/layout';

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

const USAGE = 'usage: npm run package -- [--out FILE]';

async function main(): Promise<number> {
  let out: string | undefined;
  try {
    out = parseArgs({ options: { out: { type: 'string' } } }).values.out;
  } catch (error) {
    process.stderr.write(`package: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
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
    manifestDir: APP_PACKAGE_DIR,
    outputPath: out === undefined ? APP_PACKAGE_ZIP : path.resolve(out),
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
