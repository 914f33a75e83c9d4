import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { buildDeployZip, DEPLOY_FILES } from '../../tools/deploy/deployZip';
import { readZip } from '../appPackage/zipReader';
import { findFreePort } from '../support/azurite';
import { makeTempDir, removeTempDir } from '../support/tempDir';

const ROOT = path.resolve(__dirname, '..', '..');
const PackageScripts = z.object({ scripts: z.object({ build: z.string() }) });

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('deploy-zip');
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** a copy of the repository as `npm run build` leaves it, with the bundle built into `target` */
async function builtCopy(target: string): Promise<void> {
  const { scripts } = PackageScripts.parse(
    JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')),
  );
  // The very command `npm run build` runs, writing somewhere else.
  const args = scripts.build
    .split(' ')
    .slice(1)
    .map((arg) =>
      arg.startsWith('--outfile=') ? `--outfile=${path.join(target, 'build', 'index.js')}` : arg,
    );
  await promisify(execFile)(path.join(ROOT, 'node_modules', '.bin', 'esbuild'), args, {
    cwd: ROOT,
  });
  for (const name of ['package.json', 'package-lock.json', '.npmrc']) {
    await copyFile(path.join(ROOT, name), path.join(target, name));
  }
}

describe('the deployment zip', () => {
  it('holds the bundle and what npm needs, and the bot starts from it alone', async () => {
    const source = path.join(dir, 'source');
    await builtCopy(source);
    const zipPath = path.join(dir, 'app.zip');
    const result = await buildDeployZip({ root: source, outputPath: zipPath });
    expect(result).toEqual({ ok: true, zipPath, files: [...DEPLOY_FILES] });

    // Unpacked as App Service unpacks it, with the dependencies npm would install beside it.
    const site = path.join(dir, 'wwwroot');
    for (const entry of readZip(await readFile(zipPath))) {
      await mkdir(path.dirname(path.join(site, entry.name)), { recursive: true });
      await writeFile(path.join(site, entry.name), entry.data);
    }
    await symlink(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'), 'dir');

    // The start command the Bicep sets: node --enable-source-maps build/index.js
    const port = await findFreePort();
    const child = spawn(process.execPath, ['--enable-source-maps', 'build/index.js'], {
      cwd: site,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      let status = 0;
      for (
        let attempt = 0;
        attempt < 200 && status !== 200 && child.exitCode === null;
        attempt += 1
      ) {
        status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (response) => response.status,
          () => 0,
        );
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect({ status, stderr }).toEqual({ status: 200, stderr: '' });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 60_000);

  it('lists every missing file and writes nothing when the bot was not built', async () => {
    const source = path.join(dir, 'source');
    await mkdir(source);
    await copyFile(path.join(ROOT, 'package.json'), path.join(source, 'package.json'));
    const zipPath = path.join(dir, 'app.zip');
    await writeFile(zipPath, 'an old zip');

    const result = await buildDeployZip({ root: source, outputPath: zipPath });
    expect(result).toEqual({
      ok: false,
      errors: [
        'build/index.js is missing: build the bot first (npm run build; npm run deploy:zip does both)',
        'build/index.js.map is missing: build the bot first (npm run build; npm run deploy:zip does both)',
        `package-lock.json is missing from ${source}`,
        `.npmrc is missing from ${source}`,
      ],
    });
    await expect(readFile(zipPath)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
