import type { AnswerProblem } from './problems';
import { PhraseTable, phrasesMeaning } from './phrases';
import type { Token } from './tokens';
import { FILLER_WORDS, HEDGE_PHRASES, NEGATION_WORDS } from './vocabulary';

/** What one reader made of an answer: a value, or what was wrong with it. */
export type Reading = { ok: true; value: unknown } | { ok: false; problem: AnswerProblem };

export const read = (value: unknown): Reading => ({ ok: true, value });
export const problem = (found: AnswerProblem): Reading => ({ ok: false, problem: found });

export const HEDGES = new PhraseTable(phrasesMeaning(HEDGE_PHRASES, true));
const NEGATIONS = new PhraseTable(phrasesMeaning(NEGATION_WORDS, true));
const FILLER = new PhraseTable(phrasesMeaning(FILLER_WORDS, true));

/** Whether a negation ends right before token `index`: "not" in "not unified". */
export function negatedAt(tokens: readonly Token[], index: number): boolean {
  return NEGATIONS.matchAll(tokens, 0, index).some((match) => match.last === index - 1);
}

/** Whether every word of the tokens is one of the table's phrases or filler, and one is there. */
export function consistsOf<Meaning>(
  table: PhraseTable<Meaning>,
  tokens: readonly Token[],
): boolean {
  const covered = new Set<number>();
  const found = table.matchAll(tokens);
  for (const match of [...found, ...FILLER.matchAll(tokens)]) {
    for (let index = match.first; index <= match.last; index += 1) covered.add(index);
  }
  return (
    found.length > 0 && tokens.every((token, index) => token.kind !== 'word' || covered.has(index))
  );
}
