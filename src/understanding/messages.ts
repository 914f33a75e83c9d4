import { FACT_DOMAINS, type FactPath } from '../rubric';
import { factMaximum } from './factValues';
import { NO_DESIGN_REVIEW, QUESTIONS } from './questions';

/** What was wrong with a typed answer, as data; `describeAnswerProblem` turns it into words. */
export type AnswerProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; length: number; maximum: number }
  | { kind: 'notSkippable' }
  | { kind: 'hedged' }
  | { kind: 'noNumber'; typed: string }
  | { kind: 'notWhole'; typed: string }
  | { kind: 'belowMinimum'; typed: string; minimum: number }
  | { kind: 'tooLarge'; typed: string }
  | { kind: 'severalNumbers'; typed: string[] }
  | { kind: 'notUsDollars'; currency: string }
  | { kind: 'notMonthly'; period: string }
  | { kind: 'notHours'; unit: string }
  | { kind: 'notYesNo'; typed: string }
  | { kind: 'yesAndNo' }
  | { kind: 'noChoice'; typed: string }
  | { kind: 'severalChoices'; titles: string[] }
  | { kind: 'negatedChoice' }
  | { kind: 'noneAndSome' };

const COUNT_NOUNS: Partial<Record<FactPath, string>> = {
  subscriptions: 'subscriptions',
  regions: 'regions',
  vmSkus: 'distinct VM SKUs',
  quotaGroupVcpus: 'vCPUs in the largest quota group',
};

const AMOUNT_NOUNS: Partial<Record<FactPath, string>> = {
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

const PREVIEW_LENGTH = 40;

/** One line a person can act on: what was wrong, then what the question takes. */
export function describeAnswerProblem(fact: FactPath, problem: AnswerProblem): string {
  return `${whatWasWrong(fact, problem)} ${whatIsNeeded(fact)}`;
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
  }
}

/** The values a question takes, in the words the question uses. */
export function whatIsNeeded(fact: FactPath): string {
  const domain = FACT_DOMAINS[fact];
  const question = QUESTIONS[fact];
  const example = question.example === undefined ? '' : ` — for example ${question.example}`;
  switch (domain.kind) {
    case 'integer':
      return `I need a whole number of ${COUNT_NOUNS[fact] ?? fact}, ${domain.min} or more${example}.`;
    case 'number': {
      const skip =
        fact === 'partner.expectedHours' ? " (or say 'skip' if it's a short engagement)" : '';
      return `I need ${AMOUNT_NOUNS[fact] ?? fact}, ${domain.min} or more${example}${skip}.`;
    }
    case 'boolean':
      return `I need a yes or no: ${question.prompt}`;
    case 'enum': {
      const titles = (question.choices ?? []).map((choice) => choice.title);
      return `I need ${CHOICE_NOUNS[fact] ?? fact}: ${joinWith(titles, 'or')}.`;
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

function quote(typed: string): string {
  const text = typed.length > PREVIEW_LENGTH ? `${typed.slice(0, PREVIEW_LENGTH - 1)}…` : typed;
  return `"${text}"`;
}

function joinWith(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
