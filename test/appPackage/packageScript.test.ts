import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_PACKAGE_DIR, APP_PACKAGE_ZIP } from '../../tools/appPackage/layout';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { APP_ID } from './fixtures';
import { readZip } from './zipReader';

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'package.ts');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** runs `npm run package` as npm does (node with tsx); an empty value wins over a developer's .env */
function runPackage(args: readonly string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT, ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env } },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('package-script');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('npm run package', () => {
  it('keeps the manifest source in appPackage/ and writes the package to appPackage/build/', () => {
    expect(path.relative(ROOT, APP_PACKAGE_DIR)).toBe('appPackage');
    expect(path.relative(ROOT, APP_PACKAGE_ZIP)).toBe(
      path.join('appPackage', 'build', 'handoff-advisor.zip'),
    );
    for (const name of ['manifest.json', 'color.png', 'outline.png']) {
      expect(existsSync(path.join(APP_PACKAGE_DIR, name))).toBe(true);
    }
  });

  it('validates offline and writes the zip, then says how to upload it', async () => {
    const out = path.join(dir, 'app.zip');
    const run = await runPackage(['--out', out], { MicrosoftAppId: APP_ID });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('manifest 1.30');
    expect(run.stdout).toContain('Upload it in Teams');
    const entries = readZip(await readFile(out));
    expect(entries.map((entry) => entry.name)).toEqual([
      'manifest.json',
      'color.png',
      'outline.png',
    ]);
  }, 40_000);

  it('refuses without MicrosoftAppId, naming it, and writes nothing', async () => {
    const out = path.join(dir, 'app.zip');
    const run = await runPackage(['--out', out], { MicrosoftAppId: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The Teams app package was not written');
    expect(run.stderr).toContain('MicrosoftAppId is required to build the Teams app package');
    expect(existsSync(out)).toBe(false);
  }, 40_000);

  it('answers an unknown option with the usage and exit code 2', async () => {
    const run = await runPackage(['--zip', 'x'], { MicrosoftAppId: APP_ID });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run package -- [--out FILE]');
  }, 40_000);
});
