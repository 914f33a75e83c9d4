import type { FactPath } from '../rubric';
import { phrasesMeaning } from './phrases';
import { COMPARATORS, CORRECTION_PHRASES, VAGUE_QUANTITIES } from './quantityWords';
import type { Comparison, QuantityFact } from './replyTypes';
import {
  FILLER_WORDS,
  HEDGE_PHRASES,
  HOUR_WORDS,
  MONTH_PHRASES,
  NEGATION_WORDS,
  OTHER_PERIOD_PHRASES,
} from './vocabulary';

/**
 * What a phrase in a one-line description means. The same word can mean different facts in a
 * description and in the answer to a question: "forecast" alone answers the design-review
 * question, but in a description it could be the phase too, so it needs "review" or "phase".
 */
export type Meaning =
  | { kind: 'flag'; fact: FactPath; value: boolean }
  | { kind: 'choice'; fact: FactPath; value: string }
  | { kind: 'review'; trigger: ReviewTrigger }
  /** a design-review trigger named without "review": "forecast and architecture reviews" */
  | { kind: 'bareTrigger'; trigger: ReviewTrigger }
  | { kind: 'reviewNoun' }
  | { kind: 'noReview' }
  /** what a number next to it counts: "3 subscriptions", "600 vCPUs", "$60K a month" */
  | { kind: 'unit'; fact: QuantityFact }
  | { kind: 'otherPeriod'; period: string }
  /** a time unit other than hours after a number: "2 weeks" */
  | { kind: 'otherTime'; unit: string }
  | { kind: 'count'; value: number }
  /** a number named, not given: "a few", "several", "dozens of"; `min` is the least it means */
  | { kind: 'vague'; min: number }
  /** "over", "at least", "up to" before a number; "or more", "+", "max" after it */
  | { kind: 'comparator'; is: Comparison['is'] }
  /** "actually", "make that", "no wait": what follows corrects what was said */
  | { kind: 'correction' }
  /** "instead of 3", "rather than 3": the number after it is taken back */
  | { kind: 'insteadOf' }
  | { kind: 'partnerMention' }
  | { kind: 'accountLabel' }
  | { kind: 'forName' }
  | { kind: 'hedge' }
  | { kind: 'negation' }
  | { kind: 'filler' };

export type ReviewTrigger = 'forecast' | 'architecture' | 'quotaStrategy';
export type { QuantityFact } from './replyTypes';

const flag = (fact: FactPath, phrases: readonly string[], value = true) =>
  phrasesMeaning<Meaning>(phrases, { kind: 'flag', fact, value });
const choice = (fact: FactPath, value: string, phrases: readonly string[]) =>
  phrasesMeaning<Meaning>(phrases, { kind: 'choice', fact, value });
const unit = (fact: QuantityFact, phrases: readonly string[]) =>
  phrasesMeaning<Meaning>(phrases, { kind: 'unit', fact });
const review = (trigger: ReviewTrigger, phrases: readonly string[]) =>
  phrasesMeaning<Meaning>(phrases, { kind: 'review', trigger });
const bare = (trigger: ReviewTrigger, phrases: readonly string[]) =>
  phrasesMeaning<Meaning>(phrases, { kind: 'bareTrigger', trigger });

/** Every phrase a description may use, per fact. Longest match wins, so overlaps are fine. */
export const DESCRIPTION_PHRASES: [string, Meaning][] = [
  // Counts and amounts: the number comes from the recognizers, the unit from here.
  ...unit('subscriptions', [
    'subscription',
    'subscriptions',
    'sub',
    'subs',
    'azure subscription',
    'azure subscriptions',
  ]),
  ...unit('regions', ['region', 'regions', 'azure region', 'azure regions']),
  ...unit('vmSkus', ['sku', 'skus', 'vm sku', 'vm skus', 'vm size', 'vm sizes', 'vm types']),
  ...unit('quotaGroupVcpus', [
    'vcpu',
    'vcpus',
    'v cpu',
    'v cpus',
    'cpu',
    'cpus',
    'core',
    'cores',
    'vcore',
    'vcores',
  ]),
  ...unit('monthlySpendUsd', [
    ...MONTH_PHRASES,
    'spend',
    'spending',
    'monthly spend',
    'capacity spend',
    'spend per month',
  ]),
  ...unit('partner.expectedHours', HOUR_WORDS),
  ...['minute', 'minutes', 'mins', 'days', 'week', 'weeks', 'months', 'years'].map(
    (unit): [string, Meaning] => [unit, { kind: 'otherTime', unit }],
  ),
  ...OTHER_PERIOD_PHRASES.map(([phrase, period]): [string, Meaning] => [
    phrase,
    { kind: 'otherPeriod', period },
  ]),
  ...phrasesMeaning<Meaning>(
    ['single', 'a single', 'just one', 'only one', 'just the one', 'the one'],
    {
      kind: 'count',
      value: 1,
    },
  ),
  ...VAGUE_QUANTITIES.flatMap(([min, phrases]) =>
    phrasesMeaning<Meaning>(phrases, { kind: 'vague', min }),
  ),
  ...COMPARATORS.flatMap(([is, phrases]) =>
    phrasesMeaning<Meaning>(phrases, { kind: 'comparator', is }),
  ),
  ...phrasesMeaning<Meaning>(CORRECTION_PHRASES, { kind: 'correction' }),
  ...phrasesMeaning<Meaning>(['instead of', 'rather than'], { kind: 'insteadOf' }),

  // Yes/no facts; a negation before the phrase makes it a no.
  ...flag('supportContract', [
    'contract',
    'contracted',
    'support contract',
    'microsoft support contract',
    'support agreement',
    'unified',
    'unified support',
    'unified contract',
    'premier',
    'premier support',
    'premier contract',
  ]),
  ...flag('gpuOrRestricted', [
    'gpu',
    'gpus',
    'gpu capacity',
    'gpu skus',
    'restricted',
    'restricted sku',
    'restricted skus',
    'restricted capacity',
    'gpu or restricted',
    'gpu or restricted skus',
  ]),
  ...flag('gpuOrRestricted', ['cpu only'], false),
  ...flag('processCoordination', [
    'process coordination',
    'coordination',
    'coordinate',
    'coordinated',
    'coordinate the process',
    'capacity process coordination',
  ]),

  // One-of facts.
  ...choice('salesStage', 'presales', [
    'presales',
    'presale',
    'pre sales',
    'pre sale',
    'before the sale',
  ]),
  ...choice('salesStage', 'postsales', [
    'postsales',
    'postsale',
    'post sales',
    'post sale',
    'after the sale',
  ]),
  ...choice('phase', 'forecast', ['forecast phase', 'forecasting phase', 'phase forecast']),
  ...choice('phase', 'access-quota', [
    'access and quota',
    'access and quota phase',
    'access quota',
    'access phase',
    'quota phase',
  ]),
  ...choice('phase', 'reserve', ['reserve', 'reserve phase', 'reservation phase', 'reserving']),
  ...choice('phase', 'govern-ship', [
    'govern and ship',
    'govern and ship phase',
    'govern ship',
    'govern phase',
    'governance phase',
    'ship phase',
  ]),
  ...choice('maturity', 'affine', ['cloud affine', 'affine']),
  ...choice('maturity', 'option', ['cloud is an option', 'cloud as an option', 'cloud an option']),
  ...choice('maturity', 'solution', [
    'cloud is a solution',
    'cloud is the solution',
    'cloud as a solution',
  ]),
  ...choice('maturity', 'in-use', ['cloud is in use', 'cloud in use', 'in use', 'already in use']),

  // Engineering design reviews (seed 000): "forecast" alone is not enough, "forecast review" is.
  ...review('forecast', [
    'forecast review',
    'forecast reviews',
    'forecast validation',
    'forecast validation review',
    'validate the forecast',
  ]),
  ...review('architecture', [
    'architecture review',
    'architecture reviews',
    'architecture change',
    'architecture changes',
    'architecture change review',
    'architecture design review',
  ]),
  ...review('quotaStrategy', [
    'quota strategy',
    'quota strategy review',
    'quota strategy reviews',
    'complex quota strategy',
    'quota review',
  ]),
  ...bare('forecast', ['forecast']),
  ...bare('architecture', ['architecture']),
  ...phrasesMeaning<Meaning>(
    ['review', 'reviews', 'design review', 'design reviews', 'engineering design reviews'],
    { kind: 'reviewNoun' },
  ),
  ...phrasesMeaning<Meaning>(
    [
      'no design review',
      'no design reviews',
      'no reviews',
      'no review needed',
      'no reviews needed',
    ],
    { kind: 'noReview' },
  ),

  // Partner facts (seed 003). Any of them means someone asked about partner support.
  ...phrasesMeaning<Meaning>(
    [
      'partner',
      'partners',
      'partner support',
      'tpd',
      'tpsd',
      'technical presales and deployment',
      'architecture desk',
      'partner architecture desk',
      'cloud enablement desk',
      'partner center',
      'mpn',
    ],
    { kind: 'partnerMention' },
  ),
  ...choice('partner.need', 'break-fix', ['break fix', 'breakfix', 'troubleshooting']),
  ...choice('partner.need', 'presales-consultation', [
    'presales consultation',
    'pre sales consultation',
    'presales help',
    'pre sales help',
  ]),
  ...choice('partner.need', 'architecture', [
    'architecture guidance',
    'architecture advice',
    'architecture help',
    'architecture consultation',
    'architecture question',
    'architecture questions',
  ]),
  ...choice('partner.need', 'go-to-market', ['go to market', 'gtm']),
  ...choice('partner.need', 'security-vulnerability', [
    'security vulnerability',
    'security vulnerabilities',
    'vulnerability',
    'cve',
  ]),
  ...choice('partner.plan', 'asfp', ['asfp', 'advanced support for partners']),
  ...choice('partner.plan', 'psfp', ['psfp', 'premier support for partners']),
  ...choice('partner.plan', 'none', [
    'no partner plan',
    'no partner support plan',
    'no asfp or psfp',
    'neither asfp nor psfp',
    'no asfp and no psfp',
  ]),
  ...choice('partner.requester', 'end-customer', [
    'end customer asking',
    'end customer asks',
    'end customer is asking',
    'end customer asked',
    'asked by the end customer',
    'end customer request',
    'end customer wants',
  ]),
  ...choice('partner.requester', 'partner', [
    'partner asking',
    'partner asks',
    'partner is asking',
    'partner asked',
    'asked by the partner',
    'partner request',
  ]),
  ...flag('partner.partnerCenterAccess', [
    'partner center access',
    'has partner center access',
    'access to partner center',
    'mpn member',
    'mpn membership',
  ]),
  ...flag('partner.customerOpportunity', [
    'customer opportunity',
    'named customer opportunity',
    'named customer',
    'sell with',
    'sell with opportunity',
    'co sell',
  ]),
  ...flag('partner.customerOpportunity', ['generic q and a', 'generic question'], false),
  ...flag('partner.customerOnEA', [
    'ea',
    'on ea',
    'on an ea',
    'ea customer',
    'enterprise agreement',
    'on an enterprise agreement',
  ]),

  // Account names: "account: Contoso Ltd", "customer Contoso", "for Contoso".
  ...phrasesMeaning<Meaning>(['account', 'account name', 'customer', 'customer name', 'client'], {
    kind: 'accountLabel',
  }),
  ...phrasesMeaning<Meaning>(['for'], { kind: 'forName' }),

  ...phrasesMeaning<Meaning>(HEDGE_PHRASES, { kind: 'hedge' }),
  ...phrasesMeaning<Meaning>(NEGATION_WORDS, { kind: 'negation' }),
  ...phrasesMeaning<Meaning>(
    [
      ...FILLER_WORDS,
      ...['needs', 'need', 'has', 'have', 'with', 'in', 'of', 'about', 'around', 'roughly'],
      ...['team', 'all', 'everyone', 'folks'],
      ...['approximately', 'approx', 'like', 'or so', 'give or take', 'between', 'from'],
      ...['they', "they're", 'they are', 'we are', "we're", "it's", 'our', 'their', 'got'],
      ...['currently', 'total', 'in total', 'overall', 'altogether', 'across', 'on', 'using'],
      ...['spread over', 'spread across', 'or so'],
    ],
    { kind: 'filler' },
  ),
];

/** Words that split a description into segments, unless part of a phrase ("govern and ship"). */
export const SPLIT_WORDS = new Set(['and', 'plus', 'but', 'also']);
