import { type Token, wordsOf } from './tokens';

/** A phrase found in a run of tokens: tokens `first`..`last` (inclusive) and what it means. */
export interface PhraseMatch<Meaning> {
  first: number;
  last: number;
  meaning: Meaning;
}

interface Entry<Meaning> {
  words: string[];
  meaning: Meaning;
}

/**
 * Phrases and what each means, matched on whole words, longest phrase first: so "no design
 * review" wins over "no", and "premier support for partners" over "premier".
 */
export class PhraseTable<Meaning> {
  private readonly byFirstWord = new Map<string, Entry<Meaning>[]>();

  constructor(entries: Iterable<readonly [phrase: string, meaning: Meaning]>) {
    for (const [phrase, meaning] of entries) {
      const words = wordsOf(phrase);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ words, meaning });
      this.byFirstWord.set(first, list);
    }
    for (const list of this.byFirstWord.values()) {
      list.sort((a, b) => b.words.length - a.words.length);
    }
  }

  /** The longest phrase that starts at token `index`; phrases never span punctuation. */
  matchAt(tokens: readonly Token[], index: number): PhraseMatch<Meaning> | undefined {
    const first = tokens[index];
    if (first === undefined || first.kind !== 'word') return undefined;
    for (const entry of this.byFirstWord.get(first.word) ?? []) {
      const fits = entry.words.every((word, offset) => {
        const token = tokens[index + offset];
        return token !== undefined && token.kind === 'word' && token.word === word;
      });
      if (fits)
        return { first: index, last: index + entry.words.length - 1, meaning: entry.meaning };
    }
    return undefined;
  }

  /** Every phrase in tokens `from`..`to` (exclusive), left to right, none overlapping. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<Meaning>[] {
    const matches: PhraseMatch<Meaning>[] = [];
    let index = from;
    while (index < to) {
      const match = this.matchAt(tokens, index);
      if (match && match.last < to) {
        matches.push(match);
        index = match.last + 1;
      } else {
        index += 1;
      }
    }
    return matches;
  }
}

/** Table entries giving every phrase of a list the same meaning. */
export function phrasesMeaning<Meaning>(
  phrases: readonly string[],
  meaning: Meaning,
): [string, Meaning][] {
  return phrases.map((phrase) => [phrase, meaning]);
}
