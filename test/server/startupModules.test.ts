import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { makeTempDir, removeTempDir } from '../support/tempDir';

// What the bot loads before it is ready, in a process of its own (jest's module registry would
// hide it): the libraries that load on first use must not load at start.
const ROOT = path.resolve(__dirname, '..', '..');
const CHILD = path.join(__dirname, 'fixtures', 'startupModulesChild.ts');

const Loaded = z.object({ atStart: z.array(z.string()), afterUse: z.array(z.string()) });

const ON_FIRST_USE = [
  'adaptivecards-templating',
  'adaptive-expressions',
  '@microsoft/recognizers-text-number',
  '@microsoft/recognizers-text-number-with-unit',
];
// Never, with SQLite storage and the dialog stack's own modules.
const NEVER = ['@azure/storage-blob', '@microsoft/recognizers-text-date-time', 'globalize'];

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('startup-modules');
});
afterAll(async () => {
  await removeTempDir(dir);
});

describe('at start', () => {
  it('the bot loads its stack, and the libraries it needs later only when it needs them', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CHILD], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dir },
    });
    const { atStart, afterUse } = Loaded.parse(JSON.parse(stdout));
    expect(atStart).toEqual(
      expect.arrayContaining(['botbuilder-core', 'restify', 'better-sqlite3']),
    );
    expect(atStart.filter((name) => [...ON_FIRST_USE, ...NEVER].includes(name))).toEqual([]);
    expect(afterUse).toEqual(expect.arrayContaining(ON_FIRST_USE));
    expect(afterUse.filter((name) => NEVER.includes(name))).toEqual([]);
  }, 60_000);
});
