import MiniSearch, { type SearchResult } from 'minisearch';
import { analyze, processTerm, tokenize } from './analyze';
import { KNOWLEDGE_ENTRIES } from './entries';
import type { KnowledgeEntry } from './entry';
import { parseAskInput } from './input';
import {
  confidence,
  coverage,
  matchKind,
  termWeight,
  type MatchKind,
  type WeightedTerm,
} from './scoring';

/**
 * The least confidence the answer needs. For the best result it reads: the entry matches at
 * least half of what the question asks about, each word weighed by how telling it is, and
 * the matched words are telling enough (one common word such as "azure" is not).
 */
export const ANSWER_THRESHOLD = 0.5;

/**
 * Runners-up are offered as related reading ("see also"), not as the answer, so they need
 * less: still clearly on topic, but they may cover only part of the question.
 */
export const RELATED_THRESHOLD = 0.3;

/** Field boosts: a match in the question says most, then the keywords, then the answer. */
const FIELD_BOOST = { question: 3, keywords: 2, answer: 1 } as const;
const FIELDS = Object.keys(FIELD_BOOST);

/** Prefix search from 4 letters; typo tolerance only for words long enough to have typos. */
const PREFIX_MIN_LENGTH = 4;
const FUZZY_MIN_LENGTH = 6;
const FUZZINESS = 0.2;

export interface ScoredEntry {
  entry: KnowledgeEntry;
  /** 0..1: the first result is at least ANSWER_THRESHOLD, the others RELATED_THRESHOLD */
  score: number;
}

export type UnansweredReason = 'no-search-terms' | 'no-match' | 'low-confidence';

export type AskResult =
  { answered: true; results: ScoredEntry[] } | { answered: false; reason: UnansweredReason };

export interface KnowledgeBase {
  ask(question: string, options?: { limit?: number }): AskResult;
  readonly entries: readonly KnowledgeEntry[];
}

/** Builds the search index over the given entries once; `ask` then only queries it. */
export function createKnowledgeBase(entries: readonly KnowledgeEntry[]): KnowledgeBase {
  const index = new MiniSearch<KnowledgeEntry>({
    idField: 'id',
    fields: FIELDS,
    extractField: (entry, field) => fieldText(entry, field),
    tokenize,
    processTerm,
    searchOptions: {
      boost: { ...FIELD_BOOST },
      prefix: (term) => term.length >= PREFIX_MIN_LENGTH,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? FUZZINESS : false),
      maxFuzzy: 2,
      combineWith: 'OR',
    },
  });
  index.addAll([...entries]);

  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const termsByEntry = entries.map(
    (entry) => new Set(FIELDS.flatMap((field) => analyze(fieldText(entry, field)))),
  );

  const fullEvidence = termWeight(1, entries.length);
  const entriesWithTerm = (term: string): number => {
    const allowPrefix = term.length >= PREFIX_MIN_LENGTH;
    return termsByEntry.filter((terms) =>
      allowPrefix ? [...terms].some((candidate) => candidate.startsWith(term)) : terms.has(term),
    ).length;
  };

  return {
    entries,
    ask(question, options) {
      const input = parseAskInput(question, options);
      const queryTerms: WeightedTerm[] = [...new Set(analyze(input.question))].map((term) => ({
        term,
        weight: termWeight(entriesWithTerm(term), entries.length),
      }));
      if (queryTerms.length === 0) return { answered: false, reason: 'no-search-terms' };

      const hits = index.search(input.question);
      if (hits.length === 0) return { answered: false, reason: 'no-match' };

      const bestRawScore = hits[0]?.score ?? 0;
      const ranked = hits
        .map((hit) => ({
          entry: byId.get(String(hit.id)),
          score: confidence(
            coverage(queryTerms, matchesOf(hit)),
            fullEvidence,
            hit.score,
            bestRawScore,
          ),
        }))
        .filter((result): result is ScoredEntry => result.entry !== undefined)
        .sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
      const [best, ...runnersUp] = ranked;
      if (best === undefined || best.score < ANSWER_THRESHOLD) {
        return { answered: false, reason: 'low-confidence' };
      }
      const related = runnersUp.filter((result) => result.score >= RELATED_THRESHOLD);
      return { answered: true, results: [best, ...related].slice(0, input.limit) };
    },
  };
}

/** MiniSearch reads the id through this too. */
function fieldText(entry: KnowledgeEntry, field: string): string {
  if (field === 'id') return entry.id;
  if (field === 'question') return entry.question;
  if (field === 'answer') return entry.answer;
  if (field === 'keywords') return (entry.keywords ?? []).join(' ');
  return '';
}

function matchesOf(hit: SearchResult): Map<string, MatchKind> {
  return new Map(hit.queryTerms.map((term) => [term, matchKind(term, hit.terms)]));
}

let defaultKnowledgeBase: KnowledgeBase | undefined;

/** The knowledge base over the seed entries, built on first use and then reused. */
export function knowledgeBase(): KnowledgeBase {
  defaultKnowledgeBase ??= createKnowledgeBase(KNOWLEDGE_ENTRIES);
  return defaultKnowledgeBase;
}

/**
 * Answers a question from the seed FAQs: the best entries first, each with a 0..1 score, or
 * `answered: false` when no entry is a good enough match. Throws AskInputError on bad input.
 */
export function ask(question: string, options?: { limit?: number }): AskResult {
  return knowledgeBase().ask(question, options);
}
