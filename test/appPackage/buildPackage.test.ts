import './appManifestShim';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { type BuildPackageOptions, buildPackage } from '../../tools/appPackage/buildPackage';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { APP_ID, MANIFEST_DIR, ManifestShape, TEMPLATE, VALID_ENV, VERSION } from './fixtures';
import { readZip } from './zipReader';

// Each build compiles the bundled schema once (about half a second).
jest.setTimeout(20_000);

let dir: string;
let options: BuildPackageOptions;

/** a copy of appPackage/ in the temp folder, so a test can break one file */
async function copyManifestDir(target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const name of ['manifest.json', 'color.png', 'outline.png']) {
    await copyFile(path.join(MANIFEST_DIR, name), path.join(target, name));
  }
}

beforeEach(async () => {
  dir = await makeTempDir('app-package');
  await copyManifestDir(path.join(dir, 'appPackage'));
  options = {
    env: VALID_ENV,
    version: VERSION,
    manifestDir: path.join(dir, 'appPackage'),
    outputPath: path.join(dir, 'appPackage', 'build', 'handoff-advisor.zip'),
  };
});

afterEach(async () => {
  await removeTempDir(dir);
});

const writeInput = (name: string, data: string | Buffer) =>
  writeFile(path.join(options.manifestDir, name), data);

describe('buildPackage: a valid configuration', () => {
  it('writes a zip of exactly manifest.json, color.png and outline.png at its root', async () => {
    const result = await buildPackage(options);
    expect(result).toMatchObject({ ok: true, zipPath: options.outputPath, errors: [] });

    const entries = readZip(await readFile(options.outputPath));
    expect(entries.map((entry) => entry.name)).toEqual([
      'manifest.json',
      'color.png',
      'outline.png',
    ]);
    const [manifestEntry, colorEntry, outlineEntry] = entries;
    expect(colorEntry.data.equals(await readFile(path.join(MANIFEST_DIR, 'color.png')))).toBe(true);
    expect(outlineEntry.data.equals(await readFile(path.join(MANIFEST_DIR, 'outline.png')))).toBe(
      true,
    );

    const manifest = ManifestShape.parse(JSON.parse(manifestEntry.data.toString('utf8')));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.version).toBe(VERSION);
    expect(manifestEntry.data.toString('utf8')).not.toMatch(/\{\{|\}\}/);
    expect(result.ok && result.manifest).toEqual(manifest);
  });

  it('creates the output folder and leaves nothing else beside the zip', async () => {
    await buildPackage(options);
    expect(await readdir(path.dirname(options.outputPath))).toEqual(['handoff-advisor.zip']);
  });

  it('builds the same bytes twice', async () => {
    await buildPackage(options);
    const first = await readFile(options.outputPath);
    await buildPackage(options);
    expect((await readFile(options.outputPath)).equals(first)).toBe(true);
  });
});

describe('buildPackage: refusals write no zip and list the reasons', () => {
  async function expectRefused(...messages: string[]): Promise<readonly string[]> {
    const result = await buildPackage(options);
    expect(result.ok).toBe(false);
    expect(existsSync(options.outputPath)).toBe(false);
    for (const message of messages) {
      expect(result.errors).toContainEqual(expect.stringContaining(message));
    }
    return result.errors;
  }

  it('without MicrosoftAppId', async () => {
    options = { ...options, env: { MicrosoftAppId: '' } };
    const errors = await expectRefused('MicrosoftAppId is required');
    expect(errors).toHaveLength(1);
  });

  it('with an invalid MicrosoftAppId and a non-https privacy URL', async () => {
    options = {
      ...options,
      env: { MicrosoftAppId: 'not-a-guid', APP_PRIVACY_URL: 'http://contoso.example/privacy' },
    };
    await expectRefused('MicrosoftAppId must be a GUID', 'APP_PRIVACY_URL must be an https URL');
  });

  it('when the manifest does not validate against the schema', async () => {
    await writeInput('manifest.json', TEMPLATE.replace('"groupChat"]', '"groupChat", "meeting"]'));
    await expectRefused(
      'manifest.json /bots/0/scopes/3 must be equal to one of the allowed values',
    );
  });

  it('when the template has a placeholder nobody fills', async () => {
    await writeInput('manifest.json', TEMPLATE.replace('"Handoff Advisor"', '"{{APP_NAME}}"'));
    await expectRefused('manifest.json placeholder {{APP_NAME}} has no value');
  });

  it('when the manifest points at icons the package does not hold', async () => {
    await writeInput('manifest.json', TEMPLATE.replace('"color.png"', '"icon-192.png"'));
    await expectRefused('manifest.json icons.color must be "color.png"');
  });

  it('when an icon has the wrong size', async () => {
    const small = new PNG({ width: 96, height: 96 });
    small.data.fill(255);
    await writeInput('color.png', PNG.sync.write(small));
    await expectRefused('color.png must be 192×192 pixels (got 96×96)');
  });

  it('when the outline icon has a coloured pixel', async () => {
    const outline = PNG.sync.read(await readFile(path.join(MANIFEST_DIR, 'outline.png')));
    outline.data.set([255, 0, 0, 255], (5 * 32 + 6) * 4);
    await writeInput('outline.png', PNG.sync.write(outline));
    await expectRefused('outline.png must be white on transparent: pixel (6, 5) is #ff0000');
  });

  it('when an icon is missing', async () => {
    await rm(path.join(options.manifestDir, 'outline.png'));
    await expectRefused(
      `${path.join(options.manifestDir, 'outline.png')} could not be read (ENOENT)`,
    );
  });

  it('listing every reason at once, and removing the zip of an earlier build', async () => {
    expect((await buildPackage(options)).ok).toBe(true);
    expect(existsSync(options.outputPath)).toBe(true);

    await writeInput('outline.png', Buffer.from('not a png'));
    options = { ...options, env: {} };
    const errors = await expectRefused(
      'MicrosoftAppId is required',
      'outline.png is not a readable PNG',
    );
    expect(errors).toHaveLength(2);
  });
});
