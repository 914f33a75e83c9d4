import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as dialogs from 'botbuilder-dialogs';
import { Dialog } from 'botbuilder-dialogs/lib/dialog';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';

const ROOT = path.resolve(__dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, never>;

// The qualifying dialog imports botbuilder-dialogs' own modules rather than its index (which loads
// recognizers the bot never uses): those paths are not the package's promise, so they hold only
// for the pinned version.
describe("the dialog stack's modules", () => {
  it('are the classes the package exports', () => {
    expect(Dialog).toBe(dialogs.Dialog);
    expect(DialogSet).toBe(dialogs.DialogSet);
  });

  it('come from the exact version package.json pins', () => {
    const pinned = readJson(path.join(ROOT, 'package.json'))['dependencies']['botbuilder-dialogs'];
    const installed = readJson(path.join(ROOT, 'node_modules/botbuilder-dialogs/package.json'));
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed['version']).toBe(pinned);
  });
});
