import {
  ASSESSMENT_PHRASES,
  type Command,
  COMMAND_LEAD_INS,
  COMMAND_PHRASES,
  COMMAND_TRAILERS,
  COMMANDS,
  COMMANDS_WITH_TEXT,
} from './commandPhrases';
import { PhraseTable, phrasesMeaning } from './phrases';
import { isWord, tokenize } from './tokens';

export type { Command } from './commandPhrases';

export interface RecognizedCommand {
  command: Command;
  /**
   * the text after the command word: "handoff Contoso, GPU" → "Contoso, GPU"; always empty for
   * commands that take no text ("go back, please" → "")
   */
  rest: string;
}

const COMMAND_TABLE = new PhraseTable<Command>(
  COMMANDS.flatMap((command) => phrasesMeaning(COMMAND_PHRASES[command], command)),
);
const LEAD_INS = new PhraseTable(phrasesMeaning(COMMAND_LEAD_INS, true));
const TRAILERS = new PhraseTable(phrasesMeaning(COMMAND_TRAILERS, true));

/** Longer messages are never a command. */
const MAX_COMMAND_LENGTH = 2_000;
// Punctuation between a command and its text: "handoff: Contoso", "partner - break-fix".
const LEADING_PUNCTUATION = /^[\s:;,.!?\-–—]+/u;

/** the command a message starts with, case and punctuation aside, and the text after it */
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
  const match = COMMAND_TABLE.matchAt(words, index);
  if (!match) return undefined;
  const command = match.meaning;
  if (!COMMANDS_WITH_TEXT.has(command)) {
    // "stop the VM before resizing" is a question, not "stop"; "go back, please" is "back".
    return onlyTrailers(words.slice(match.last + 1)) ? { command, rest: '' } : undefined;
  }
  const rest = text.slice(words[match.last]!.end).replace(LEADING_PUNCTUATION, '').trim();
  return { command, rest };
}

function onlyTrailers(words: ReturnType<typeof tokenize>): boolean {
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
