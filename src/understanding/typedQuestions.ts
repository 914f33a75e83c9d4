import { DESCRIPTION_TABLE } from './segments';
import { PhraseTable, phrasesMeaning } from './phrases';
import { QUESTIONS } from './questions';
import { type Token, tokenize } from './tokens';
import { DECLINE_PHRASES, FILLER_WORDS, NO_PHRASES, NONE_PHRASES, YES_PHRASES } from './vocabulary';

/**
 * Whether a message asks something (for the knowledge base) rather than telling: a sentence that
 * opens like a question ("how do I size…", "does Unified count…", "explain TPD"), or one ending
 * in a question mark with words other than facts in it. "GPU?" and "600?" are unsure answers.
 */

const WH_WORDS = ['how', 'what', 'whats', 'why', 'where', 'when', 'which', 'who', 'whom', 'whose'];
const AUXILIARIES = [
  ...['is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'should', 'would'],
  ...['will', 'shall', 'may', 'might', 'must', 'has', 'have', 'had', "isn't", "aren't"],
  ...["doesn't", "don't", "can't", "won't", "shouldn't", 'cant', 'dont', 'doesnt'],
];
/**
 * After an auxiliary, the subject that makes it a question: "is it …", "do we …", "can I …".
 * Not an article: "has a contract" answers; "does the customer need it?" asks with its mark.
 */
const SUBJECTS = [
  ...['i', 'we', 'you', 'they', 'it', 'he', 'she', 'this', 'that', 'there', 'these', 'those'],
  ...['anyone', 'someone', 'csams', 'partners', 'customers', 'ses', 'csas'],
];
/** Requests for information that need no question mark. */
const INFORMATION_REQUESTS = [
  ...['explain', 'define', 'describe', 'tell me', 'show me how', 'help me understand'],
  ...['difference between', 'i want to know', "i'd like to know", 'wondering', 'i wonder'],
  ...['any idea how', 'any idea what', 'any idea why', 'looking for', 'where can i find'],
];
/** Words that may come before the question itself: "ok, quick question: how do I …". */
const OPENERS = [
  ...['ok', 'okay', 'hey', 'hi', 'hello', 'sorry', 'quick question', 'question', 'also', 'and'],
  ...['but', 'so', 'um', 'uh', 'btw', 'oh', 'wait', 'actually', 'one more thing', 'then'],
];

type Opening = 'wh' | 'auxiliary' | 'request' | 'opener';
const OPENINGS = new PhraseTable<Opening>([
  ...phrasesMeaning(WH_WORDS, 'wh' as const),
  ...phrasesMeaning(["what's", 'what is', 'how come'], 'wh' as const),
  ...phrasesMeaning(AUXILIARIES, 'auxiliary' as const),
  ...phrasesMeaning(INFORMATION_REQUESTS, 'request' as const),
  ...phrasesMeaning(OPENERS, 'opener' as const),
]);
const SUBJECT_WORDS = new Set(SUBJECTS);

/** Words a statement of facts is made of: facts, numbers, yes and no, glue. */
const STATEMENT_WORDS = new PhraseTable<boolean>([
  ...phrasesMeaning([...YES_PHRASES, ...NO_PHRASES, ...NONE_PHRASES, ...DECLINE_PHRASES], true),
  ...phrasesMeaning(FILLER_WORDS, true),
  ...phrasesMeaning(['yep', 'yeah', 'yup', 'sure', 'nope', 'ok'], true),
  ...Object.values(QUESTIONS).flatMap((question) =>
    (question.choices ?? []).flatMap((choice) =>
      phrasesMeaning([choice.title, ...choice.synonyms], true),
    ),
  ),
]);
const NUMBER_WORD =
  /^(?:\d[\d.,]*[km]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|k)$/u;

export function isTypedQuestion(text: string): boolean {
  return sentencesOf(tokenize(text)).some((sentence) => {
    const clauses = sentence.clauses.filter((clause) => clause.length > 0);
    const words = clauses.flat();
    if (words.length === 0) return false;
    // The first clause or the last: "not sure, what's a quota group" asks as well.
    if (opensLikeQuestion(clauses[0]!) || opensLikeQuestion(clauses[clauses.length - 1]!)) {
      return true;
    }
    return sentence.asked && !onlyFacts(words);
  });
}

interface Sentence {
  clauses: Token[][];
  /** it ends with a question mark */
  asked: boolean;
}

function sentencesOf(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let clauses: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'word') clauses[clauses.length - 1]!.push(token);
    else if (['.', '!', '?', '\n'].includes(token.text)) {
      sentences.push({ clauses, asked: token.text === '?' });
      clauses = [[]];
    } else clauses.push([]);
  }
  sentences.push({ clauses, asked: false });
  return sentences;
}

function opensLikeQuestion(words: readonly Token[]): boolean {
  let index = 0;
  for (;;) {
    const match = OPENINGS.matchAt(words, index);
    if (!match) return false;
    switch (match.meaning) {
      case 'opener':
        index = match.last + 1;
        continue;
      case 'wh':
      case 'request':
        // "who knows" is a don't-know; "what?" alone is a question too.
        return !(
          match.last === index &&
          words[index]!.word === 'who' &&
          words[index + 1]?.word === 'knows'
        );
      case 'auxiliary': {
        const next = words[match.last + 1];
        return next !== undefined && SUBJECT_WORDS.has(next.word);
      }
    }
  }
}

/** "GPU?", "600?", "post-sales?": every word a fact, a number, yes or no, or glue. */
function onlyFacts(words: readonly Token[]): boolean {
  const covered = new Set<number>();
  for (const match of [...STATEMENT_WORDS.matchAll(words), ...DESCRIPTION_TABLE.matchAll(words)]) {
    for (let index = match.first; index <= match.last; index += 1) covered.add(index);
  }
  return words.every((token, index) => covered.has(index) || NUMBER_WORD.test(token.word));
}
