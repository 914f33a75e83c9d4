import {
  type CapacityRecommendation,
  type ConditionalAnswer,
  decide,
  type FactPath,
  type Facts,
  hasOwner,
  MATURITY_LEVELS,
  type PartialFacts,
  PARTNER_NEEDS,
  PARTNER_PLANS,
  type PartnerFacts,
  PHASES,
  recommend,
  type Recommendation,
  REQUESTERS,
} from '../../../src/rubric';
import {
  ask,
  KNOWLEDGE_ENTRIES,
  QUESTION_MAX_LENGTH,
  type ScoredEntry,
} from '../../../src/knowledge';
import {
  type FormProblem,
  type HandoffWorkflowCardInput,
  type PlaceChoice,
  readFactsForm,
} from '../../../src/cards';
import {
  applyAction,
  type HandoffRecord,
  type HandoffRequest,
  type Person,
  proposeHandoff,
  REASON_MAX_LENGTH,
} from '../../../src/handoffs';
import { partnerFacts, simpleFacts } from '../../support/facts';
import { refusalMessage } from '../../../src/words/handoffs';

/** The Adaptive Cards date function, which hosts expand in text. */
export const DATE_MACRO = '{{DATE(2017-02-14T06:08:39Z, SHORT)}}';

/** Text a user might type that templating, markdown or HTML would change if it were evaluated. */
export const HOSTILE_MARKERS = [
  '${account}',
  '${1+1}',
  DATE_MACRO,
  '[link](http://x)',
  '**bold**',
  '<b>html</b>',
] as const;
/** All the markers in one account name, within the 100 characters an account may have. */
export const HOSTILE_TEXT = HOSTILE_MARKERS.join(' ');
export const LONG_ACCOUNT = 'Contoso Worldwide Capacity Holdings '.repeat(3).slice(0, 99) + 'Z';
export const LONG_QUESTION = `how do I ${HOSTILE_TEXT} `.repeat(20).slice(0, QUESTION_MAX_LENGTH);

export interface DecidedScenario<R extends Recommendation = CapacityRecommendation> {
  name: string;
  facts: PartialFacts;
  recommendation: R;
}

/** A scenario whose recommendation names an owner. */
const decided = (name: string, facts: PartialFacts): DecidedScenario => {
  const recommendation = recommend(facts);
  if (!hasOwner(recommendation)) throw new Error(`scenario "${name}" names no owner`);
  return { name, facts, recommendation };
};

/** Every combination of partner facts (expected hours: absent, short, long). */
function everyPartner(): PartnerFacts[] {
  const all: PartnerFacts[] = [];
  for (const plan of PARTNER_PLANS)
    for (const need of PARTNER_NEEDS)
      for (const requester of REQUESTERS)
        for (const partnerCenterAccess of [true, false])
          for (const customerOpportunity of [true, false])
            for (const customerOnEA of [true, false])
              for (const expectedHours of [undefined, 10, 40]) {
                const partner = partnerFacts({ plan, need, requester, partnerCenterAccess });
                all.push({ ...partner, customerOpportunity, customerOnEA, expectedHours });
              }
  return all;
}

const PARTNERS = everyPartner();
const optionOf = (partner: PartnerFacts) => recommend(simpleFacts({ partner })).supportOption;

/** The partner request whose option carries the most caveats and links. */
export const WORDIEST_PARTNER: PartnerFacts = PARTNERS.reduce((best, partner) => {
  const weight = (p: PartnerFacts) => {
    const option = optionOf(p);
    return (option?.caveats.length ?? 0) * 10 + (option?.links.length ?? 0);
  };
  return weight(partner) > weight(best) ? partner : best;
});

/** One partner request per support option the rubric can pick. */
const ONE_PER_OPTION: PartnerFacts[] = [
  ...new Map(PARTNERS.map((partner) => [optionOf(partner)?.option, partner])).values(),
];

/** Typical and worst-case facts: every optional section, every rule stage, every phase and level. */
export const DECIDED_SCENARIOS: DecidedScenario[] = [
  decided(
    'typical: CSAM coordinates',
    simpleFacts({ account: 'Contoso', processCoordination: true }),
  ),
  decided('self-serve, no account', simpleFacts()),
  decided(
    'worst case: pre-sales with a contract, GPU, every design review, wordiest partner',
    simpleFacts({
      account: LONG_ACCOUNT,
      salesStage: 'presales',
      gpuOrRestricted: true,
      subscriptions: 4,
      regions: 3,
      vmSkus: 40,
      quotaGroupVcpus: 4_000,
      monthlySpendUsd: 250_000.5,
      processCoordination: true,
      designReview: ['forecast', 'architecture', 'quotaStrategy'],
      phase: 'access-quota',
      maturity: 'solution',
      partner: WORDIEST_PARTNER,
    }),
  ),
  decided(
    'blocked: no contract and complex, with a partner',
    simpleFacts({
      account: LONG_ACCOUNT,
      supportContract: false,
      subscriptions: 3,
      regions: 2,
      vmSkus: 14,
      quotaGroupVcpus: 600,
      monthlySpendUsd: 60_000,
      designReview: ['architecture'],
      phase: 'forecast',
      maturity: 'affine',
      partner: partnerFacts({ plan: 'asfp', need: 'break-fix', customerOnEA: true }),
    }),
  ),
  decided('partial: a GPU customer needs no sizing', {
    salesStage: 'postsales',
    supportContract: true,
    gpuOrRestricted: true,
  }),
  ...PHASES.map((phase, index) =>
    decided(
      `phase ${phase}, maturity ${MATURITY_LEVELS[index]}`,
      simpleFacts({ phase, maturity: MATURITY_LEVELS[index] }),
    ),
  ),
  ...ONE_PER_OPTION.map((partner) =>
    decided(`partner option ${optionOf(partner)?.option}`, simpleFacts({ partner })),
  ),
];

/** A partner's own requests: a support option and no owner, one per option. */
export const PARTNER_SCENARIOS: DecidedScenario<Recommendation>[] = [
  ...ONE_PER_OPTION.map((partner) => ({
    name: `partner's own request: ${optionOf(partner)?.option}`,
    facts: { account: 'Fabrikam', partner },
    recommendation: recommend({ account: 'Fabrikam', partner }),
  })),
  {
    name: "partner's own request, wordiest, longest account",
    facts: { account: LONG_ACCOUNT, partner: WORDIEST_PARTNER },
    recommendation: recommend({ account: LONG_ACCOUNT, partner: WORDIEST_PARTNER }),
  },
];

export interface ConditionalScenario {
  name: string;
  facts: PartialFacts;
  answer: ConditionalAnswer;
}

function conditional(name: string, facts: PartialFacts, unknown: FactPath[]): ConditionalScenario {
  const decision = decide(facts, { unknown });
  if (decision.kind !== 'conditional') throw new Error(`scenario "${name}" is not conditional`);
  return { name, facts, answer: decision.answer };
}

const withoutVcpus = (facts: Facts): PartialFacts => {
  const { quotaGroupVcpus: _unknown, ...rest } = facts;
  return rest;
};

/** Answers that depend on facts the person does not know. */
export const CONDITIONAL_SCENARIOS: ConditionalScenario[] = [
  conditional(
    'the largest quota group not known',
    withoutVcpus(simpleFacts({ account: 'Contoso', processCoordination: true })),
    ['quotaGroupVcpus'],
  ),
  conditional(
    'vCPUs and spend not known, a partner asking too, longest account',
    (({ monthlySpendUsd: _spend, ...rest }) => rest)(
      withoutVcpus(
        simpleFacts({ account: LONG_ACCOUNT, designReview: [], partner: WORDIEST_PARTNER }),
      ),
    ),
    ['quotaGroupVcpus', 'monthlySpendUsd'],
  ),
  conditional(
    'no contract: the SE either way, the tier not known',
    withoutVcpus(simpleFacts({ supportContract: false })),
    ['quotaGroupVcpus'],
  ),
  conditional(
    "a partner's own request, the hours not known",
    { partner: partnerFacts({ need: 'architecture', customerOpportunity: true }) },
    ['partner.expectedHours'],
  ),
];

/** A submit with something wrong in every input, as Teams would send it. */
export const BAD_SUBMIT = {
  account: 'x'.repeat(101),
  salesStage: 'later',
  supportContract: 'maybe',
  subscriptions: '0',
  regions: 'two',
  vmSkus: '-1',
  quotaGroupVcpus: '1.5',
  monthlySpendUsd: 'lots',
  gpuOrRestricted: 'perhaps',
  processCoordination: 'yes',
  designReview: 'forecast,typo',
  phase: 'someday',
  maturity: 'expert',
  partnerAsking: 'true',
  partnerRequester: 'boss',
  partnerNeed: 'coffee',
  partnerPlan: 'gold',
  partnerCustomerOpportunity: 'sure',
  partnerExpectedHours: 'many',
  partnerCenterAccess: 'no',
  partnerCustomerOnEA: 'nope',
};

export function problemsOf(value: unknown): FormProblem[] {
  const result = readFactsForm(value);
  if (result.ok) throw new Error('expected the submit to be rejected');
  return result.problems;
}

export interface FormScenario {
  name: string;
  facts: PartialFacts;
  problems?: FormProblem[];
  submitted?: unknown;
  verb: 'submitFacts' | 'submitHandoff';
  title?: string;
}

export const FORM_SCENARIOS: FormScenario[] = [
  { name: 'empty', facts: {}, verb: 'submitFacts' },
  {
    name: 'partly understood',
    facts: { subscriptions: 3, gpuOrRestricted: true },
    verb: 'submitFacts',
  },
  {
    name: 'everything prefilled, partner asking',
    facts: DECIDED_SCENARIOS[2]!.facts,
    verb: 'submitHandoff',
    title: 'Who takes the handoff?',
  },
  {
    name: 'every input rejected',
    facts: {},
    problems: problemsOf(BAD_SUBMIT),
    submitted: BAD_SUBMIT,
    verb: 'submitFacts',
  },
];

export interface AnswerScenario {
  name: string;
  question: string;
  results: ScoredEntry[];
}

function asked(question: string): AnswerScenario {
  const result = ask(question);
  if (!result.answered) throw new Error(`the knowledge base should answer "${question}"`);
  return { name: question, question, results: result.results };
}

const longestAnswers = [...KNOWLEDGE_ENTRIES]
  .sort((a, b) => b.answer.length + b.question.length - (a.answer.length + a.question.length))
  .slice(0, 4)
  .map((entry) => ({ entry, score: 1 }));

export const ANSWER_SCENARIOS: AnswerScenario[] = [
  asked('how do I track a consumption motion in MSX?'),
  asked('what is TPD'),
  {
    name: 'worst case: the longest entries, a 500-character question',
    question: LONG_QUESTION,
    results: longestAnswers,
  },
];

export const NO_ANSWER_QUESTIONS = ['what is the weather in Redmond?', LONG_QUESTION];

export type { Facts };

/** People as Teams names them; the worst has the longest name a record keeps, all markers in it. */
const person = (id: string, name: string): Person => ({
  id: `29:${id}`,
  name,
  aadObjectId: `aad-${id}`,
});
export const PROPOSER = person('avery', 'Avery Field');
export const OWNER = person('dana', 'Dana Lee');
export const SOMEONE_ELSE = person('lee', 'Lee Morgan');
/** the person a handoff is proposed to, by name */
export const NAMED = person('jane', 'Jane Doe');
export const HOSTILE_PERSON = person('hostile', `${HOSTILE_TEXT} `.repeat(4).slice(0, 256));
/** The longest reason a hand-back may give, every marker in it. */
export const LONGEST_REASON = `${HOSTILE_TEXT} `.repeat(10).slice(0, REASON_MAX_LENGTH);

const at = (minute: number) => new Date(Date.UTC(2025, 0, 15, 10, minute));

function handoffRecord(
  scenario: DecidedScenario<Recommendation>,
  by: Person = PROPOSER,
  to?: Person,
): HandoffRecord {
  return proposeHandoff({
    id: 'h0123456789abcdef0123',
    tenantId: 'tenant',
    facts: scenario.facts,
    recommendation: scenario.recommendation,
    postedIn: {
      conversationId: '19:channel@thread.tacv2',
      name: 'Contoso account team › Capacity',
    },
    by,
    ...(to ? { to } : {}),
    now: at(0),
    requestId: 'propose',
  });
}

function then(record: HandoffRecord, request: HandoffRequest, by: Person, minute: number) {
  const result = applyAction(record, request, by, at(minute), `request-${minute}`);
  if (!result.ok) throw new Error(refusalMessage(result.refusal));
  return result.record;
}

const typical = DECIDED_SCENARIOS[0]!;
const worst = DECIDED_SCENARIOS[2]!;
const proposedTypical = handoffRecord(typical);
const acceptedTypical = then(proposedTypical, { action: 'accept' }, OWNER, 1);
const completedTypical = then(acceptedTypical, { action: 'complete' }, OWNER, 2);
const proposedToNamed = handoffRecord(typical, PROPOSER, NAMED);
const declinedByNamed = then(
  proposedToNamed,
  { action: 'decline', reason: 'I am not on this account' },
  NAMED,
  1,
);
const handedBack = then(
  acceptedTypical,
  { action: 'handBack', reason: 'No support contract yet' },
  OWNER,
  2,
);
const reassignedToNamed = then(acceptedTypical, { action: 'reassign', to: NAMED }, OWNER, 2);
/** Posted, so "my handoffs" links to its card. */
const posted = (record: HandoffRecord): HandoffRecord => ({
  ...record,
  postedMessageId: '1736935200000',
});
/** The most text a handoff card can carry: worst facts, longest names and reasons, a notice. */
const worstSteps: (HandoffRequest & { by: Person })[] = [
  { action: 'accept', by: HOSTILE_PERSON },
  { action: 'handBack', reason: LONGEST_REASON, by: HOSTILE_PERSON },
  { action: 'accept', by: HOSTILE_PERSON },
  { action: 'handBack', reason: LONGEST_REASON, by: HOSTILE_PERSON },
  { action: 'accept', by: HOSTILE_PERSON },
];
const worstAccepted = worstSteps.reduce<HandoffRecord>(
  (record, { by, ...request }, index) => then(record, request, by, index + 1),
  handoffRecord(worst, HOSTILE_PERSON),
);
/** …reassigned by them to someone with the longest name: the mention of them on the card. */
const HOSTILE_NAMED: Person = { ...HOSTILE_PERSON, id: '29:hostile-named', aadObjectId: 'x' };
const worstReassigned = then(
  worstAccepted,
  { action: 'reassign', to: HOSTILE_NAMED },
  HOSTILE_PERSON,
  9,
);

export interface WorkflowScenario {
  name: string;
  input: HandoffWorkflowCardInput;
}

export const WORKFLOW_SCENARIOS: WorkflowScenario[] = [
  { name: 'proposed, for everyone', input: { record: proposedTypical } },
  { name: 'accepted, for everyone', input: { record: acceptedTypical } },
  { name: 'accepted, for the owner', input: { record: acceptedTypical, viewer: OWNER } },
  {
    name: 'accepted, refused for someone else',
    input: {
      record: acceptedTypical,
      viewer: SOMEONE_ELSE,
      notice: 'It is already accepted by Dana Lee.',
    },
  },
  { name: 'completed', input: { record: completedTypical, viewer: OWNER } },
  { name: 'proposed to a person, for everyone', input: { record: proposedToNamed } },
  { name: 'proposed to a person, for them', input: { record: proposedToNamed, viewer: NAMED } },
  {
    name: 'proposed to a person, for someone else',
    input: { record: proposedToNamed, viewer: SOMEONE_ELSE },
  },
  { name: 'declined, for everyone', input: { record: declinedByNamed } },
  { name: 'handed back, for everyone', input: { record: handedBack } },
  { name: 'reassigned, for everyone', input: { record: reassignedToNamed } },
  { name: 'preview, proposed to a person', input: { record: proposedToNamed, preview: true } },
  {
    name: 'worst case: reassigned to the longest name, for everyone',
    input: { record: worstReassigned },
  },
  {
    name: "a partner's own request, proposed",
    input: { record: handoffRecord(PARTNER_SCENARIOS.at(-1)!) },
  },
  {
    name: 'worst case: longest names and reasons, for the owner, with a notice',
    input: {
      record: worstAccepted,
      viewer: HOSTILE_PERSON,
      notice: `It is already accepted by ${HOSTILE_PERSON.name}.`,
    },
  },
];

/** Places as the picker lists them: none, a few, and more than it shows, with the longest names. */
export const PLACE_SCENARIOS: { name: string; places: PlaceChoice[] }[] = [
  { name: 'no places', places: [] },
  {
    name: 'a few places',
    places: [
      { id: '19:general@thread.tacv2', name: 'Contoso account team › General' },
      { id: '19:meeting_abc@thread.v2', name: 'Contoso capacity review' },
    ],
  },
  {
    name: 'worst case: 150 places with the longest names',
    places: Array.from({ length: 150 }, (_, n) => ({
      id: `19:${'x'.repeat(60)}-${n}@thread.tacv2`,
      name: `${HOSTILE_TEXT} `.repeat(10).slice(0, 250) + ` ${n}`,
    })),
  },
];

/** "my handoffs": none, one in each status, and more than the card lists at their longest. */
export const MY_HANDOFFS_SCENARIOS: { name: string; handoffs: HandoffRecord[]; reader: Person }[] =
  [
    { name: 'none', handoffs: [], reader: OWNER },
    { name: 'proposed and owned', handoffs: [acceptedTypical, proposedTypical], reader: OWNER },
    {
      name: 'one in each part, posted',
      handoffs: [
        posted(reassignedToNamed),
        posted({ ...acceptedTypical, owner: NAMED }),
        posted(handoffRecord(typical, NAMED)),
      ],
      reader: NAMED,
    },
    {
      name: 'worst case: 40 with the longest accounts and names',
      handoffs: Array.from({ length: 40 }, () => worstAccepted),
      reader: HOSTILE_PERSON,
    },
    {
      name: "with a partner's own request",
      handoffs: [handoffRecord(PARTNER_SCENARIOS[0]!)],
      reader: PROPOSER,
    },
  ];
