import { NAME_REWRITES, NEGATIONS, PHRASE_TOKENS, STOP_WORDS, WORD_SYNONYMS } from './vocabulary';

/**
 * Text analysis shared by the index and the query, so both sides see the same terms:
 * lower-casing, negations written out, multi-word names folded into one canonical token, stop
 * words dropped, single-word synonyms (the table in `./vocabulary`) and a light suffix stemmer.
 */

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Splits text into lower-case words, after folding the known multi-word names. */
export function tokenize(text: string): string[] {
  let folded = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [pattern, rewrite] of NEGATIONS) folded = folded.replace(pattern, rewrite);
  for (const [pattern, rewrite] of NAME_REWRITES) folded = folded.replace(pattern, rewrite);
  for (const [pattern, token] of PHRASE_TOKENS) {
    folded = folded.replace(pattern, (match) => `${match} ${token}`);
  }
  return folded.split(WORD_SEPARATOR).filter((word) => word.length > 0);
}

/** One word to its index term, or null for a word not worth indexing. */
export function processTerm(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 2 && !/\d/.test(lower)) return null;
  const stemmed = stem(lower);
  if (STOP_WORDS.has(lower) || STOP_WORDS.has(stemmed)) return null;
  return WORD_SYNONYMS[lower] ?? WORD_SYNONYMS[stemmed] ?? stemmed;
}

/** Every index term of a text, in order (duplicates kept). */
export function analyze(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

const DOUBLE_CONSONANT_NOT_LSZ = /([b-df-hj-km-np-rtv-y])\1$/;

/**
 * A light suffix stemmer: plurals, -ing, -ed and a final -e, so "tracking", "tracked" and
 * "tracks" meet on "track" and "milestones" on "mileston". Short words are left alone:
 * they are mostly acronyms (TPD, MSX, CSA).
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  let stemmed = word;
  if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('s') && !/(?:ss|us|is)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.endsWith('ing') && stemmed.length - 3 >= 3) {
    stemmed = undouble(stemmed.slice(0, -3));
  } else if (stemmed.endsWith('ed') && stemmed.length - 2 >= 3) {
    stemmed = undouble(stemmed.slice(0, -2));
  }
  if (stemmed.endsWith('e') && stemmed.length > 4) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

function undouble(word: string): string {
  return DOUBLE_CONSONANT_NOT_LSZ.test(word) ? word.slice(0, -1) : word;
}
