import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const makeTempDir = (label: string) =>
  mkdtemp(path.join(tmpdir(), `handoff-advisor-${label}-`));
export const removeTempDir = (dir: string) => rm(dir, { recursive: true, force: true });
