import { FACT_DOMAINS, type FactPath } from '../rubric';
import { formatUsd } from './numbers';
import { factMaximum } from '../understanding/factValues';
import type { AnswerProblem } from '../understanding/problems';
import { NO_DESIGN_REVIEW, QUESTIONS } from '../understanding/questions';
import {
  type Comparison,
  type Estimate,
  type FactBound,
  isQuantityFact,
  type QuantityFact,
} from '../understanding/replyTypes';

/** Every sentence about reading what people type: problems with answers, thresholds, estimates. */

/** Each fact as a sentence names it, never by its JSON id. */
export const FACT_NOUNS: Record<FactPath, string> = {
  account: 'the account name',
  salesStage: 'the sales stage',
  supportContract: 'the support contract',
  subscriptions: 'the number of subscriptions',
  regions: 'the number of regions',
  vmSkus: 'the number of distinct VM SKUs',
  quotaGroupVcpus: 'the vCPUs in the largest quota group',
  monthlySpendUsd: 'the capacity spend per month',
  gpuOrRestricted: 'GPU or restricted SKUs',
  processCoordination: 'process coordination',
  designReview: 'the engineering design reviews',
  phase: 'the capacity journey phase',
  maturity: "the customer's cloud maturity",
  'partner.plan': "the partner's support plan",
  'partner.partnerCenterAccess': 'Partner Center access',
  'partner.need': 'what the partner needs',
  'partner.customerOpportunity': 'a named customer opportunity',
  'partner.expectedHours': 'the expected number of hours',
  'partner.customerOnEA': 'an Enterprise Agreement',
  'partner.requester': 'who is asking',
};

const COUNT_NOUNS: Record<QuantityFact, string> = {
  subscriptions: 'subscriptions',
  regions: 'regions',
  vmSkus: 'distinct VM SKUs',
  quotaGroupVcpus: 'vCPUs in the largest quota group',
  monthlySpendUsd: 'the capacity spend per month in US dollars',
  'partner.expectedHours': 'the expected number of hours',
};

const CHOICE_NOUNS: Partial<Record<FactPath, string>> = {
  salesStage: 'the sales stage',
  phase: 'the capacity journey phase',
  maturity: "the customer's cloud maturity",
  'partner.requester': 'who is asking',
  'partner.need': 'what the partner needs',
  'partner.plan': "the partner's support plan",
};

/** What a threshold question asks about, and how its number reads. */
const THRESHOLD_SUBJECTS: Record<QuantityFact, { subject: string; amount: (n: number) => string }> =
  {
    quotaGroupVcpus: {
      subject: 'the largest quota group',
      amount: (n) => `${n.toLocaleString('en-US')} vCPUs`,
    },
    monthlySpendUsd: { subject: 'the capacity spend', amount: (n) => `${formatUsd(n)} a month` },
    subscriptions: {
      subject: 'the number of subscriptions',
      amount: (n) => n.toLocaleString('en-US'),
    },
    regions: { subject: 'the number of regions', amount: (n) => n.toLocaleString('en-US') },
    vmSkus: {
      subject: 'the number of distinct VM SKUs',
      amount: (n) => n.toLocaleString('en-US'),
    },
    'partner.expectedHours': {
      subject: 'the expected engagement',
      amount: (n) => `${n.toLocaleString('en-US')} hours`,
    },
  };

const COMPARISON_WORDS: Record<Comparison['is'], (amount: string) => string> = {
  gt: (amount) => `over ${amount}`,
  gte: (amount) => `${amount} or more`,
  lt: (amount) => `under ${amount}`,
  lte: (amount) => `${amount} or less`,
};

const PREVIEW_LENGTH = 40;

/** One line a person can act on: what was wrong, then what the question takes. */
export function describeAnswerProblem(fact: FactPath, problem: AnswerProblem): string {
  return `${whatWasWrong(fact, problem)} ${whatIsNeeded(fact)}`;
}

/** Each value a message gave that its fact does not take ("0 regions"): said, never dropped. */
export function describeRefusedValues(
  problems: readonly { fact: FactPath; problem: AnswerProblem }[],
): string[] {
  return problems.map(({ fact, problem }) => describeAnswerProblem(fact, problem));
}

/** The question that asks only which side of a threshold a number is on. */
export function thresholdQuestion(bound: FactBound): string {
  const { subject, amount } = THRESHOLD_SUBJECTS[bound.fact];
  return `Is ${subject} ${COMPARISON_WORDS[bound.is](amount(bound.value))}?`;
}

/** "the largest quota group is over 500 vCPUs": a side of a threshold, as a clause. */
export function describeBound(bound: FactBound): string {
  const { subject, amount } = THRESHOLD_SUBJECTS[bound.fact];
  return `${subject} is ${COMPARISON_WORDS[bound.is](amount(bound.value))}`;
}

/** Asking for a number that was named but not given: "a few subs", "400-600 vCPUs". */
export function askForEstimate(estimate: Estimate): string {
  return `You said ${quote(estimate.words)}, and the recommendation needs the number. ${QUESTIONS[estimate.fact].prompt}`;
}

function whatWasWrong(fact: FactPath, problem: AnswerProblem): string {
  switch (problem.kind) {
    case 'empty':
      return "I didn't get an answer.";
    case 'tooLong':
      return `That's too long (${problem.length} characters; at most ${problem.maximum}).`;
    case 'notSkippable':
      return FACT_DOMAINS[fact].kind === 'integer' || FACT_DOMAINS[fact].kind === 'number'
        ? "This one can't be skipped: it decides the recommendation. A rough figure is fine."
        : "This one can't be skipped: it decides the recommendation.";
    case 'hedged':
      return "That doesn't sound certain, and the recommendation depends on it.";
    case 'noNumber':
      return `I couldn't find a number in ${quote(problem.typed)}.`;
    case 'notWhole':
      return `${quote(problem.typed)} isn't a whole number.`;
    case 'belowMinimum':
      return `${quote(problem.typed)} is less than ${problem.minimum}.`;
    case 'tooLarge': {
      const maximum = factMaximum(fact);
      return maximum === undefined
        ? `${quote(problem.typed)} is larger than I can take.`
        : `${quote(problem.typed)} is more than ${maximum.toLocaleString('en-US')}.`;
    }
    case 'severalNumbers':
      return `I found more than one number (${joinWith(problem.typed.map(quote), 'and')}).`;
    case 'notUsDollars':
      return `That amount is in ${problem.currency}, not US dollars.`;
    case 'notMonthly':
      return `That sounds like an amount per ${problem.period}, not per month.`;
    case 'notHours':
      return `That is in ${problem.unit}, not hours.`;
    case 'notYesNo':
      return `I couldn't tell whether ${quote(problem.typed)} means yes or no.`;
    case 'yesAndNo':
      return 'That sounds like both yes and no.';
    case 'noChoice':
      return `I didn't recognise ${quote(problem.typed)}.`;
    case 'severalChoices':
      return `That names more than one (${joinWith(problem.titles, 'and')}).`;
    case 'negatedChoice':
      return "Tell me which one it is rather than which it isn't.";
    case 'noneAndSome':
      return 'That says both none and some.';
    case 'notExact':
      return `${quote(problem.typed)} doesn't settle ${FACT_NOUNS[fact]}.`;
  }
}

/** The values a question takes, in the words the question uses. */
export function whatIsNeeded(fact: FactPath): string {
  const domain = FACT_DOMAINS[fact];
  const question = QUESTIONS[fact];
  const example = question.example === undefined ? '' : ` — for example ${question.example}`;
  switch (domain.kind) {
    case 'integer':
      return `I need a whole number of ${countNoun(fact)}, ${domain.min} or more${example}.`;
    case 'number': {
      const skip =
        fact === 'partner.expectedHours' ? " (or say 'skip' if it's a short engagement)" : '';
      return `I need ${countNoun(fact)}, ${domain.min} or more${example}${skip}.`;
    }
    case 'boolean':
      return `I need a yes or no: ${question.prompt}`;
    case 'enum': {
      const titles = (question.choices ?? []).map((choice) => choice.title);
      return `I need ${CHOICE_NOUNS[fact] ?? FACT_NOUNS[fact]}: ${joinWith(titles, 'or')}.`;
    }
    case 'set': {
      const members = (question.choices ?? [])
        .filter((choice) => choice.value !== NO_DESIGN_REVIEW)
        .map((choice) => choice.title.toLowerCase());
      return `I need the design reviews that are needed: one or more of ${members.join(', ')} — or none.`;
    }
    case 'text':
      return `I need the account name: text of at most ${domain.maxLength} characters (or say 'skip').`;
  }
}

function countNoun(fact: FactPath): string {
  return isQuantityFact(fact) ? COUNT_NOUNS[fact] : FACT_NOUNS[fact];
}

function quote(typed: string): string {
  const text = typed.length > PREVIEW_LENGTH ? `${typed.slice(0, PREVIEW_LENGTH - 1)}…` : typed;
  return `"${text}"`;
}

function joinWith(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
