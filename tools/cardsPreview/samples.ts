import { applyAction, type HandoffRecord, type Person, proposeHandoff } from '../../src/handoffs';
import { ask } from '../../src/knowledge';
import { decide, type Facts, type PartialFacts, recommend } from '../../src/rubric';
import * as cards from '../../src/cards';
import type { AdaptiveCardJson } from '../../src/cards/json';
import { refusalMessage } from '../../src/words/handoffs';

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
/** Contoso's facts as Teams submits the facts form, partner switch off. */
const CONTOSO_SUBMIT = {
  verb: 'submitFacts',
  account: 'Contoso',
  salesStage: 'postsales',
  supportContract: 'true',
  subscriptions: '3',
  regions: '2',
  vmSkus: '14',
  quotaGroupVcpus: '400',
  monthlySpendUsd: '60000',
  gpuOrRestricted: 'false',
  processCoordination: 'true',
  designReview: '',
  phase: 'reserve',
  partnerAsking: 'false',
};

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
  resultCard: {
    result: () => cards.resultCard(decided(CONTOSO)),
    'result-partner': () => cards.resultCard(decided({ account: 'Fabrikam', partner: SECURITY })),
  },
  conditionalResultCard: {
    'result-conditional': () => {
      // Contoso on one subscription and region, the largest quota group not known.
      const { quotaGroupVcpus: _unknown, partner: _partner, ...rest } = CONTOSO;
      const facts = { ...rest, subscriptions: 1, regions: 1, vmSkus: 3, monthlySpendUsd: 5_000 };
      const decision = decide(facts, { unknown: ['quotaGroupVcpus'] });
      if (decision.kind !== 'conditional') throw new Error('the sample is not conditional');
      return cards.conditionalResultCard({ facts, answer: decision.answer });
    },
  },
  handoffCard: { handoff: () => cards.handoffCard(decided(CONTOSO)) },
  factsFormCard: {
    factsForm: () =>
      cards.factsFormCard({
        facts: { account: 'Contoso', subscriptions: 3, regions: 2, gpuOrRestricted: true },
        verb: cards.VERBS.submitHandoff,
      }),
    'factsForm-problems': () => {
      const submitted = {
        ...CONTOSO_SUBMIT,
        subscriptions: '0',
        vmSkus: '12.5',
        processCoordination: '',
      };
      return cards.factsFormCard({
        facts: {},
        problems: rejected(submitted),
        submitted,
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

/** A partner reporting a security vulnerability: nothing about the customer's capacity. */
const SECURITY = { need: 'security-vulnerability', requester: 'partner' } as const;

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
      `no preview sample for ${missing.join(', ')}: add one to CARD_SAMPLES in tools/cardsPreview/samples.ts`,
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

/** What a form reports for a submit it refuses. */
function rejected(submitted: unknown): cards.FormProblem[] {
  const read = cards.readFactsForm(submitted);
  if (read.ok) throw new Error('the sample submit was expected to be rejected');
  return read.problems;
}
