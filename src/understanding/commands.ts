import { COMMAND_NEAR_MISSES } from './commandNearMisses';
import {
  ASSESSMENT_PHRASES,
  type Command,
  COMMAND_LEAD_INS,
  COMMAND_PHRASES,
  COMMAND_TRAILERS,
  COMMANDS,
  COMMANDS_WITH_TEXT,
} from './commandPhrases';
import { DESCRIPTION_PHRASES } from './descriptionVocabulary';
import { type PhraseMatch, PhraseTable, phrasesMeaning } from './phrases';
import { QUESTIONS } from './questions';
import { isWord, type Token, tokenize, wordsOf } from './tokens';
import { oneEditApart } from './typos';
import * as VOCABULARY from './vocabulary';

export type { Command } from './commandPhrases';

export interface RecognizedCommand {
  command: Command;
  /**
   * the text after the command word: "handoff Contoso, GPU" → "Contoso, GPU"; always empty for
   * commands that take no text ("go back, please" → "")
   */
  rest: string;
  /** a command word was typed one letter off: "asess", "hlep", "strat over" */
  typo?: true;
}

const COMMAND_ENTRIES = COMMANDS.flatMap((command) =>
  phrasesMeaning(COMMAND_PHRASES[command], command),
);
const COMMAND_TABLE = new PhraseTable<Command>(COMMAND_ENTRIES);
const COMMAND_WORDS = COMMAND_ENTRIES.map(
  ([phrase, command]) => [wordsOf(phrase), command] as const,
);
const LEAD_INS = new PhraseTable(phrasesMeaning(COMMAND_LEAD_INS, true));
const TRAILERS = new PhraseTable(phrasesMeaning(COMMAND_TRAILERS, true));

/** Longer messages are never a command. */
const MAX_COMMAND_LENGTH = 2_000;
// Punctuation between a command and its text: "handoff: Contoso", "partner - break-fix".
const LEADING_PUNCTUATION = /^[\s:;,.!?\-–—]+/u;
// One edit in a shorter word changes too much of it: "bac" could be meant as anything.
const MIN_TYPO_LENGTH = 4;

/**
 * Words that are never a typo of a command, because they are words: English ones one letter
 * from a command word, and every word the bot itself reads ("about", "asses", "skim", "pas").
 */
const REAL_WORDS: ReadonlySet<string> = new Set([
  ...COMMAND_NEAR_MISSES,
  ...[
    ...DESCRIPTION_PHRASES.map(([phrase]) => phrase),
    ...Object.values(QUESTIONS).flatMap((question) =>
      (question.choices ?? []).flatMap((choice) => [choice.title, ...choice.synonyms]),
    ),
    ...Object.values(VOCABULARY).flatMap((list) => list.flat()),
    ...COMMAND_LEAD_INS,
    ...COMMAND_TRAILERS,
  ].flatMap(wordsOf),
]);

/** the command a message starts with, case, punctuation and one typo aside, and the text after it */
export function recognizeCommand(text: string): RecognizedCommand | undefined {
  if (text.length > MAX_COMMAND_LENGTH) return undefined;
  const words = tokenize(text).filter(isWord);
  let index = 0;
  for (
    let leadIn = LEAD_INS.matchAt(words, index);
    leadIn;
    leadIn = LEAD_INS.matchAt(words, index)
  ) {
    index = leadIn.last + 1;
  }
  const exact = COMMAND_TABLE.matchAt(words, index);
  const match = exact ?? typoMatchAt(words, index);
  if (!match) return undefined;
  const command = match.meaning;
  const typo = exact ? {} : { typo: true as const };
  if (!COMMANDS_WITH_TEXT.has(command)) {
    // "stop the VM before resizing" is a question, not "stop"; "go back, please" is "back".
    return onlyTrailers(words.slice(match.last + 1)) ? { command, rest: '', ...typo } : undefined;
  }
  const rest = text.slice(words[match.last]!.end).replace(LEADING_PUNCTUATION, '').trim();
  return { command, rest, ...typo };
}

/**
 * The longest command phrase at `index` with exactly one word typed one edit off ("cancle",
 * "strat over", "my handofs"). The word must be long enough and no word in its own right.
 */
function typoMatchAt(words: readonly Token[], index: number): PhraseMatch<Command> | undefined {
  let best: PhraseMatch<Command> | undefined;
  for (const [expected, command] of COMMAND_WORDS) {
    const typed = words.slice(index, index + expected.length).map((token) => token.word);
    if (typed.length < expected.length) continue;
    const typos = expected.filter((word, at) => word !== typed[at]);
    if (typos.length !== 1) continue;
    const at = expected.indexOf(typos[0]!);
    const typedWord = typed[at]!;
    if (
      typos[0]!.length >= MIN_TYPO_LENGTH &&
      // in a phrase, the other words typed right make a short typo safe: "go bak", "start ovr"
      (typedWord.length >= MIN_TYPO_LENGTH || expected.length > 1) &&
      !REAL_WORDS.has(typedWord) &&
      /^\p{L}+$/u.test(typedWord) &&
      oneEditApart(typedWord, typos[0]!) &&
      (!best || expected.length > best.last - best.first + 1)
    ) {
      best = { first: index, last: index + expected.length - 1, meaning: command };
    }
  }
  return best;
}

function onlyTrailers(words: readonly Token[]): boolean {
  let index = 0;
  while (index < words.length) {
    const trailer = TRAILERS.matchAt(words, index);
    if (!trailer) return false;
    index = trailer.last + 1;
  }
  return true;
}

type AssessmentSignal = keyof typeof ASSESSMENT_PHRASES;

const ASSESSMENT_TABLE = new PhraseTable<AssessmentSignal>(
  (Object.keys(ASSESSMENT_PHRASES) as AssessmentSignal[])
    .filter((signal) => signal !== 'faqLead')
    .flatMap((signal) => phrasesMeaning(ASSESSMENT_PHRASES[signal], signal)),
);
const FAQ_LEADS = new PhraseTable(phrasesMeaning(ASSESSMENT_PHRASES.faqLead, true));

/** whether free text plainly asks who should own a customer's capacity conversation */
export function asksForAssessment(text: string): boolean {
  if (text.length > MAX_COMMAND_LENGTH) return false;
  const words = tokenize(text).filter(isWord);
  const signals = new Set(ASSESSMENT_TABLE.matchAll(words).map((match) => match.meaning));
  if (signals.has('strong')) return true;
  const subject = signals.has('subject');
  if (signals.has('ask') && signals.has('own') && subject) return true;
  const asksForInformation = FAQ_LEADS.matchAt(words, 0) !== undefined;
  return signals.has('request') && subject && !asksForInformation;
}
