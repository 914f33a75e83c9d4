import {
  FACT_PATHS,
  type FactPath,
  type FactProblem,
  type FactTest,
  RANGE_PROBLEMS,
  RANGED_FACTS,
} from '../../src/rubric';
import {
  describeAllowed,
  describeChange,
  describeCondition,
  describeProblem,
  describeRange,
  FACT_NAMES,
} from '../../src/words/facts';
import { formatNumber, formatUsd, listWords } from '../../src/words/numbers';

/** Fact names that are not also words: "quotaGroupVcpus", "partner.need" (not "regions"). */
const JSON_NAMES = FACT_PATHS.filter((fact) => /[A-Z.]/.test(fact));
const expectNoJsonNames = (text: string) => {
  for (const name of JSON_NAMES) expect(text).not.toContain(name);
};

/** Every problem a fact can have, as the renderer gets it. */
function problemsOf(fact: FactPath): FactProblem[] {
  const problems: FactProblem[] = [
    { code: 'missing', fact },
    { code: 'invalid', fact, received: 'x' },
    { code: 'duplicate', fact, received: ['x', 'x'] },
  ];
  const ranged = RANGED_FACTS.find((candidate) => candidate === fact);
  if (ranged) {
    for (const reason of RANGE_PROBLEMS)
      problems.push({ code: 'badRange', fact: ranged, reason, received: { gt: 1 } });
    problems.push({ code: 'outsideRange', fact: ranged, received: 3, range: { gt: 5 } });
  }
  return problems;
}

describe('facts in words', () => {
  it.each(FACT_PATHS)('%s has a name in words, not its JSON name', (fact) => {
    expect(FACT_NAMES[fact]).toMatch(/^(the|whether|what|who) /);
    expectNoJsonNames(FACT_NAMES[fact]);
  });

  it.each(FACT_PATHS)(
    'every problem with %s names it in words, in chat and JSON styles',
    (fact) => {
      for (const problem of problemsOf(fact)) {
        for (const values of ['words', 'json'] as const) {
          const text = describeProblem(problem, { values });
          expect(text).toMatch(/^[A-Z"].*[.)]$/);
          expectNoJsonNames(text.replace(/\(got .*\)/, ''));
          expect(text.toLowerCase()).toContain(FACT_NAMES[fact].toLowerCase());
        }
      }
    },
  );

  it.each<[FactPath, string, string]>([
    ['supportContract', 'yes or no', 'true or false'],
    ['salesStage', 'pre-sales or post-sales', '"presales" or "postsales"'],
    ['subscriptions', 'a whole number, 1 or more', 'a whole number, 1 or more'],
    ['monthlySpendUsd', 'a number, 0 or more', 'a number, 0 or more'],
    ['account', 'text of at most 100 characters', 'text of at most 100 characters'],
    [
      'partner.requester',
      "the partner or the end customer, using the partner's entitlement",
      '"partner" or "end-customer"',
    ],
  ])('%s allows %s (as JSON: %s)', (fact, words, json) => {
    expect(describeAllowed(fact)).toBe(words);
    expect(describeAllowed(fact, { values: 'json' })).toBe(json);
  });

  it('the problems of the form and of the input as a whole have their words', () => {
    expect(describeProblem({ code: 'badSwitch', fact: 'partner', received: 'yes' })).toBe(
      'The "a partner is asking" switch must be on or off (got "yes").',
    );
    expect(describeProblem({ code: 'notAForm', fact: '(form)', received: 3 })).toMatch(
      /^The form sent something I can't read \(got 3\)/,
    );
    expect(
      describeProblem({
        code: 'unknownFact',
        fact: 'ranges.colour',
        name: 'colour',
        within: 'ranges',
      }),
    ).toMatch(/^"colour" can't be given as a range: only the number of subscriptions, /);
  });

  it('a long value is shown shortened', () => {
    const text = describeProblem({ code: 'invalid', fact: 'account', received: 'y'.repeat(200) });
    expect(text).toMatch(/\(got "y{38}…\)\.$/);
  });
});

describe('tests of facts in words', () => {
  it.each<[FactTest, string, string]>([
    [
      { fact: 'quotaGroupVcpus', is: 'gt', value: 500 },
      'the largest quota group is over 500 vCPUs',
      '501 vCPUs in the largest quota group or more',
    ],
    [
      { fact: 'quotaGroupVcpus', is: 'lte', value: 500 },
      'the largest quota group is 500 vCPUs or fewer',
      '500 vCPUs in the largest quota group or fewer',
    ],
    [
      { fact: 'monthlySpendUsd', is: 'gt', value: 50_000 },
      'the capacity spend is over $50,000 a month',
      'over $50,000 a month',
    ],
    [
      { fact: 'monthlySpendUsd', is: 'lte', value: 50_000 },
      'the capacity spend is $50,000 a month or less',
      '$50,000 a month or less',
    ],
    [
      { fact: 'subscriptions', is: 'lte', value: 1 },
      'the customer has only 1 subscription',
      'only 1 subscription',
    ],
    [
      { fact: 'regions', is: 'gt', value: 1 },
      'the customer uses more than 1 region',
      '2 regions or more',
    ],
    [
      { fact: 'vmSkus', is: 'lt', value: 10 },
      'the plan has 9 distinct VM SKUs or fewer',
      '9 VM SKUs or fewer',
    ],
    [
      { fact: 'vmSkus', is: 'gte', value: 10 },
      'the plan has 10 distinct VM SKUs or more',
      '10 VM SKUs or more',
    ],
    [
      { fact: 'partner.expectedHours', is: 'lte', value: 25 },
      'the engagement takes 25 hours or less',
      '25 hours or less',
    ],
    [
      { fact: 'supportContract', is: 'eq', value: false },
      'the customer has no support contract',
      'without a support contract',
    ],
    [
      { fact: 'processCoordination', is: 'eq', value: true },
      'the customer needs the capacity process coordinated',
      'process coordination needed',
    ],
    [
      { fact: 'salesStage', is: 'eq', value: 'presales' },
      'the sales stage is pre-sales',
      'pre-sales',
    ],
    [
      { fact: 'salesStage', is: 'ne', value: 'presales' },
      'the sales stage is not pre-sales',
      'pre-sales',
    ],
    [
      { fact: 'partner.need', is: 'eq', value: 'break-fix' },
      'the partner needs break-fix',
      'break-fix',
    ],
    [
      { fact: 'designReview', is: 'nonEmpty' },
      'an engineering design review is needed',
      'a design review',
    ],
    [
      { fact: 'designReview', is: 'empty' },
      'no engineering design review is needed',
      'no design review',
    ],
    [
      { fact: 'designReview', is: 'includes', value: 'quotaStrategy' },
      'a complex quota strategy design review is needed',
      'a complex quota strategy design review',
    ],
  ])('%j: "%s"; as a what-if change "%s"', (test, condition, change) => {
    expect(describeCondition(test)).toBe(condition);
    if (!(test.is === 'ne')) expect(describeChange(test)).toBe(change);
  });

  it('a range in words', () => {
    expect(describeRange('quotaGroupVcpus', { gt: 500, lte: 1_000 })).toBe(
      'over 500 vCPUs and 1,000 vCPUs or fewer',
    );
  });
});

describe('numbers and lists', () => {
  it.each([
    [60_000, '60,000'],
    [1234.5, '1,234.5'],
    [0.125, '0.13'],
    [1, '1'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    [60_000, '$60,000'],
    [250_000.5, '$250,000.5'],
    [0, '$0'],
  ])('%d → %s', (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a or b'],
    [['a', 'b', 'c'], 'a, b or c'],
  ])('%j → "%s"', (items, text) => {
    expect(listWords(items)).toBe(text);
  });
});
