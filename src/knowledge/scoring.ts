/**
 * Turns raw BM25 scores, which have no fixed scale, into a 0..1 confidence:
 * how much of the question an entry actually matches, weighted by how telling each word is.
 */

export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

/** A guessed word (prefix or typo) is weaker evidence than the word itself. */
const MATCH_QUALITY: Readonly<Record<MatchKind, number>> = { exact: 1, prefix: 0.8, fuzzy: 0.5 };

/**
 * A word found only in an answer's text is weaker evidence than one in its question, keywords
 * or section heading: answers mention much in passing ("your manager", "CSA Managers").
 */
const ANSWER_ONLY_QUALITY = 0.7;

/** How much one matched query term counts: how it matched, and where. */
export function matchQuality(kind: MatchKind, onlyInAnswer: boolean): number {
  return MATCH_QUALITY[kind] * (onlyInAnswer ? ANSWER_ONLY_QUALITY : 1);
}

/**
 * Inverse document frequency: a word found in few entries says more than one found in many.
 * A word no entry contains weighs the most, so an off-topic question cannot be answered by
 * its one common word ("azure", "partner").
 */
export function termWeight(entriesWithTerm: number, entryCount: number): number {
  return Math.log(1 + entryCount / Math.max(entriesWithTerm, 0.5));
}

export interface WeightedTerm {
  term: string;
  weight: number;
  /**
   * a modifier ("not", a number) sharpens the ranking when an entry has it, but a question is
   * not less answered by an entry without it: it counts only when matched
   */
  modifier?: boolean;
}

/** What an entry matched of a query: the weighted share, and the absolute weight behind it. */
export interface Coverage {
  /** 0..1: the weighted share of the query's terms the entry matched */
  share: number;
  /** the summed weight of the matched terms */
  evidence: number;
}

/** How much of the query an entry matched; `matched` maps each matched query term to its quality. */
export function coverage(
  queryTerms: readonly WeightedTerm[],
  matched: ReadonlyMap<string, number>,
): Coverage {
  let total = 0;
  let evidence = 0;
  for (const { term, weight, modifier } of queryTerms) {
    const quality = matched.get(term);
    if (modifier === true && quality === undefined) continue;
    total += weight;
    if (quality !== undefined) evidence += weight * quality;
  }
  return { share: total > 0 ? evidence / total : 0, evidence };
}

/** How a query term matched an entry, given the entry terms it matched. */
export function matchKind(queryTerm: string, matchedEntryTerms: readonly string[]): MatchKind {
  if (matchedEntryTerms.includes(queryTerm)) return 'exact';
  if (matchedEntryTerms.some((term) => term.startsWith(queryTerm))) return 'prefix';
  return 'fuzzy';
}

/**
 * Confidence in one result (0..1), the product of three shares:
 * - coverage: how much of the question the entry matched;
 * - evidence: whether that is enough to go on. A single common word ("azure") covers a
 *   one-word question completely but says little; full evidence is the weight of a word
 *   found in only one entry (`fullEvidence`);
 * - relevance: its BM25 score relative to the best result, so the runners-up rank below it.
 */
export function confidence(
  matched: Coverage,
  fullEvidence: number,
  rawScore: number,
  bestRawScore: number,
): number {
  const evidence = fullEvidence > 0 ? Math.min(1, matched.evidence / fullEvidence) : 0;
  const relevance = bestRawScore > 0 ? Math.min(1, rawScore / bestRawScore) : 0;
  return round(matched.share * evidence * relevance);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
