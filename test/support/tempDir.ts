import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TEMP_PREFIX = 'handoff-advisor-';

/** creates a fresh, empty folder under the system temp folder */
export async function makeTempDir(label = 'test'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `${TEMP_PREFIX}${label}-`));
}

/** removes a folder made by `makeTempDir`, with everything in it */
export async function removeTempDir(dir: string): Promise<void> {
  // Refuse anything else, so a wrong variable can never delete real files.
  const resolved = path.resolve(dir);
  if (
    path.dirname(resolved) !== path.resolve(tmpdir()) ||
    !path.basename(resolved).startsWith(TEMP_PREFIX)
  ) {
    throw new Error(`refusing to remove "${dir}": it was not made by makeTempDir`);
  }
  await rm(resolved, { recursive: true, force: true });
}
