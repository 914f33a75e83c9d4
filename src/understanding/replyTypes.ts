import { z } from 'zod';
import { FACT_PATHS, type FactPath, type PartialFacts } from '../rubric';
import type { Command } from './commandPhrases';
import type { AnswerProblem } from './problems';

/** What a reply reader takes (the pending question) and what it gives back, as data. */

/** Facts counted or measured by a number: the ones a vague word or a range can leave open. */
export const QUANTITY_FACTS = [
  'subscriptions',
  'regions',
  'vmSkus',
  'quotaGroupVcpus',
  'monthlySpendUsd',
  'partner.expectedHours',
] as const;
export type QuantityFact = (typeof QUANTITY_FACTS)[number];

export function isQuantityFact(fact: string): fact is QuantityFact {
  return (QUANTITY_FACTS as readonly string[]).includes(fact);
}

const FactPathSchema = z.custom<FactPath>(
  (value) => typeof value === 'string' && (FACT_PATHS as readonly string[]).includes(value),
  { message: 'must be one of the facts the rubric names' },
);

/** A side of a threshold, in the rubric's comparison words: `{ is: 'gt', value: 500 }`. */
export const Comparison = z.strictObject({
  is: z.enum(['gt', 'gte', 'lt', 'lte']),
  value: z.number(),
});
export type Comparison = z.infer<typeof Comparison>;

/** A number fact known to be on one side of a threshold: vCPUs > 500. */
export const FactBound = Comparison.extend({ fact: z.enum(QUANTITY_FACTS) });
export type FactBound = z.infer<typeof FactBound>;

/**
 * The question a reply answers: one fact ("How many vCPUs are in the largest quota group?"), or
 * which side of one threshold a number fact is on ("Is the largest quota group over 500 vCPUs?").
 */
export const Asking = z.union([
  z.strictObject({ fact: FactPathSchema }),
  z.strictObject({ fact: z.enum(QUANTITY_FACTS), threshold: Comparison }),
]);
export type Asking = z.infer<typeof Asking>;

export const ReplyContext = z.strictObject({
  /** the question pending, if any */
  asking: Asking.optional(),
  /** the partner questions apply: "architecture" alone is then the partner's need */
  partner: z.boolean().optional(),
  /** the thresholds the rules compare number facts with; the rubric's own when left out */
  thresholds: z.array(FactBound).optional(),
});
export type ReplyContext = z.infer<typeof ReplyContext>;

/** One fact a reply gives, and the words it was read from. */
export interface GivenFact {
  fact: FactPath;
  value: unknown;
  /** the words, as typed: "two subs", "Unified", "600" */
  words: string;
  /** read as the answer to the pending question, not from words that name the fact */
  asAnswer: boolean;
}

/**
 * A number fact named with no number, or with less than one: "a few subs", "400-600 vCPUs",
 * "over 500". Never guessed: the conversation asks for it, or records what it settles.
 */
export interface Estimate {
  fact: QuantityFact;
  words: string;
  /** what the words say of the number: "a few" is at least 2; "400-600" at least 400, at most 600 */
  known: Comparison[];
  /** which side of each threshold of the rules the words settle */
  settles: FactBound[];
}

/** What a reply does to the question pending. */
export type PendingReading =
  /** the value is in the reply's facts, under the pending fact */
  | { kind: 'answered'; value: unknown }
  /** the side of a threshold: "no" to "over 500 vCPUs?", or "a couple" to "how many subscriptions?" */
  | { kind: 'bound'; bound: FactBound }
  /** "not sure", "don't know", "skip", "?" */
  | { kind: 'unknown' }
  /** a number named but not given, settling nothing the question needs: ask again */
  | { kind: 'estimate'; estimate: Estimate }
  /** an attempted answer that can't be used: ask again with the problem */
  | { kind: 'problem'; problem: AnswerProblem }
  /** the reply was about other facts: ask the question again */
  | { kind: 'open' };

/** A fact the reply tried to give with a value the fact doesn't take: "0 regions", "1.5 subs". */
export interface FactProblem {
  fact: FactPath;
  words: string;
  problem: AnswerProblem;
}

/** Everything a message says about the facts. */
export interface Statement {
  /** every fact given, the pending answer included; always valid partial facts */
  facts: PartialFacts;
  /** where each of those facts came from */
  given: GivenFact[];
  /** what the reply does to the question pending; absent when none is */
  pending?: PendingReading;
  /** sides of thresholds settled without a number (the pending one's included) */
  bounds: FactBound[];
  /** number facts named but not quantified: to be asked for */
  estimates: Estimate[];
  /** facts the person says they don't know: "not sure about the vCPUs" */
  unknown: FactPath[];
  /** values a correction takes back: "2 regions, not 3" → regions 3 */
  replaced: GivenFact[];
  /** the message corrects what was said before: "actually", "make that", "no wait", "sorry" */
  correction: boolean;
  /** it mentions partner support, so the partner questions apply */
  partnerAsked: boolean;
  /** values facts don't take, named with their fact: "0 regions" */
  problems: FactProblem[];
  /** parts it could not use, as typed */
  ignored: string[];
  /** it reads like a request for an assessment: a form with what was understood fits it */
  looksLikeAssessment: boolean;
}

/** What a message typed while the questions run (or at any time) is. */
export type Reply =
  | {
      kind: 'command';
      command: Command;
      /** the text after the command word, for commands that take text */
      rest: string;
      /** the command word was typed with a typo: "asess" */
      typo: boolean;
      /** what the rest says ("assess Fabrikam, post-sales" → account and sales stage) */
      details: Statement;
    }
  /** a question for the knowledge base: never an answer */
  | { kind: 'question'; text: string }
  | ({ kind: 'statement' } & Statement);
