import {
  FACT_DOMAINS,
  FACT_PATHS,
  type FactPath,
  type FactProblem,
  type FactRange,
  type FactTest,
  isWhole,
  RANGED_FACTS,
  type RangedFact,
  type ThresholdQuestion,
} from '../rubric';
import type { RangeProblem } from '../rubric/validation';
import { capitalize, formatNumber, formatUsd, listWords } from './numbers';

/** Every fact in words, as a sentence names it: never by its JSON name. */
export const FACT_NAMES: Record<FactPath, string> = {
  account: 'the account name',
  salesStage: 'the sales stage',
  supportContract: 'whether the customer has a support contract',
  subscriptions: 'the number of subscriptions',
  regions: 'the number of regions',
  vmSkus: 'the number of distinct VM SKUs',
  quotaGroupVcpus: 'the number of vCPUs in the largest quota group',
  monthlySpendUsd: 'the capacity spend per month',
  gpuOrRestricted: 'whether GPU or restricted SKU capacity is planned',
  processCoordination: 'whether the customer needs the capacity process coordinated',
  designReview: 'the engineering design reviews needed',
  phase: 'the capacity journey phase',
  maturity: "the customer's cloud maturity",
  'partner.plan': "the partner's support plan",
  'partner.partnerCenterAccess': 'whether the partner has Partner Center access',
  'partner.need': 'what the partner needs',
  'partner.customerOpportunity': 'whether there is a named customer opportunity',
  'partner.expectedHours': 'the hours the engagement is expected to take',
  'partner.customerOnEA': 'whether the customer is on an Enterprise Agreement',
  'partner.requester': 'who is asking',
};

/** Choices in words, by fact: "pre-sales", "forecast validation". */
const VALUE_WORDS: Partial<Record<FactPath, Record<string, string>>> = {
  salesStage: { presales: 'pre-sales', postsales: 'post-sales' },
  designReview: {
    forecast: 'forecast validation',
    architecture: 'architecture change',
    quotaStrategy: 'complex quota strategy',
  },
  phase: {
    forecast: 'forecast',
    'access-quota': 'access & quota',
    reserve: 'reserve',
    'govern-ship': 'govern & ship',
  },
  maturity: { affine: 'affine', option: 'option', solution: 'solution', 'in-use': 'in use' },
  'partner.plan': {
    asfp: 'ASfP (Advanced Support for Partners)',
    psfp: 'PSfP (Premier Support for Partners)',
    none: 'no partner support plan',
  },
  'partner.need': {
    'break-fix': 'break-fix',
    'presales-consultation': 'pre-sales consultation',
    architecture: 'architecture guidance',
    'go-to-market': 'go-to-market',
    'security-vulnerability': 'security vulnerability',
  },
  'partner.requester': {
    partner: 'the partner',
    'end-customer': "the end customer, using the partner's entitlement",
  },
};

/** A choice of a fact in words, e.g. "pre-sales", "forecast validation". */
export function valueWords(fact: FactPath, value: string): string {
  return VALUE_WORDS[fact]?.[value] ?? value;
}

/**
 * How allowed values are named: in words for chat and cards, as the JSON values for a person
 * writing JSON (the command line).
 */
export interface WordsOptions {
  values?: 'words' | 'json';
}

/** The values a fact allows, as a phrase: "a whole number, 1 or more", "yes or no". */
export function describeAllowed(fact: FactPath, options: WordsOptions = {}): string {
  const json = options.values === 'json';
  const domain = FACT_DOMAINS[fact];
  const choice = (value: string) => (json ? JSON.stringify(value) : valueWords(fact, value));
  switch (domain.kind) {
    case 'boolean':
      return json ? 'true or false' : 'yes or no';
    case 'enum':
      return listWords(domain.values.map(choice));
    case 'set':
      return json
        ? `a list of any of ${listWords(domain.values.map(choice))}, each at most once ([] for none)`
        : `any of ${listWords(domain.values.map(choice))}, or none`;
    case 'integer':
      return `a whole number, ${domain.min} or more`;
    case 'number':
      return `a number, ${domain.min} or more`;
    case 'text':
      return `text of at most ${domain.maxLength} characters`;
  }
}

/** A value as it was sent, short enough for one line. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const BOUNDS_WORDS = 'gt (over), gte (at least), lt (under) or lte (at most)';

const RANGE_PROBLEM_WORDS: Record<RangeProblem, (name: string, received: string) => string> = {
  noBound: (name) => `The range for ${name} has no bound: give ${BOUNDS_WORDS} a number.`,
  twoLowerBounds: (name, got) =>
    `The range for ${name} has two lower bounds: give gt (over) or gte (at least), not both (got ${got}).`,
  twoUpperBounds: (name, got) =>
    `The range for ${name} has two upper bounds: give lt (under) or lte (at most), not both (got ${got}).`,
  empty: (name, got) => `The range for ${name} leaves no value it allows (got ${got}).`,
  unknownBound: (name, got) =>
    `The range for ${name} may only have the bounds ${BOUNDS_WORDS} (got ${got}).`,
  notANumber: (name, got) => `Each bound in the range for ${name} must be a number (got ${got}).`,
  notAnObject: (name, got) =>
    `The range for ${name} must be an object of bounds, ${BOUNDS_WORDS} (got ${got}).`,
};

/** One problem with the facts, as the sentence a person reads. */
export function describeProblem(problem: FactProblem, options: WordsOptions = {}): string {
  switch (problem.code) {
    case 'missing':
      return `I still need to know ${FACT_NAMES[problem.fact]}: ${describeAllowed(problem.fact, options)}.`;
    case 'invalid':
      return `For ${FACT_NAMES[problem.fact]}, give ${describeAllowed(problem.fact, options)} (got ${preview(problem.received)}).`;
    case 'duplicate':
      return `For ${FACT_NAMES[problem.fact]}, name each one only once (got ${preview(problem.received)}).`;
    case 'unknownFact':
      return unknownFactWords(problem.name, problem.within);
    case 'notAnObject':
      return {
        '(facts)': `The facts must be one JSON object, each fact given at most once (got ${preview(problem.received)}).`,
        partner: `The partner facts must be one JSON object (got ${preview(problem.received)}).`,
        ranges: `The ranges must be one JSON object, by fact (got ${preview(problem.received)}).`,
      }[problem.fact];
    case 'badRange':
      return RANGE_PROBLEM_WORDS[problem.reason](
        FACT_NAMES[problem.fact],
        preview(problem.received),
      );
    case 'outsideRange':
      return `${capitalize(FACT_NAMES[problem.fact])} is given both as ${preview(problem.received)} and as ${describeRange(problem.fact, problem.range as FactRange)}: give one or the other.`;
    case 'badSwitch':
      return `The "a partner is asking" switch must be on or off (got ${preview(problem.received)}).`;
    case 'notAForm':
      return `The form sent something I can't read (got ${preview(problem.received)}): send it again from the card.`;
  }
}

/** The problems as lines a person can act on. */
function unknownFactWords(name: string, within: 'facts' | 'partner' | 'ranges'): string {
  const quoted = JSON.stringify(name);
  switch (within) {
    case 'facts':
      return `${quoted} is not a fact I know. I know ${listWords(
        FACT_PATHS.filter((fact) => !fact.startsWith('partner.')).map((fact) => FACT_NAMES[fact]),
        'and',
      )}, and the partner's facts.`;
    case 'partner':
      return `${quoted} is not a partner fact I know. I know ${listWords(
        FACT_PATHS.filter((fact) => fact.startsWith('partner.')).map((fact) => FACT_NAMES[fact]),
        'and',
      )}.`;
    case 'ranges':
      return `${quoted} can't be given as a range: only ${listWords(RANGED_FACTS.map((fact) => FACT_NAMES[fact]))} can.`;
  }
}

/** How a number fact is said in a sentence, and asked about. */
interface NumberWords {
  one: string;
  many: string;
  /** "the largest quota group is", "the customer has" */
  clause: (amount: string) => string;
  question: (amount: string) => string;
  /** a what-if's change names the whole fact: "9 VM SKUs or fewer" */
  changeUnit?: { one: string; many: string };
  /** comparison words for this fact: "over" where it reads "is over" */
  over: string;
  fewer: 'fewer' | 'less';
}

const NUMBER_WORDS: Record<RangedFact, NumberWords> = {
  subscriptions: {
    one: 'subscription',
    many: 'subscriptions',
    clause: (amount) => `the customer has ${amount}`,
    question: (amount) => `Does the customer have ${amount}?`,
    over: 'more than',
    fewer: 'fewer',
  },
  regions: {
    one: 'region',
    many: 'regions',
    clause: (amount) => `the customer uses ${amount}`,
    question: (amount) => `Does the customer use ${amount}?`,
    over: 'more than',
    fewer: 'fewer',
  },
  vmSkus: {
    one: 'distinct VM SKU',
    many: 'distinct VM SKUs',
    clause: (amount) => `the plan has ${amount}`,
    question: (amount) => `Does the plan have ${amount}?`,
    changeUnit: { one: 'VM SKU', many: 'VM SKUs' },
    over: 'more than',
    fewer: 'fewer',
  },
  quotaGroupVcpus: {
    one: 'vCPU',
    many: 'vCPUs',
    clause: (amount) => `the largest quota group is ${amount}`,
    question: (amount) => `Is the largest quota group ${amount}?`,
    changeUnit: {
      one: 'vCPU in the largest quota group',
      many: 'vCPUs in the largest quota group',
    },
    over: 'over',
    fewer: 'fewer',
  },
  monthlySpendUsd: {
    one: '',
    many: '',
    clause: (amount) => `the capacity spend is ${amount}`,
    question: (amount) => `Is the capacity spend ${amount}?`,
    over: 'over',
    fewer: 'less',
  },
  'partner.expectedHours': {
    one: 'hour',
    many: 'hours',
    clause: (amount) => `the engagement takes ${amount}`,
    question: (amount) => `Will the engagement take ${amount}?`,
    over: 'more than',
    fewer: 'less',
  },
};

/** "500 vCPUs", "$50,000 a month", "1 subscription". */
function amount(fact: RangedFact, value: number, unit?: { one: string; many: string }): string {
  if (fact === 'monthlySpendUsd') return `${formatUsd(value)} a month`;
  const words = unit ?? NUMBER_WORDS[fact];
  return `${formatNumber(value)} ${value === 1 ? words.one : words.many}`;
}

type NumberTest = {
  fact: RangedFact;
  is: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'ne';
  value: number;
};

/** A comparison of a number in words: "over 500 vCPUs", "9 or fewer", "only 1 subscription". */
function comparisonWords(test: NumberTest, unit?: { one: string; many: string }): string {
  const { fact, value } = test;
  const words = NUMBER_WORDS[fact];
  const whole = isWhole(fact);
  const min = (FACT_DOMAINS[fact] as { min: number }).min;
  const of = (n: number) => amount(fact, n, unit);
  switch (test.is) {
    case 'gt':
      return whole && unit ? `${of(Math.floor(value) + 1)} or more` : `${words.over} ${of(value)}`;
    case 'gte':
      return `${of(value)} or more`;
    case 'lt':
      if (whole) return lessOrEqual(Math.ceil(value) - 1);
      return `${words.fewer === 'less' ? 'less than' : 'fewer than'} ${of(value)}`;
    case 'lte':
      return lessOrEqual(whole ? Math.floor(value) : value);
    case 'eq':
      return `exactly ${of(value)}`;
    case 'ne':
      return `not exactly ${of(value)}`;
  }
  function lessOrEqual(n: number): string {
    return n === min ? `only ${of(n)}` : `${of(n)} or ${words.fewer}`;
  }
}

const isNumberTest = (test: FactTest): test is NumberTest & FactTest =>
  (RANGED_FACTS as readonly string[]).includes(test.fact) &&
  typeof (test as { value?: unknown }).value === 'number';

/** Yes/no facts as a condition: what holds when it is yes, and when it is no. */
const YES_NO_CLAUSES: Partial<Record<FactPath, { yes: string; no: string }>> = {
  supportContract: {
    yes: 'the customer has a support contract',
    no: 'the customer has no support contract',
  },
  gpuOrRestricted: {
    yes: 'GPU or restricted SKU capacity is planned',
    no: 'no GPU or restricted SKU capacity is planned',
  },
  processCoordination: {
    yes: 'the customer needs the capacity process coordinated',
    no: 'the customer does not need the capacity process coordinated',
  },
  'partner.partnerCenterAccess': {
    yes: 'the partner has Partner Center access',
    no: 'the partner has no Partner Center access',
  },
  'partner.customerOpportunity': {
    yes: 'there is a named customer opportunity',
    no: 'there is no named customer opportunity',
  },
  'partner.customerOnEA': {
    yes: 'the customer is on an Enterprise Agreement',
    no: 'the customer is not on an Enterprise Agreement',
  },
};

/** A test of a fact as a condition: "the largest quota group is over 500 vCPUs". */
export function describeCondition(test: FactTest): string {
  if (isNumberTest(test)) return NUMBER_WORDS[test.fact].clause(comparisonWords(test));
  const name = FACT_NAMES[test.fact];
  switch (test.is) {
    case 'eq':
    case 'ne': {
      if (typeof test.value === 'boolean') {
        const clauses = YES_NO_CLAUSES[test.fact];
        const yes = test.value === (test.is === 'eq');
        if (clauses) return yes ? clauses.yes : clauses.no;
        return `${name}: ${yes ? 'yes' : 'no'}`;
      }
      const value = valueWords(test.fact, String(test.value));
      if (test.fact === 'partner.need') {
        return `the partner ${test.is === 'eq' ? 'needs' : 'does not need'} ${value}`;
      }
      return `${name} is ${test.is === 'eq' ? '' : 'not '}${value}`;
    }
    case 'includes':
      return `a ${valueWords(test.fact, test.value)} design review is needed`;
    case 'excludes':
      return `no ${valueWords(test.fact, test.value)} design review is needed`;
    case 'nonEmpty':
      return 'an engineering design review is needed';
    case 'empty':
      return 'no engineering design review is needed';
    default:
      return `${name} is ${test.is} ${String(test.value)}`;
  }
}

/** What-if changes of yes/no facts, as the change reads. */
const YES_NO_CHANGES: Partial<Record<FactPath, { yes: string; no: string }>> = {
  supportContract: { yes: 'with a support contract', no: 'without a support contract' },
  gpuOrRestricted: { yes: 'GPU or restricted SKUs', no: 'no GPU or restricted SKUs' },
  processCoordination: { yes: 'process coordination needed', no: 'no process coordination needed' },
};

/** A what-if's change in words: "9 VM SKUs or fewer", "without a support contract". */
export function describeChange(change: FactTest): string {
  if (isNumberTest(change)) {
    return comparisonWords(
      change,
      NUMBER_WORDS[change.fact].changeUnit ?? NUMBER_WORDS[change.fact],
    );
  }
  switch (change.is) {
    case 'eq':
    case 'ne':
      if (typeof change.value === 'boolean') {
        const yes = change.value === (change.is === 'eq');
        const phrases = YES_NO_CHANGES[change.fact];
        return phrases
          ? yes
            ? phrases.yes
            : phrases.no
          : `${FACT_NAMES[change.fact]}: ${yes ? 'yes' : 'no'}`;
      }
      return valueWords(change.fact, String(change.value));
    case 'includes':
      return `a ${valueWords(change.fact, change.value)} design review`;
    case 'excludes':
      return `no ${valueWords(change.fact, change.value)} design review`;
    case 'nonEmpty':
      return 'a design review';
    case 'empty':
      return 'no design review';
    default:
      return describeCondition(change);
  }
}

/** A threshold question as it is asked: "Is the largest quota group over 500 vCPUs?" */
export function thresholdQuestionText(question: ThresholdQuestion): string {
  const words = NUMBER_WORDS[question.fact];
  return words.question(comparisonWords(question));
}

/** What a range says of its fact: "over 500 vCPUs", "500 vCPUs or fewer". */
export function describeRange(fact: RangedFact, range: FactRange): string {
  const parts: string[] = [];
  for (const is of ['gt', 'gte', 'lt', 'lte'] as const) {
    const value = range[is];
    if (value !== undefined) parts.push(comparisonWords({ fact, is, value }));
  }
  return listWords(parts, 'and');
}

/** A fact as given, as a clause: "the number of subscriptions is 2", "a forecast validation design review is needed". */
export function describeFact(fact: FactPath, value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 0
      ? describeCondition({ fact, is: 'empty' })
      : listWords(
          value.map((item) => describeCondition({ fact, is: 'includes', value: String(item) })),
          'and',
        );
  }
  if (typeof value === 'boolean') return describeCondition({ fact, is: 'eq', value });
  if (typeof value === 'number') {
    const amount = fact === 'monthlySpendUsd' ? formatUsd(value) : formatNumber(value);
    return `${FACT_NAMES[fact]} is ${amount}`;
  }
  return describeCondition({ fact, is: 'eq', value: String(value) });
}
