import type { Assumption } from './walk';

/** Something decided under assumptions, with a key that says when two decisions are the same. */
export interface Decided<Value> {
  assumed: Assumption[];
  key: string;
  value: Value;
}

/**
 * The cases of a walk with the splits that made no difference undone: two cases that differ
 * only in the side of their last assumption, and decide the same, are one case without it.
 * The cases come in the walk's order (each split's "holds" side first), so merging the top of
 * a stack undoes the splits from the innermost out.
 */
export function mergeCases<Value>(cases: readonly Decided<Value>[]): Decided<Value>[] {
  const merged: Decided<Value>[] = [];
  for (const next of cases) {
    let current = next;
    for (;;) {
      const previous = merged.at(-1);
      if (!previous || !areSiblings(previous, current) || previous.key !== current.key) break;
      merged.pop();
      current = { ...previous, assumed: previous.assumed.slice(0, -1) };
    }
    merged.push(current);
  }
  return merged;
}

function areSiblings(a: Decided<unknown>, b: Decided<unknown>): boolean {
  const n = a.assumed.length;
  if (n === 0 || b.assumed.length !== n) return false;
  for (let i = 0; i < n - 1; i++) {
    if (a.assumed[i]!.comparison !== b.assumed[i]!.comparison) return false;
    if (a.assumed[i]!.holds !== b.assumed[i]!.holds) return false;
  }
  const last = a.assumed[n - 1]!;
  const other = b.assumed[n - 1]!;
  return last.comparison === other.comparison && last.holds !== other.holds;
}
