import { execFile } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/cardsPreview.ts');

export interface PreviewRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run cards:preview` as npm does (node with tsx), with the given arguments. */
export function runPreview(args: readonly string[]): Promise<PreviewRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT, ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 25_000 },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}
