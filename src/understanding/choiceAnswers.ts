import { DESIGN_REVIEW_TRIGGERS, FACT_DOMAINS, type FactPath } from '../rubric';
import { PhraseTable, phrasesMeaning } from './phrases';
import { type Choice, NO_DESIGN_REVIEW, QUESTIONS } from './questions';
import { findYesNo } from './recognizers';
import { consistsOf, HEDGES, negatedAt, problem, read, type Reading } from './reading';
import type { Token } from './tokens';
import { ALL_PHRASES, NO_PHRASES, NONE_PHRASES, YES_PHRASES } from './vocabulary';

/** Yes/no, one-of and set answers, read with the words of the question's own choices. */

const ALL_MEMBERS = Symbol('all');
type SetMeaning = string | typeof ALL_MEMBERS;

const yesNoTables = new Map<FactPath, PhraseTable<boolean>>();
const choiceTables = new Map<FactPath, PhraseTable<string>>();
let designReviewTable: PhraseTable<SetMeaning> | undefined;

export function readYesNo(fact: FactPath, typed: string, tokens: readonly Token[]): Reading {
  if (HEDGES.matchAll(tokens).length > 0) return problem({ kind: 'hedged' });
  // A button's title or a plain "yes"/"no" needs no recognizer (which costs about a millisecond).
  const exact = exactMeaning(yesNoTable(fact), tokens);
  if (exact !== undefined) return read(exact);
  const values = new Set<boolean>(findYesNo(typed));
  for (const match of yesNoTable(fact).matchAll(tokens)) {
    // "not unified" is a no even though "unified" alone is a yes.
    values.add(negatedAt(tokens, match.first) ? !match.meaning : match.meaning);
  }
  if (values.size === 0) return problem({ kind: 'notYesNo', typed });
  if (values.size > 1) return problem({ kind: 'yesAndNo' });
  return read(values.has(true));
}

export function readOneOf(fact: FactPath, typed: string, tokens: readonly Token[]): Reading {
  const matches = choiceTable(fact).matchAll(tokens);
  if (matches.some((match) => negatedAt(tokens, match.first))) {
    return problem({ kind: 'negatedChoice' });
  }
  const values = [...new Set(matches.map((match) => match.meaning))];
  if (values.length === 0) return problem({ kind: 'noChoice', typed });
  if (values.length > 1)
    return problem({ kind: 'severalChoices', titles: values.map((v) => titleOf(fact, v)) });
  return read(values[0]);
}

export function readDesignReviews(typed: string, tokens: readonly Token[]): Reading {
  const matches = designReviews().matchAll(tokens);
  const members = new Set<string>();
  let none = false;
  for (const match of matches) {
    if (match.meaning === NO_DESIGN_REVIEW) {
      none = true;
    } else if (negatedAt(tokens, match.first)) {
      return problem({ kind: 'negatedChoice' });
    } else if (match.meaning === ALL_MEMBERS) {
      DESIGN_REVIEW_TRIGGERS.forEach((trigger) => members.add(trigger));
    } else {
      members.add(match.meaning);
    }
  }
  if (none && members.size > 0) return problem({ kind: 'noneAndSome' });
  if (!none && members.size === 0) return problem({ kind: 'noChoice', typed });
  return read(DESIGN_REVIEW_TRIGGERS.filter((trigger) => members.has(trigger)));
}

/** The meaning of an answer that is nothing but phrases of one meaning, none of them negated. */
function exactMeaning<Meaning>(
  table: PhraseTable<Meaning>,
  tokens: readonly Token[],
): Meaning | undefined {
  if (!consistsOf(table, tokens)) return undefined;
  const matches = table.matchAll(tokens);
  const meanings = new Set(matches.map((match) => match.meaning));
  if (meanings.size !== 1 || matches.some((match) => negatedAt(tokens, match.first)))
    return undefined;
  return matches[0]!.meaning;
}

function yesNoTable(fact: FactPath): PhraseTable<boolean> {
  let table = yesNoTables.get(fact);
  if (!table) {
    table = new PhraseTable<boolean>([
      ...phrasesMeaning(YES_PHRASES, true),
      ...phrasesMeaning(NO_PHRASES, false),
      ...choiceEntries(QUESTIONS[fact].choices ?? []).filter(
        (entry): entry is [string, boolean] => typeof entry[1] === 'boolean',
      ),
    ]);
    yesNoTables.set(fact, table);
  }
  return table;
}

function choiceTable(fact: FactPath): PhraseTable<string> {
  let table = choiceTables.get(fact);
  if (!table) {
    table = new PhraseTable<string>(
      choiceEntries(QUESTIONS[fact].choices ?? []).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    choiceTables.set(fact, table);
  }
  return table;
}

function designReviews(): PhraseTable<SetMeaning> {
  designReviewTable ??= new PhraseTable<SetMeaning>([
    ...phrasesMeaning(NONE_PHRASES, NO_DESIGN_REVIEW),
    ...phrasesMeaning(ALL_PHRASES, ALL_MEMBERS),
    ...choiceEntries(QUESTIONS.designReview.choices ?? []).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  ]);
  return designReviewTable;
}

/** A choice answers to its title, its value and its synonyms. */
function choiceEntries(choices: readonly Choice[]): [string, string | boolean][] {
  return choices.flatMap((choice) => {
    const phrases = [choice.title, ...choice.synonyms];
    if (typeof choice.value === 'string') phrases.push(choice.value);
    return phrases.map((phrase): [string, string | boolean] => [phrase, choice.value]);
  });
}

function titleOf(fact: FactPath, value: string): string {
  return QUESTIONS[fact].choices?.find((choice) => choice.value === value)?.title ?? value;
}

/** The words that answer a yes/no, one-of or set question: its choices, yes and no, none. */
export function answerWords(fact: FactPath): PhraseTable<unknown> | undefined {
  switch (FACT_DOMAINS[fact].kind) {
    case 'boolean':
      return yesNoTable(fact);
    case 'enum':
      return choiceTable(fact);
    case 'set':
      return designReviews();
    default:
      return undefined;
  }
}
