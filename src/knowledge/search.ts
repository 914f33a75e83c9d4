import MiniSearch, { type SearchResult } from 'minisearch';
import { analyze, processTerm, tokenize } from './analyze';
import { KNOWLEDGE_ENTRIES } from './entries';
import { type KnowledgeEntry, splitSource } from './entry';
import { parseAskInput } from './input';
import {
  confidence,
  coverage,
  matchKind,
  matchQuality,
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

/**
 * Field boosts: a match in the question says most, then the keywords, then the seed section's
 * heading (several entries share one), then the answer.
 */
const FIELD_BOOST = { question: 3, keywords: 2, heading: 1.5, answer: 1 } as const;
const FIELDS = Object.keys(FIELD_BOOST);
const ANSWER_FIELD = 'answer';
const QUESTION_FIELD = 'question';

const URL_IN_TEXT = /\bhttps?:\/\/|\baka\.ms\//;

/**
 * Query terms that sharpen the ranking but are not a topic of their own: "not" (what is not
 * covered), numbers (3 subscriptions) and "should I", which gives a question its shape (should I
 * open a new one?) and so counts only where an entry's question has it.
 */
const QUESTION_SHAPES: ReadonlySet<string> = new Set(['shouldi']);
const isModifier = (term: string): boolean =>
  term === 'not' || QUESTION_SHAPES.has(term) || /^\d/.test(term);

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
        modifier: isModifier(term),
      }));
      // "no", "not sure" or a bare number ask about nothing in particular.
      if (queryTerms.every(({ modifier }) => modifier)) {
        return { answered: false, reason: 'no-search-terms' };
      }

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
  // An answer with a URL in it answers "... link?" too.
  if (field === 'answer')
    return URL_IN_TEXT.test(entry.answer) ? `${entry.answer}\nlink` : entry.answer;
  if (field === 'keywords') return (entry.keywords ?? []).join(' ');
  if (field === 'heading') return splitSource(entry.source)?.heading ?? '';
  return '';
}

/** Each query term the hit matched, with the quality of its match (see `matchQuality`). */
function matchesOf(hit: SearchResult): Map<string, number> {
  const matched = new Map<string, number>();
  for (const term of hit.queryTerms) {
    if (QUESTION_SHAPES.has(term) && !(hit.match[term] ?? []).includes(QUESTION_FIELD)) continue;
    const kind = matchKind(term, hit.terms);
    const entryTerms = matchedEntryTerms(term, kind, hit.terms);
    const onlyInAnswer = entryTerms.every((entryTerm) =>
      (hit.match[entryTerm] ?? []).every((field) => field === ANSWER_FIELD),
    );
    matched.set(term, matchQuality(kind, onlyInAnswer));
  }
  return matched;
}

/** The entry terms a query term stands for: itself, the words it starts, or (typos) the rest. */
function matchedEntryTerms(term: string, kind: MatchKind, entryTerms: readonly string[]) {
  if (kind === 'exact') return [term];
  if (kind === 'prefix') return entryTerms.filter((candidate) => candidate.startsWith(term));
  return entryTerms;
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
