import { FACT_DOMAINS, type FactPath, OPTIONAL_FACTS } from '../rubric';
import { readDesignReviews, readOneOf, readYesNo } from './choiceAnswers';
import { readNumber } from './numberAnswers';
import type { AnswerProblem } from './problems';
import { PhraseTable, phrasesMeaning } from './phrases';
import { consistsOf, type Reading } from './reading';
import { readSimpleNumber } from './simpleNumbers';
import { tokenize } from './tokens';
import { DECLINE_PHRASES } from './vocabulary';

/** A value, a decline, or what was wrong (`describeAnswerProblem` in src/words says it in words). */
export type AnswerResult =
  | { ok: true; value: unknown }
  | { ok: true; declined: true }
  | { ok: false; problem: AnswerProblem };

/** Longer answers are not read: nobody types that much to answer one question. */
export const MAX_ANSWER_LENGTH = 200;

/** Facts whose absence means something, so "skip" and "not sure" are answers. */
export const DECLINABLE_FACTS: ReadonlySet<FactPath> = new Set<FactPath>([
  ...OPTIONAL_FACTS,
  'partner.expectedHours',
]);

const DECLINES = new PhraseTable(phrasesMeaning(DECLINE_PHRASES, true));
// "none" is a count of zero, but as an account name it means there is none to give.
const TEXT_DECLINES = new PhraseTable(
  phrasesMeaning([...DECLINE_PHRASES, 'none', 'no', 'nothing', 'no account', 'no name'], true),
);

/** reads the answer to the question about one fact: a value, a decline, or what was wrong */
export function understandAnswer(fact: FactPath, text: string): AnswerResult {
  const typed = text.trim();
  // Most counts and amounts are typed as "600" or "about 600 vCPUs": those skip the
  // recognizers, and the words and declines too (a numeral is never part of a decline).
  const simple = typed.length <= MAX_ANSWER_LENGTH ? readSimpleNumber(fact, typed) : undefined;
  return simple === undefined ? understandAnswerFully(fact, text) : { ok: true, value: simple };
}

/**
 * The long way, for every answer: the same result as `understandAnswer`, which only adds a
 * shortcut. Exported so that the tests hold the shortcut to it.
 */
export function understandAnswerFully(fact: FactPath, text: string): AnswerResult {
  const typed = text.trim();
  if (typed === '') return rejected({ kind: 'empty' });
  const domain = FACT_DOMAINS[fact];
  const maximum = domain.kind === 'text' ? domain.maxLength : MAX_ANSWER_LENGTH;
  // Declines are short, so a long text is never read word by word.
  const tokens = typed.length <= MAX_ANSWER_LENGTH ? tokenize(typed) : [];
  if (consistsOf(domain.kind === 'text' ? TEXT_DECLINES : DECLINES, tokens)) {
    return DECLINABLE_FACTS.has(fact)
      ? { ok: true, declined: true }
      : rejected({ kind: 'notSkippable' });
  }
  if (typed.length > maximum) {
    return rejected({ kind: 'tooLong', length: typed.length, maximum });
  }
  return toResult(readByKind(fact, typed, tokens));
}

function readByKind(fact: FactPath, typed: string, tokens: ReturnType<typeof tokenize>): Reading {
  switch (FACT_DOMAINS[fact].kind) {
    case 'text':
      // Kept literally: the card shows it as plain text, never as a template or markdown.
      return { ok: true, value: typed };
    case 'boolean':
      return readYesNo(fact, typed, tokens);
    case 'enum':
      return readOneOf(fact, typed, tokens);
    case 'set':
      return readDesignReviews(typed, tokens);
    case 'integer':
    case 'number':
      return readNumber(fact, typed, tokens);
  }
}

function toResult(reading: Reading): AnswerResult {
  return reading.ok ? { ok: true, value: reading.value } : rejected(reading.problem);
}

function rejected(found: AnswerProblem): AnswerResult {
  return { ok: false, problem: found };
}
