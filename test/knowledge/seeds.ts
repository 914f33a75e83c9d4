import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The seed documents live in `shared/seeds` beside the checkout (/work/shared/seeds for
 * /work/main), or further up for a checkout nested deeper (/work/wt/<name>).
 */
export const SEEDS_DIR = findSeedsDir(path.resolve(__dirname, '../..'));

function findSeedsDir(repoRoot: string): string {
  for (let dir = path.dirname(repoRoot); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) {
      throw new Error(`no shared/seeds directory above ${repoRoot}: the seed tests need it`);
    }
  }
}

export function seedFileNames(): string[] {
  return readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));
}

export function readSeed(file: string): string {
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

/** Markdown headings, plus bold lines that stand as headings ("> **Role clarity: ...**"). */
export function headingsOf(text: string): string[] {
  const headings: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const markdown = /^#{1,6}\s+(.+?)\s*$/.exec(line);
    const bold = /^>?\s*\*\*(.+?)\*\*\s*$/.exec(line);
    const heading = markdown?.[1] ?? bold?.[1];
    if (heading !== undefined) headings.push(heading.trim());
  }
  return headings;
}

/**
 * The FAQ questions exactly as the seeds write them: the "Q." rows of seed 003's FAQ table,
 * and every "Q:" line of seed 004 after its table of contents.
 */
export function seedFaqQuestions(partnerSeed: string, motionsSeed: string): string[] {
  const partner = partnerSeed
    .split(/\r?\n/)
    .filter((line) => line.startsWith('Q. '))
    .map((line) => line.slice(3, line.indexOf('|')).trim());
  const lines = motionsSeed.split(/\r?\n/);
  const bodyStart = lines.findIndex((line) => line.startsWith('## Orchestration of Consumption'));
  const motions = lines
    .slice(bodyStart)
    .map((line) => /^(?:#{1,6}\s*)?(?:\*\*)?Q[:.]\s*(.+?)(?:\*\*)?\s*$/.exec(line)?.[1])
    .filter((question): question is string => question !== undefined);
  return [...partner, ...motions];
}
