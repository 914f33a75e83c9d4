import { applyAction, type HandoffRecord, type Person, proposeHandoff } from '../../handoffs';
import { refusalMessage } from '../../words/handoffs';
import { ask } from '../../knowledge';
import {
  type Facts,
  type FactProblem,
  type PartialFacts,
  parseFacts,
  parsePartialFacts,
  recommend,
} from '../../rubric';
import * as cards from '../index';
import type { AdaptiveCardJson } from '../json';

type CardModule = typeof cards;

/** Every function the card index exports whose name ends in `Card`. */
export type CardFunctionName = {
  [K in keyof CardModule]: K extends `${string}Card`
    ? CardModule[K] extends (...args: never[]) => AdaptiveCardJson
      ? K
      : never
    : never;
}[keyof CardModule];

/** A card's previews: each builds the card from sample data and is saved as `<name>.png`. */
type Samples = Record<string, () => AdaptiveCardJson>;

/** The README's example account: post-sales, coordinated, with a partner asking for break-fix. */
const CONTOSO: Facts = {
  account: 'Contoso',
  salesStage: 'postsales',
  supportContract: true,
  subscriptions: 3,
  regions: 2,
  vmSkus: 14,
  quotaGroupVcpus: 400,
  monthlySpendUsd: 60_000,
  gpuOrRestricted: false,
  processCoordination: true,
  designReview: [],
  phase: 'reserve',
  partner: {
    plan: 'asfp',
    partnerCenterAccess: true,
    need: 'break-fix',
    customerOpportunity: false,
    customerOnEA: true,
    requester: 'partner',
  },
};

/**
 * Sample data for every card, built with the real rubric and knowledge base. The type lists
 * every `…Card` export, so a new card does not compile until it has a sample here.
 */
export const CARD_SAMPLES: { [K in CardFunctionName]: Samples } = {
  welcomeCard: { welcome: () => cards.welcomeCard() },
  resultCard: { result: () => cards.resultCard(decided(CONTOSO)) },
  handoffCard: { handoff: () => cards.handoffCard(decided(CONTOSO)) },
  factsFormCard: {
    factsForm: () =>
      cards.factsFormCard({
        facts: { account: 'Contoso', subscriptions: 3, regions: 2, gpuOrRestricted: true },
        verb: cards.VERBS.submitHandoff,
      }),
    'factsForm-problems': () => {
      const problems = rejected({ ...CONTOSO, salesStage: 'later', subscriptions: 0 });
      return cards.factsFormCard({
        facts: withoutRejected(CONTOSO, problems),
        problems,
        verb: cards.VERBS.submitFacts,
      });
    },
  },
  answerCard: { answer: () => cards.answerCard(answered('how do partners get support?')) },
  problemCard: {
    problem: () =>
      cards.problemCard({
        title: "That button sent something I can't use",
        problem:
          "That handoff button sent something I can't use (the handoff it names is not valid). Post the handoff again to get a fresh card.",
      }),
  },
  noAnswerCard: {
    noAnswer: () =>
      cards.noAnswerCard({ question: unanswered('how do I request a quota increase?') }),
  },
  handoffWorkflowCard: {
    'handoff-proposed': () => cards.handoffWorkflowCard({ record: CONTOSO_HANDOFF }),
    'handoff-owner': () => cards.handoffWorkflowCard({ record: acceptedByDana(), viewer: DANA }),
    'handoff-refused': () =>
      cards.handoffWorkflowCard({
        record: acceptedByDana(),
        viewer: LEE,
        notice: 'It is already accepted by Dana Lee.',
      }),
  },
  postHandoffCard: {
    postHandoff: () =>
      cards.postHandoffCard({
        ...decided(CONTOSO),
        places: [
          { id: '19:general@thread.tacv2', name: 'Contoso account team › General' },
          { id: '19:meeting@thread.v2', name: 'Contoso capacity review' },
        ],
      }),
  },
  myHandoffsCard: {
    myHandoffs: () =>
      cards.myHandoffsCard({ handoffs: [acceptedByDana(), CONTOSO_HANDOFF], reader: DANA }),
  },
};

const AVERY: Person = { id: '29:avery', name: 'Avery Field' };
const DANA: Person = { id: '29:dana', name: 'Dana Lee' };
const LEE: Person = { id: '29:lee', name: 'Lee Morgan' };

/** Contoso's handoff, proposed by Avery in the account channel. */
const CONTOSO_HANDOFF: HandoffRecord = proposeHandoff({
  id: 'h0123456789abcdef0123',
  ...decided(CONTOSO),
  postedIn: { conversationId: '19:capacity@thread.tacv2', name: 'Contoso account team › Capacity' },
  by: AVERY,
  now: new Date('2025-01-15T10:00:00Z'),
  requestId: 'propose',
});

function acceptedByDana(): HandoffRecord {
  const accepted = applyAction(
    CONTOSO_HANDOFF,
    { action: 'accept' },
    DANA,
    new Date('2025-01-15T10:05:00Z'),
    'accept',
  );
  if (!accepted.ok) throw new Error(refusalMessage(accepted.refusal));
  return accepted.record;
}

export interface PreviewSample {
  /** the file name without `.png` */
  name: string;
  /** the card function it previews */
  cardFunction: string;
  build: () => AdaptiveCardJson;
}

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/**
 * The samples in table order. Checks at run time what the compiler checks (tsx runs without
 * type-checking): every `…Card` function the index exports has a sample, and names are usable
 * as file names and unique.
 */
export function previewSamples(
  table: Partial<Record<string, Samples>> = CARD_SAMPLES,
): PreviewSample[] {
  const missing = cardFunctionNames().filter((name) => table[name] === undefined);
  if (missing.length > 0) {
    throw new Error(
      `no preview sample for ${missing.join(', ')}: add one to CARD_SAMPLES in src/cards/preview/samples.ts`,
    );
  }
  const samples: PreviewSample[] = [];
  for (const [cardFunction, builders] of Object.entries(table)) {
    for (const [name, build] of Object.entries(builders ?? {})) {
      if (!FILE_NAME.test(name)) throw new Error(`preview name "${name}" is not a plain file name`);
      if (samples.some((sample) => sample.name === name)) {
        throw new Error(`preview name "${name}" is used twice`);
      }
      samples.push({ name, cardFunction, build });
    }
  }
  return samples;
}

/** The index's `…Card` exports, found at run time. */
export function cardFunctionNames(): string[] {
  return Object.entries(cards)
    .filter(([name, value]) => name.endsWith('Card') && typeof value === 'function')
    .map(([name]) => name);
}

function decided(facts: PartialFacts): cards.ResultCardInput {
  return { facts, recommendation: recommend(facts) };
}

function answered(question: string): cards.AnswerCardInput {
  const result = ask(question);
  if (!result.answered) throw new Error(`the knowledge base no longer answers "${question}"`);
  return { question, results: result.results };
}

function unanswered(question: string): string {
  if (ask(question).answered) throw new Error(`the knowledge base now answers "${question}"`);
  return question;
}

/** What the rubric says about invalid facts, as a rejected form submit reports it. */
function rejected(input: unknown): FactProblem[] {
  const parsed = parseFacts(input);
  if (parsed.ok) throw new Error('the sample facts were expected to be rejected');
  return parsed.problems;
}

/** The facts with the rejected ones left out: what the form is prefilled with. */
function withoutRejected(facts: Facts, problems: readonly FactProblem[]): PartialFacts {
  const kept: Record<string, unknown> = { ...facts };
  for (const problem of problems) delete kept[problem.fact];
  const parsed = parsePartialFacts(kept);
  if (!parsed.ok) throw new Error(`the sample prefill is invalid: ${parsed.problems[0]?.message}`);
  return parsed.facts;
}
