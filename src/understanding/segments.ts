import { asksForAssessment } from './commands';
import { DESCRIPTION_PHRASES, type Meaning, SPLIT_WORDS } from './descriptionVocabulary';
import { PhraseTable } from './phrases';
import { tokenize } from './tokens';

/** One part of a description: "3 subscriptions" in "3 subscriptions, 2 regions". */
export interface Segment {
  text: string;
  /** ended with a question mark: "GPU?" is not a fact */
  question: boolean;
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '\n']);

export const DESCRIPTION_TABLE = new PhraseTable<Meaning>(DESCRIPTION_PHRASES);

/**
 * Splits on commas, semicolons, sentence ends, line breaks and "and"/"plus"/"but" — except
 * inside a phrase that contains one ("access & quota", "govern and ship"), and never inside
 * a number ("$60,000").
 */
export function splitSegments(text: string): Segment[] {
  const tokens = tokenize(text);
  const protectedTokens = new Set<number>();
  for (const match of DESCRIPTION_TABLE.matchAll(tokens)) {
    for (let index = match.first; index <= match.last; index += 1) protectedTokens.add(index);
  }
  const segments: Segment[] = [];
  // A segment runs from one split to the next, symbols included: "$60K", "€50k".
  let start = 0;
  let hasTokens = false;
  const close = (end: number, question: boolean) => {
    const segmentText = text.slice(start, end).trim();
    if (hasTokens && segmentText.length > 0) segments.push({ text: segmentText, question });
    hasTokens = false;
  };
  let sentenceStart = 0;
  tokens.forEach((token, index) => {
    // "between 400 and 600" is one range, not two parts.
    const inRange = token.word === 'and' && tokens[index - 2]?.word === 'between';
    const splits =
      token.kind === 'separator' ||
      (token.kind === 'word' &&
        SPLIT_WORDS.has(token.word) &&
        !protectedTokens.has(index) &&
        !inRange);
    if (splits) {
      // "who should own Contoso, 3 subscriptions and GPU?": the question is the request itself.
      const question =
        token.text === '?' && !asksForAssessment(text.slice(sentenceStart, token.start));
      close(token.start, question);
      start = token.end;
      if (SENTENCE_ENDS.has(token.text)) sentenceStart = token.end;
    } else {
      hasTokens = true;
    }
  });
  close(text.length, false);
  return segments;
}
