import type { FactPath, PartialFacts } from '../../src/rubric';
import type { Asking, Command, FactBound, QuantityFact } from '../../src/understanding';

/**
 * Answers and one-liners the way busy people type them, each with what it must yield. `at` is
 * the question pending (a fact, or a threshold question); none means a one-liner, a first
 * message or a correction after a result.
 */
export type Expectation =
  /** exactly these facts; with `askAgain`, the pending question is not answered by it */
  | {
      facts: PartialFacts;
      askAgain?: true;
      bounds?: FactBound[];
      estimates?: QuantityFact[];
      unknown?: FactPath[];
      correction?: true;
      assessment?: boolean;
    }
  | 'ask again'
  | 'question'
  | 'unknown'
  | { bound: FactBound }
  | { command: Command; facts?: PartialFacts; typo?: true };

export interface CorpusRow {
  at?: FactPath | Asking;
  text: string;
  expect: Expectation;
}

const VCPUS_OVER_500: Asking = { fact: 'quotaGroupVcpus', threshold: { is: 'gt', value: 500 } };
const SPEND_OVER_50K: Asking = { fact: 'monthlySpendUsd', threshold: { is: 'gt', value: 50_000 } };
const MORE_THAN_ONE_SUB: Asking = { fact: 'subscriptions', threshold: { is: 'gt', value: 1 } };
const vcpusOver500: FactBound = { fact: 'quotaGroupVcpus', is: 'gt', value: 500 };
const vcpus500OrLess: FactBound = { fact: 'quotaGroupVcpus', is: 'lte', value: 500 };
const subsOverOne: FactBound = { fact: 'subscriptions', is: 'gt', value: 1 };
const regionsOverOne: FactBound = { fact: 'regions', is: 'gt', value: 1 };

export const CORPUS: CorpusRow[] = [
  // Numbers, the way they are typed
  { at: 'quotaGroupVcpus', text: '600', expect: { facts: { quotaGroupVcpus: 600 } } },
  { at: 'quotaGroupVcpus', text: 'about 600', expect: { facts: { quotaGroupVcpus: 600 } } },
  { at: 'quotaGroupVcpus', text: '~1,200 vcpus', expect: { facts: { quotaGroupVcpus: 1200 } } },
  { at: 'quotaGroupVcpus', text: 'six hundred', expect: { facts: { quotaGroupVcpus: 600 } } },
  { at: 'quotaGroupVcpus', text: '1k', expect: { facts: { quotaGroupVcpus: 1000 } } },
  { at: 'quotaGroupVcpus', text: '600ish', expect: { facts: { quotaGroupVcpus: 600 } } },
  {
    at: 'quotaGroupVcpus',
    text: 'like 600-ish cores',
    expect: { facts: { quotaGroupVcpus: 600 } },
  },
  { at: 'quotaGroupVcpus', text: 'roughly 2k cores', expect: { facts: { quotaGroupVcpus: 2000 } } },
  { at: 'quotaGroupVcpus', text: 'zero', expect: { facts: { quotaGroupVcpus: 0 } } },
  { at: 'quotaGroupVcpus', text: 'none', expect: { facts: { quotaGroupVcpus: 0 } } },
  { at: 'quotaGroupVcpus', text: 'maybe 600', expect: { facts: { quotaGroupVcpus: 600 } } },
  { at: 'subscriptions', text: 'two', expect: { facts: { subscriptions: 2 } } },
  { at: 'subscriptions', text: 'just the one', expect: { facts: { subscriptions: 1 } } },
  { at: 'subscriptions', text: 'a single sub', expect: { facts: { subscriptions: 1 } } },
  { at: 'subscriptions', text: 'Three.', expect: { facts: { subscriptions: 3 } } },
  { at: 'subscriptions', text: '3 subs', expect: { facts: { subscriptions: 3 } } },
  { at: 'subscriptions', text: 'twelve subscriptions', expect: { facts: { subscriptions: 12 } } },
  { at: 'regions', text: 'two regions', expect: { facts: { regions: 2 } } },
  { at: 'regions', text: 'only one', expect: { facts: { regions: 1 } } },
  { at: 'regions', text: 'just 1 region', expect: { facts: { regions: 1 } } },
  { at: 'vmSkus', text: 'a dozen', expect: { facts: { vmSkus: 12 } } },
  { at: 'vmSkus', text: 'half a dozen SKUs', expect: { facts: { vmSkus: 6 } } },
  { at: 'vmSkus', text: 'fourteen', expect: { facts: { vmSkus: 14 } } },
  { at: 'vmSkus', text: '14 vm sizes', expect: { facts: { vmSkus: 14 } } },
  { at: 'monthlySpendUsd', text: '$60K a month', expect: { facts: { monthlySpendUsd: 60_000 } } },
  { at: 'monthlySpendUsd', text: '60k/mo', expect: { facts: { monthlySpendUsd: 60_000 } } },
  { at: 'monthlySpendUsd', text: 'about $45,000', expect: { facts: { monthlySpendUsd: 45_000 } } },
  {
    at: 'monthlySpendUsd',
    text: 'sixty thousand dollars',
    expect: { facts: { monthlySpendUsd: 60_000 } },
  },
  { at: 'monthlySpendUsd', text: '1.2M per month', expect: { facts: { monthlySpendUsd: 1.2e6 } } },
  {
    at: 'partner.expectedHours',
    text: '40 hrs',
    expect: { facts: { partner: { expectedHours: 40 } } },
  },

  // Numbers that can't be used as they are
  { at: 'subscriptions', text: '1.5', expect: 'ask again' },
  { at: 'subscriptions', text: '0', expect: 'ask again' },
  { at: 'regions', text: 'none', expect: 'ask again' },
  { at: 'quotaGroupVcpus', text: 'minus 5', expect: 'ask again' },
  { at: 'monthlySpendUsd', text: '€50k', expect: 'ask again' },
  { at: 'monthlySpendUsd', text: '$720k a year', expect: 'ask again' },
  { at: 'monthlySpendUsd', text: 'a lot', expect: 'ask again' },
  { at: 'partner.expectedHours', text: '2 weeks', expect: 'ask again' },
  { at: 'quotaGroupVcpus', text: 'banana', expect: 'ask again' },
  { at: 'quotaGroupVcpus', text: '600?', expect: 'ask again' },

  // Ranges: ask again, or a side of a threshold when both ends are on it
  {
    at: 'quotaGroupVcpus',
    text: '400-600 vCPUs',
    expect: { facts: {}, askAgain: true, estimates: ['quotaGroupVcpus'], bounds: [] },
  },
  {
    at: 'quotaGroupVcpus',
    text: 'between 400 and 600',
    expect: { facts: {}, askAgain: true, estimates: ['quotaGroupVcpus'], bounds: [] },
  },
  {
    at: 'quotaGroupVcpus',
    text: '600-800',
    expect: { facts: {}, askAgain: true, estimates: ['quotaGroupVcpus'], bounds: [vcpusOver500] },
  },
  {
    at: 'quotaGroupVcpus',
    text: '100 to 200 cores',
    expect: { facts: {}, askAgain: true, estimates: ['quotaGroupVcpus'], bounds: [vcpus500OrLess] },
  },
  {
    at: 'regions',
    text: '3 or 4',
    expect: { facts: {}, askAgain: true, estimates: ['regions'], bounds: [regionsOverOne] },
  },
  {
    at: 'subscriptions',
    text: 'one or two',
    expect: { facts: {}, askAgain: true, estimates: ['subscriptions'], bounds: [] },
  },
  {
    at: 'monthlySpendUsd',
    text: '40-60k a month',
    expect: { facts: {}, askAgain: true, estimates: ['monthlySpendUsd'], bounds: [] },
  },
  {
    at: 'monthlySpendUsd',
    text: '$70k-$90k',
    expect: {
      facts: {},
      askAgain: true,
      estimates: ['monthlySpendUsd'],
      bounds: [{ fact: 'monthlySpendUsd', is: 'gt', value: 50_000 }],
    },
  },
  {
    at: 'vmSkus',
    text: '12-15 skus',
    expect: {
      facts: {},
      askAgain: true,
      estimates: ['vmSkus'],
      bounds: [{ fact: 'vmSkus', is: 'gte', value: 10 }],
    },
  },
  {
    at: 'quotaGroupVcpus',
    text: 'over 1000',
    expect: { facts: {}, askAgain: true, estimates: ['quotaGroupVcpus'], bounds: [vcpusOver500] },
  },
  {
    at: 'quotaGroupVcpus',
    text: 'less than 100',
    expect: { facts: {}, askAgain: true, estimates: ['quotaGroupVcpus'], bounds: [vcpus500OrLess] },
  },
  {
    at: 'quotaGroupVcpus',
    text: 'at least 500',
    expect: { facts: {}, askAgain: true, estimates: ['quotaGroupVcpus'], bounds: [] },
  },
  {
    at: 'vmSkus',
    text: 'fewer than 10',
    expect: {
      facts: {},
      askAgain: true,
      estimates: ['vmSkus'],
      bounds: [{ fact: 'vmSkus', is: 'lt', value: 10 }],
    },
  },
  {
    at: 'quotaGroupVcpus',
    text: '2000+',
    expect: { facts: {}, askAgain: true, estimates: ['quotaGroupVcpus'], bounds: [vcpusOver500] },
  },
  {
    at: 'regions',
    text: 'more than one region',
    expect: { facts: {}, askAgain: true, estimates: ['regions'], bounds: [regionsOverOne] },
  },

  // Vague quantities: named, never guessed
  {
    at: 'subscriptions',
    text: 'a few',
    expect: { facts: {}, askAgain: true, estimates: ['subscriptions'], bounds: [subsOverOne] },
  },
  {
    at: 'subscriptions',
    text: 'a bunch',
    expect: { facts: {}, askAgain: true, estimates: ['subscriptions'], bounds: [subsOverOne] },
  },
  {
    at: 'subscriptions',
    text: 'a couple of subscriptions',
    expect: { facts: {}, askAgain: true, estimates: ['subscriptions'], bounds: [subsOverOne] },
  },
  {
    at: 'regions',
    text: 'several',
    expect: { facts: {}, askAgain: true, estimates: ['regions'], bounds: [regionsOverOne] },
  },
  {
    at: 'vmSkus',
    text: 'lots',
    expect: { facts: {}, askAgain: true, estimates: ['vmSkus'], bounds: [] },
  },
  {
    at: 'vmSkus',
    text: 'dozens of skus',
    expect: {
      facts: {},
      askAgain: true,
      estimates: ['vmSkus'],
      bounds: [{ fact: 'vmSkus', is: 'gte', value: 10 }],
    },
  },
  {
    at: 'quotaGroupVcpus',
    text: 'thousands',
    expect: { facts: {}, askAgain: true, estimates: ['quotaGroupVcpus'], bounds: [vcpusOver500] },
  },
  {
    at: 'quotaGroupVcpus',
    text: 'a few hundred',
    expect: { facts: {}, askAgain: true, estimates: ['quotaGroupVcpus'], bounds: [] },
  },
  {
    text: 'a few subs',
    expect: { facts: {}, estimates: ['subscriptions'], bounds: [subsOverOne], assessment: true },
  },
  {
    text: 'several regions, lots of SKUs',
    expect: {
      facts: {},
      estimates: ['regions', 'vmSkus'],
      bounds: [regionsOverOne],
      assessment: true,
    },
  },
  {
    text: 'multi-region, post-sales',
    expect: {
      facts: { salesStage: 'postsales' },
      estimates: ['regions'],
      bounds: [regionsOverOne],
    },
  },
  {
    text: 'a bunch of subscriptions and a handful of regions',
    expect: {
      facts: {},
      estimates: ['subscriptions', 'regions'],
      bounds: [subsOverOne, regionsOverOne],
    },
  },

  // "I don't know": the conversation goes on with the threshold question
  { at: 'quotaGroupVcpus', text: 'not sure', expect: 'unknown' },
  { at: 'quotaGroupVcpus', text: "don't know", expect: 'unknown' },
  { at: 'quotaGroupVcpus', text: 'no idea', expect: 'unknown' },
  { at: 'quotaGroupVcpus', text: 'skip', expect: 'unknown' },
  { at: 'quotaGroupVcpus', text: 'dunno', expect: 'unknown' },
  { at: 'quotaGroupVcpus', text: 'no clue', expect: 'unknown' },
  { at: 'quotaGroupVcpus', text: '?', expect: 'unknown' },
  { at: 'quotaGroupVcpus', text: '??', expect: 'unknown' },
  { at: 'monthlySpendUsd', text: 'idk', expect: 'unknown' },
  { at: 'monthlySpendUsd', text: 'not sure tbh', expect: 'unknown' },
  { at: 'supportContract', text: "I don't know", expect: 'unknown' },
  { at: 'salesStage', text: 'unsure', expect: 'unknown' },
  { at: 'vmSkus', text: 'who knows', expect: 'unknown' },
  { at: 'regions', text: 'need to check', expect: 'unknown' },
  { at: 'subscriptions', text: 'sorry, no idea', expect: 'unknown' },
  { at: 'subscriptions', text: 'pass', expect: 'unknown' },
  {
    at: 'subscriptions',
    text: 'not sure about the vcpus, but 3 subs',
    expect: { facts: { subscriptions: 3 }, unknown: ['quotaGroupVcpus'] },
  },

  // The threshold question: yes, no, not sure, or the number itself
  { at: VCPUS_OVER_500, text: 'yes', expect: { bound: vcpusOver500 } },
  { at: VCPUS_OVER_500, text: 'Yep', expect: { bound: vcpusOver500 } },
  { at: VCPUS_OVER_500, text: 'no', expect: { bound: vcpus500OrLess } },
  { at: VCPUS_OVER_500, text: 'nope, under', expect: { bound: vcpus500OrLess } },
  { at: VCPUS_OVER_500, text: 'way over', expect: { bound: vcpusOver500 } },
  { at: VCPUS_OVER_500, text: 'less', expect: { bound: vcpus500OrLess } },
  { at: VCPUS_OVER_500, text: 'not sure', expect: 'unknown' },
  { at: VCPUS_OVER_500, text: 'about 800', expect: { facts: { quotaGroupVcpus: 800 } } },
  { at: VCPUS_OVER_500, text: '450', expect: { facts: { quotaGroupVcpus: 450 } } },
  { at: VCPUS_OVER_500, text: 'over 1000', expect: { bound: vcpusOver500 } },
  { at: VCPUS_OVER_500, text: 'more like 200-300', expect: { bound: vcpus500OrLess } },
  { at: VCPUS_OVER_500, text: '400-600', expect: 'ask again' },
  { at: VCPUS_OVER_500, text: 'yes and no', expect: 'ask again' },
  {
    at: SPEND_OVER_50K,
    text: 'no',
    expect: { bound: { fact: 'monthlySpendUsd', is: 'lte', value: 50_000 } },
  },
  { at: SPEND_OVER_50K, text: '$80k', expect: { facts: { monthlySpendUsd: 80_000 } } },
  { at: MORE_THAN_ONE_SUB, text: 'yes', expect: { bound: subsOverOne } },
  { at: MORE_THAN_ONE_SUB, text: 'a couple', expect: { bound: subsOverOne } },

  // An answer that names another fact is that fact's
  {
    at: 'quotaGroupVcpus',
    text: 'two subs',
    expect: { facts: { subscriptions: 2 }, askAgain: true },
  },
  { at: 'quotaGroupVcpus', text: '3 regions', expect: { facts: { regions: 3 }, askAgain: true } },
  { at: 'quotaGroupVcpus', text: '14 SKUs', expect: { facts: { vmSkus: 14 }, askAgain: true } },
  {
    at: 'quotaGroupVcpus',
    text: '$60k a month',
    expect: { facts: { monthlySpendUsd: 60_000 }, askAgain: true },
  },
  {
    at: 'quotaGroupVcpus',
    text: '600, and 3 subs',
    expect: { facts: { quotaGroupVcpus: 600, subscriptions: 3 } },
  },
  {
    at: 'quotaGroupVcpus',
    text: '3 subs, 600 vcpus',
    expect: { facts: { quotaGroupVcpus: 600, subscriptions: 3 } },
  },
  {
    at: 'subscriptions',
    text: '600 vcpus',
    expect: { facts: { quotaGroupVcpus: 600 }, askAgain: true },
  },
  { at: 'regions', text: 'GPU', expect: { facts: { gpuOrRestricted: true }, askAgain: true } },
  {
    at: 'subscriptions',
    text: 'post-sales',
    expect: { facts: { salesStage: 'postsales' }, askAgain: true },
  },
  {
    at: 'gpuOrRestricted',
    text: "we're post sales and they have Unified",
    expect: { facts: { salesStage: 'postsales', supportContract: true }, askAgain: true },
  },
  {
    at: 'supportContract',
    text: 'pre-sales',
    expect: { facts: { salesStage: 'presales' }, askAgain: true },
  },
  {
    at: 'salesStage',
    text: 'they have premier',
    expect: { facts: { supportContract: true }, askAgain: true },
  },
  {
    at: 'monthlySpendUsd',
    text: '2 regions',
    expect: { facts: { regions: 2 }, askAgain: true },
  },

  // Several facts at once
  {
    at: 'supportContract',
    text: "we're post sales and they have Unified",
    expect: { facts: { salesStage: 'postsales', supportContract: true } },
  },
  {
    at: 'salesStage',
    text: "we're post sales and they have Unified",
    expect: { facts: { salesStage: 'postsales', supportContract: true } },
  },
  {
    at: 'supportContract',
    text: 'yes, post-sales',
    expect: { facts: { supportContract: true, salesStage: 'postsales' } },
  },
  {
    at: 'supportContract',
    text: 'nope, pre-sales',
    expect: { facts: { supportContract: false, salesStage: 'presales' } },
  },
  {
    at: 'supportContract',
    text: 'yes they have Premier, and it is GPU',
    expect: { facts: { supportContract: true, gpuOrRestricted: true } },
  },
  {
    at: 'gpuOrRestricted',
    text: 'no GPU, 3 regions',
    expect: { facts: { gpuOrRestricted: false, regions: 3 } },
  },
  {
    at: 'gpuOrRestricted',
    text: 'no, but 2 regions',
    expect: { facts: { gpuOrRestricted: false, regions: 2 } },
  },
  {
    at: 'regions',
    text: '2 regions, 3 subs, 14 skus',
    expect: { facts: { regions: 2, subscriptions: 3, vmSkus: 14 } },
  },
  {
    text: '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU',
    expect: {
      facts: {
        subscriptions: 3,
        regions: 2,
        vmSkus: 14,
        monthlySpendUsd: 60_000,
        gpuOrRestricted: true,
      },
      assessment: true,
    },
  },
  {
    text: 'post sales, unified, 600 cores, no gpu',
    expect: {
      facts: {
        salesStage: 'postsales',
        supportContract: true,
        quotaGroupVcpus: 600,
        gpuOrRestricted: false,
      },
    },
  },
  {
    at: 'processCoordination',
    text: 'yes they need coordination',
    expect: { facts: { processCoordination: true } },
  },
  {
    at: 'processCoordination',
    text: 'no, self serve',
    expect: { facts: { processCoordination: false } },
  },
  {
    at: 'designReview',
    text: 'forecast and architecture',
    expect: { facts: { designReview: ['forecast', 'architecture'] } },
  },
  { at: 'designReview', text: 'none', expect: { facts: { designReview: [] } } },
  { at: 'designReview', text: 'nah none needed', expect: { facts: { designReview: [] } } },
  { at: 'phase', text: 'forecast', expect: { facts: { phase: 'forecast' } } },
  { at: 'phase', text: 'reserve phase I think', expect: { facts: { phase: 'reserve' } } },
  {
    at: 'partner.plan',
    text: 'they have premier',
    expect: { facts: { partner: { plan: 'psfp' } } },
  },
  {
    at: 'partner.need',
    text: 'presales',
    expect: { facts: { partner: { need: 'presales-consultation' } } },
  },
  {
    at: 'partner.requester',
    text: 'partner',
    expect: { facts: { partner: { requester: 'partner' } } },
  },
  {
    at: 'partner.requester',
    text: 'the end customer',
    expect: { facts: { partner: { requester: 'end-customer' } } },
  },

  // Slang and short forms
  { at: 'supportContract', text: 'yep', expect: { facts: { supportContract: true } } },
  { at: 'supportContract', text: 'yeah', expect: { facts: { supportContract: true } } },
  { at: 'supportContract', text: 'nah', expect: { facts: { supportContract: false } } },
  { at: 'supportContract', text: 'Unified', expect: { facts: { supportContract: true } } },
  { at: 'supportContract', text: 'no contract', expect: { facts: { supportContract: false } } },
  { at: 'supportContract', text: 'nope, nothing', expect: { facts: { supportContract: false } } },
  { at: 'supportContract', text: 'they do', expect: { facts: { supportContract: true } } },
  { at: 'salesStage', text: 'post', expect: 'ask again' },
  { at: 'salesStage', text: 'presales', expect: { facts: { salesStage: 'presales' } } },
  { at: 'salesStage', text: 'Post-Sales!', expect: { facts: { salesStage: 'postsales' } } },
  { at: 'salesStage', text: 'already sold', expect: { facts: { salesStage: 'postsales' } } },
  { at: 'gpuOrRestricted', text: 'cpu only', expect: { facts: { gpuOrRestricted: false } } },
  { at: 'gpuOrRestricted', text: 'nope no gpus', expect: { facts: { gpuOrRestricted: false } } },
  { at: 'gpuOrRestricted', text: 'yes, H100s', expect: { facts: { gpuOrRestricted: true } } },
  { at: 'gpuOrRestricted', text: 'maybe', expect: 'ask again' },
  { at: 'gpuOrRestricted', text: 'probably yes', expect: 'ask again' },
  { at: 'supportContract', text: 'yes and no', expect: 'ask again' },

  // Corrections, after a result or during the questions
  {
    text: 'actually they have 3 regions',
    expect: { facts: { regions: 3 }, correction: true },
  },
  { text: 'make that 4 subs', expect: { facts: { subscriptions: 4 }, correction: true } },
  {
    text: "no wait, it's pre-sales",
    expect: { facts: { salesStage: 'presales' }, correction: true },
  },
  { text: 'sorry, 2 regions not 3', expect: { facts: { regions: 2 }, correction: true } },
  {
    text: 'oops, 5 subscriptions, not 4',
    expect: { facts: { subscriptions: 5 }, correction: true },
  },
  {
    text: 'actually no GPU',
    expect: { facts: { gpuOrRestricted: false }, correction: true },
  },
  {
    text: 'scratch that, they do have a support contract',
    expect: { facts: { supportContract: true }, correction: true },
  },
  {
    text: 'I meant 900 vCPUs',
    expect: { facts: { quotaGroupVcpus: 900 }, correction: true },
  },
  {
    text: 'change regions to 3',
    expect: { facts: { regions: 3 } },
  },
  {
    at: 'vmSkus',
    text: 'sorry, make that 4 regions',
    expect: { facts: { regions: 4 }, askAgain: true, correction: true },
  },
  {
    at: 'supportContract',
    text: 'actually yes',
    expect: { facts: { supportContract: true }, correction: true },
  },
  {
    at: 'quotaGroupVcpus',
    text: 'no wait, post-sales',
    expect: { facts: { salesStage: 'postsales' }, askAgain: true, correction: true },
  },

  // Questions typed while a question is pending: never an answer
  {
    at: 'supportContract',
    text: 'how do I size a negative milestone for a Cosmos DB optimization?',
    expect: 'question',
  },
  { at: 'supportContract', text: 'what counts as a support contract?', expect: 'question' },
  { at: 'supportContract', text: 'does Unified count?', expect: 'question' },
  { at: 'quotaGroupVcpus', text: 'what is a quota group', expect: 'question' },
  { at: 'quotaGroupVcpus', text: 'how do I find the vCPU count?', expect: 'question' },
  { at: 'quotaGroupVcpus', text: 'where do I see that in the portal?', expect: 'question' },
  { at: 'subscriptions', text: 'not sure, what counts as a subscription?', expect: 'question' },
  { at: 'salesStage', text: 'is it pre-sales if the deal is not signed yet?', expect: 'question' },
  { at: 'regions', text: 'explain regions', expect: 'question' },
  { at: 'gpuOrRestricted', text: 'why do you need that?', expect: 'question' },
  { at: 'gpuOrRestricted', text: 'can you tell me what restricted SKUs are', expect: 'question' },
  { at: 'processCoordination', text: 'what does coordination mean here?', expect: 'question' },
  { at: 'designReview', text: 'which reviews are there?', expect: 'question' },
  { at: 'vmSkus', text: 'how many is too many?', expect: 'question' },
  { text: 'how do I track a consumption motion in MSX?', expect: 'question' },
  { text: "what's the difference between ASfP and PSfP?", expect: 'question' },
  { text: 'who is the CSAM for Contoso?', expect: 'question' },
  { text: 'can a partner use TPD for break-fix?', expect: 'question' },

  // Commands, typos of them, and real words that are no command
  { at: 'supportContract', text: 'cancel', expect: { command: 'cancel' } },
  { at: 'supportContract', text: 'cancle', expect: { command: 'cancel', typo: true } },
  { at: 'quotaGroupVcpus', text: 'start over', expect: { command: 'startOver' } },
  { at: 'quotaGroupVcpus', text: 'strat over', expect: { command: 'startOver', typo: true } },
  { at: 'regions', text: 'go back', expect: { command: 'back' } },
  { at: 'regions', text: 'hlep', expect: { command: 'help', typo: true } },
  { text: 'help', expect: { command: 'help' } },
  { text: 'my handofs', expect: { command: 'myHandoffs', typo: true } },
  { text: 'asess', expect: { command: 'assess', typo: true } },
  {
    text: 'assess Fabrikam, post-sales, 3 subs',
    expect: {
      command: 'assess',
      facts: { account: 'Fabrikam', salesStage: 'postsales', subscriptions: 3 },
    },
  },
  {
    text: 'asess Fabrikam, post-sales, 3 subs',
    expect: {
      command: 'assess',
      typo: true,
      facts: { account: 'Fabrikam', salesStage: 'postsales', subscriptions: 3 },
    },
  },
  {
    text: 'assess for Contoso: GPU, no contract',
    expect: {
      command: 'assess',
      facts: { account: 'Contoso', gpuOrRestricted: true, supportContract: false },
    },
  },
  {
    text: 'assess Premier Foods, post-sales',
    expect: { command: 'assess', facts: { account: 'Premier Foods', salesStage: 'postsales' } },
  },
  {
    text: 'assess Unified Logistics: 2 regions',
    expect: { command: 'assess', facts: { account: 'Unified Logistics', regions: 2 } },
  },
  {
    text: 'assess Premier, 2 regions',
    expect: { command: 'assess', facts: { supportContract: true, regions: 2 } },
  },
  {
    text: 'assess Contoso GPU',
    expect: { command: 'assess', facts: { account: 'Contoso', gpuOrRestricted: true } },
  },
  {
    text: 'handoff Northwind Traders, 3 subs',
    expect: { command: 'handoff', facts: { account: 'Northwind Traders', subscriptions: 3 } },
  },
  {
    at: 'partner.requester',
    text: 'partner',
    expect: { facts: { partner: { requester: 'partner' } } },
  },
  { text: 'access', expect: { facts: {}, assessment: false } },
  { text: 'asset', expect: { facts: {}, assessment: false } },

  // Channel one-liners
  {
    text: 'Tailspin Toys is growing fast, a few subs, need help with quota',
    expect: {
      facts: { account: 'Tailspin Toys' },
      estimates: ['subscriptions'],
      bounds: [subsOverOne],
      assessment: true,
    },
  },
  {
    text: 'a couple of subscriptions, they have Premier',
    expect: {
      facts: { supportContract: true },
      estimates: ['subscriptions'],
      bounds: [subsOverOne],
      assessment: true,
    },
  },
  {
    text: 'Contoso has 3 subs and GPU',
    expect: {
      facts: { account: 'Contoso', subscriptions: 3, gpuOrRestricted: true },
      assessment: true,
    },
  },
  {
    text: 'Premier Foods has 2 regions',
    expect: { facts: { account: 'Premier Foods', regions: 2 }, assessment: true },
  },
  {
    text: 'who should own Fabrikam? 3 subs, GPU',
    expect: { facts: { subscriptions: 3, gpuOrRestricted: true }, assessment: true },
  },
  {
    text: "who should own this customer's capacity conversation?",
    expect: { facts: {}, assessment: true },
  },
  { text: 'thanks team!', expect: { facts: {}, assessment: false } },
  { text: 'lorem ipsum dolor', expect: { facts: {}, assessment: false } },
  {
    text: 'GPU capacity for Fabrikam Inc, post-sales',
    expect: {
      facts: { account: 'Fabrikam Inc', gpuOrRestricted: true, salesStage: 'postsales' },
      assessment: true,
    },
  },
  {
    text: 'they need quota for thousands of cores across a few regions',
    expect: {
      facts: {},
      estimates: ['quotaGroupVcpus', 'regions'],
      bounds: [vcpusOver500, regionsOverOne],
      assessment: true,
    },
  },
  {
    text: 'spend is over $100k a month',
    expect: {
      facts: {},
      estimates: ['monthlySpendUsd'],
      bounds: [{ fact: 'monthlySpendUsd', is: 'gt', value: 50_000 }],
      assessment: true,
    },
  },

  // The account question takes the name as typed
  { at: 'account', text: 'Premier Foods', expect: { facts: { account: 'Premier Foods' } } },
  { at: 'account', text: 'Unified Logistics', expect: { facts: { account: 'Unified Logistics' } } },
  { at: 'account', text: 'skip', expect: 'unknown' },
  { at: 'account', text: 'none', expect: 'unknown' },
];
