import {
  type FactPath,
  type PartialFacts,
  parsePartialFacts,
  recommend,
  recordThresholdAnswer,
  thresholdQuestion,
  type ThresholdQuestion,
} from '../../src/rubric';
import { thresholdQuestionText } from '../../src/words/facts';
import { simpleFacts } from '../support/facts';

const postSales = { supportContract: true, salesStage: 'postsales' } as const;

describe('thresholdQuestion: the threshold the rules read, for a person without the exact number', () => {
  it.each<[FactPath, PartialFacts, ThresholdQuestion, string]>([
    [
      'quotaGroupVcpus',
      postSales,
      { fact: 'quotaGroupVcpus', is: 'gt', value: 500 },
      'Is the largest quota group over 500 vCPUs?',
    ],
    [
      'monthlySpendUsd',
      postSales,
      { fact: 'monthlySpendUsd', is: 'gt', value: 50_000 },
      'Is the capacity spend over $50,000 a month?',
    ],
    [
      'subscriptions',
      {},
      { fact: 'subscriptions', is: 'gt', value: 1 },
      'Does the customer have more than 1 subscription?',
    ],
    [
      'regions',
      {},
      { fact: 'regions', is: 'gt', value: 1 },
      'Does the customer use more than 1 region?',
    ],
    [
      'vmSkus',
      {},
      { fact: 'vmSkus', is: 'gte', value: 10 },
      'Does the plan have 10 distinct VM SKUs or more?',
    ],
    [
      'partner.expectedHours',
      { partner: { need: 'architecture', requester: 'partner', customerOpportunity: true } },
      { fact: 'partner.expectedHours', is: 'gt', value: 25 },
      'Will the engagement take more than 25 hours?',
    ],
  ])('%s', (fact, facts, question, text) => {
    expect(thresholdQuestion(fact, facts)).toEqual(question);
    expect(thresholdQuestionText(question)).toBe(text);
  });

  it.each<FactPath>(['supportContract', 'salesStage', 'designReview', 'account', 'phase'])(
    'no threshold for %s: it is not a number',
    (fact) => {
      expect(thresholdQuestion(fact, {})).toBeUndefined();
    },
  );

  it('a fact the decision no longer reads still gets the threshold the rules compare it with', () => {
    expect(thresholdQuestion('quotaGroupVcpus', { gpuOrRestricted: true })).toEqual({
      fact: 'quotaGroupVcpus',
      is: 'gt',
      value: 500,
    });
  });

  it('no question once the range known already answers every threshold', () => {
    expect(
      thresholdQuestion('quotaGroupVcpus', { ranges: { quotaGroupVcpus: { gt: 500 } } }),
    ).toBeUndefined();
  });
});

describe('recordThresholdAnswer: a yes or no held as a range, never as an invented number', () => {
  const vcpus: ThresholdQuestion = { fact: 'quotaGroupVcpus', is: 'gt', value: 500 };

  it.each([
    [true, { gt: 500 }],
    [false, { lte: 500 }],
  ])('answer %s → %j', (answer, range) => {
    const facts = recordThresholdAnswer(postSales, vcpus, answer);
    expect(facts).toEqual({ ...postSales, ranges: { quotaGroupVcpus: range } });
    expect(facts.quotaGroupVcpus).toBeUndefined();
    // The range survives the schema, as storage and the command line read it.
    expect(parsePartialFacts(JSON.parse(JSON.stringify(facts)))).toEqual({ ok: true, facts });
  });

  it('a range that leaves one value records that value: no to "more than 1 subscription?"', () => {
    const question: ThresholdQuestion = { fact: 'subscriptions', is: 'gt', value: 1 };
    expect(recordThresholdAnswer({}, question, false)).toEqual({ subscriptions: 1 });
    expect(recordThresholdAnswer({}, question, true)).toEqual({
      ranges: { subscriptions: { gt: 1 } },
    });
  });

  it('answers narrow what was known', () => {
    const over500 = recordThresholdAnswer({}, vcpus, true);
    const between = recordThresholdAnswer(
      over500,
      { fact: 'quotaGroupVcpus', is: 'gt', value: 1000 },
      false,
    );
    expect(between.ranges).toEqual({ quotaGroupVcpus: { gt: 500, lte: 1000 } });
  });

  it('the latest answer wins over a range it contradicts', () => {
    const under = recordThresholdAnswer({}, vcpus, false);
    const over = recordThresholdAnswer(
      under,
      { fact: 'quotaGroupVcpus', is: 'gt', value: 1000 },
      true,
    );
    expect(over.ranges).toEqual({ quotaGroupVcpus: { gt: 1000 } });
  });

  it('an exact value the answer agrees with is kept; one it contradicts is dropped', () => {
    expect(recordThresholdAnswer({ quotaGroupVcpus: 800 }, vcpus, true)).toEqual({
      quotaGroupVcpus: 800,
    });
    expect(recordThresholdAnswer({ quotaGroupVcpus: 800 }, vcpus, false)).toEqual({
      ranges: { quotaGroupVcpus: { lte: 500 } },
    });
  });

  it('the partner hours are held as a range too, beside the other partner facts', () => {
    const question: ThresholdQuestion = { fact: 'partner.expectedHours', is: 'gt', value: 25 };
    const facts = recordThresholdAnswer({ partner: { need: 'architecture' } }, question, true);
    expect(facts).toEqual({
      partner: { need: 'architecture' },
      ranges: { 'partner.expectedHours': { gt: 25 } },
    });
  });

  it.each([
    [true, 'CSA'],
    [false, 'self-serve'],
  ] as const)('the rules decide on the answer: over 500 vCPUs %s → %s', (answer, owner) => {
    const { quotaGroupVcpus: _unknown, ...rest } = simpleFacts();
    expect(recommend(recordThresholdAnswer(rest, vcpus, answer)).owner).toBe(owner);
  });
});
