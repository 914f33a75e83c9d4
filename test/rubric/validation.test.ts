import {
  type FactProblem,
  parseFacts,
  parsePartialFacts,
  type ParseResult,
} from '../../src/rubric';
import { describeProblem } from '../../src/words/facts';
import { partnerFacts, simpleFacts } from '../support/facts';

const problemsFor = (
  input: unknown,
  parse: (input: unknown) => ParseResult<unknown> = parseFacts,
) => {
  const result = parse(input);
  if (result.ok) throw new Error('expected the facts to be rejected');
  return result.problems;
};
const words = (problem: FactProblem) => describeProblem(problem);
const jsonWords = (problem: FactProblem) => describeProblem(problem, { values: 'json' });

describe('rejected facts: a problem code naming the fact, rendered in words', () => {
  it.each([
    [
      'salesStage',
      'later',
      /^For the sales stage, give pre-sales or post-sales \(got "later"\)\.$/,
    ],
    [
      'supportContract',
      'yes',
      /^For whether the customer has a support contract, give yes or no \(got "yes"\)\.$/,
    ],
    [
      'subscriptions',
      0,
      /^For the number of subscriptions, give a whole number, 1 or more \(got 0\)/,
    ],
    ['subscriptions', 2.5, /a whole number, 1 or more \(got 2\.5\)/],
    ['regions', -1, /^For the number of regions, give a whole number, 1 or more/],
    [
      'vmSkus',
      -3,
      /^For the number of distinct VM SKUs, give a whole number, 0 or more \(got -3\)/,
    ],
    ['vmSkus', '14', /distinct VM SKUs, give a whole number, 0 or more \(got "14"\)/],
    ['quotaGroupVcpus', 1.5, /^For the number of vCPUs in the largest quota group, give a whole/],
    [
      'monthlySpendUsd',
      -1,
      /^For the capacity spend per month, give a number, 0 or more \(got -1\)/,
    ],
    ['monthlySpendUsd', null, /a number, 0 or more \(got null\)/],
    [
      'gpuOrRestricted',
      1,
      /^For whether GPU or restricted SKU capacity is planned, give yes or no/,
    ],
    [
      'designReview',
      ['forecast', 'budget'],
      /^For the engineering design reviews needed, give any of forecast validation, architecture change or complex quota strategy, or none \(got \["forecast","budget"\]\)/,
    ],
    ['designReview', 'forecast', /^For the engineering design reviews needed, give any of/],
    [
      'phase',
      'ship',
      /^For the capacity journey phase, give forecast, access & quota, reserve or govern & ship/,
    ],
    [
      'maturity',
      'mature',
      /^For the customer's cloud maturity, give affine, option, solution or in use/,
    ],
    ['account', 'x'.repeat(101), /^For the account name, give text of at most 100 characters/],
  ])('%s = %j', (fact, value, message) => {
    const problems = problemsFor({ ...simpleFacts(), [fact]: value });
    expect(problems).toEqual([{ code: 'invalid', fact, received: value }]);
    expect(words(problems[0]!)).toMatch(message);
  });

  it('a design review named twice is its own problem', () => {
    const problems = problemsFor({ ...simpleFacts(), designReview: ['forecast', 'forecast'] });
    expect(problems).toEqual([
      { code: 'duplicate', fact: 'designReview', received: ['forecast', 'forecast'] },
    ]);
    expect(words(problems[0]!)).toBe(
      'For the engineering design reviews needed, name each one only once (got ["forecast","forecast"]).',
    );
  });

  it.each([
    [
      'plan',
      'gold',
      /^For the partner's support plan, give ASfP \(Advanced Support for Partners\)/,
    ],
    ['need', 'help', /^For what the partner needs, give break-fix, pre-sales consultation/],
    ['expectedHours', -2, /^For the hours the engagement is expected to take, give a number, 0/],
    ['requester', 'reseller', /^For who is asking, give the partner or the end customer/],
    [
      'customerOnEA',
      'no',
      /^For whether the customer is on an Enterprise Agreement, give yes or no/,
    ],
  ])('partner.%s = %j', (fact, value, message) => {
    const problems = problemsFor(simpleFacts({ partner: { ...partnerFacts(), [fact]: value } }));
    expect(problems).toEqual([{ code: 'invalid', fact: `partner.${fact}`, received: value }]);
    expect(words(problems[0]!)).toMatch(message);
  });

  it('for a person writing JSON, the allowed values are the JSON values', () => {
    const [problem] = problemsFor({ ...simpleFacts(), salesStage: 'later', supportContract: true });
    expect(jsonWords(problem!)).toBe(
      'For the sales stage, give "presales" or "postsales" (got "later").',
    );
    const [set] = problemsFor({ ...simpleFacts(), designReview: 'forecast' });
    expect(jsonWords(set!)).toMatch(
      /give a list of any of "forecast", "architecture" or "quotaStrategy", each at most once \(\[\] for none\)/,
    );
  });

  it('a missing fact is reported as needed, in words, with what it allows', () => {
    const { processCoordination: _omitted, ...rest } = simpleFacts();
    const problems = problemsFor(rest);
    expect(problems).toEqual([{ code: 'missing', fact: 'processCoordination' }]);
    expect(words(problems[0]!)).toBe(
      'I still need to know whether the customer needs the capacity process coordinated: yes or no.',
    );
  });

  it('an unknown fact is named as sent, with the known facts in words', () => {
    const problems = problemsFor({ ...simpleFacts(), colour: 'red' });
    expect(problems).toEqual([
      { code: 'unknownFact', fact: 'colour', name: 'colour', within: 'facts' },
    ]);
    expect(words(problems[0]!)).toMatch(
      /^"colour" is not a fact I know\. I know the account name, the sales stage, whether the customer has a support contract, .* and the customer's cloud maturity, and the partner's facts\.$/,
    );
  });

  it('an unknown partner fact is named with the partner facts', () => {
    const problems = problemsFor(
      simpleFacts({ partner: { ...partnerFacts(), tier: 'gold' } as never }),
    );
    expect(problems[0]).toMatchObject({
      code: 'unknownFact',
      fact: 'partner.tier',
      within: 'partner',
    });
    expect(words(problems[0]!)).toMatch(
      /^"tier" is not a partner fact I know\. I know the partner's support plan, /,
    );
  });

  it.each([null, 42, 'facts', [1, 2]])('%j is not an object of facts', (input) => {
    const problems = problemsFor(input);
    expect(problems).toEqual([{ code: 'notAnObject', fact: '(facts)', received: input }]);
    expect(words(problems[0]!)).toMatch(/^The facts must be one JSON object/);
  });

  it('partner facts that are not an object', () => {
    const problems = problemsFor({ ...simpleFacts(), partner: 'yes' });
    expect(problems).toEqual([{ code: 'notAnObject', fact: 'partner', received: 'yes' }]);
  });

  it('every problem is reported at once, not only the first', () => {
    expect(problemsFor({ ...simpleFacts(), vmSkus: -1, regions: 0, phase: 'x' })).toHaveLength(3);
  });

  it('valid facts pass, and text is kept as typed (trimmed)', () => {
    const result = parseFacts(simpleFacts({ account: '  Contoso ${x} **bold**  ' }));
    expect(result).toMatchObject({ ok: true, facts: { account: 'Contoso ${x} **bold**' } });
  });

  it('partial facts accept gaps but still reject bad values', () => {
    expect(parsePartialFacts({ vmSkus: 3, partner: { need: 'break-fix' } }).ok).toBe(true);
    const result = parsePartialFacts({ vmSkus: -3 });
    expect(result.ok).toBe(false);
  });
});

describe('facts known only as a range', () => {
  it.each([
    [{ quotaGroupVcpus: { gt: 500 } }],
    [{ quotaGroupVcpus: { lte: 500 } }],
    [{ monthlySpendUsd: { gt: 50_000 }, vmSkus: { gte: 10 } }],
    [{ 'partner.expectedHours': { gt: 25 } }],
    [{ subscriptions: { gt: 1, lte: 4 } }],
  ])('%j is kept as given', (ranges) => {
    expect(parsePartialFacts({ ranges })).toEqual({ ok: true, facts: { ranges } });
  });

  it('a range and an exact value inside it may both be given', () => {
    const facts = { quotaGroupVcpus: 600, ranges: { quotaGroupVcpus: { gt: 500 } } };
    expect(parsePartialFacts(facts)).toEqual({ ok: true, facts });
  });

  it.each<[string, unknown, Partial<FactProblem>, RegExp]>([
    [
      'no bound',
      { quotaGroupVcpus: {} },
      { code: 'badRange', fact: 'quotaGroupVcpus', reason: 'noBound' },
      /^The range for the number of vCPUs in the largest quota group has no bound: give gt \(over\)/,
    ],
    [
      'two lower bounds',
      { vmSkus: { gt: 3, gte: 4 } },
      { code: 'badRange', fact: 'vmSkus', reason: 'twoLowerBounds' },
      /has two lower bounds: give gt \(over\) or gte \(at least\), not both/,
    ],
    [
      'two upper bounds',
      { regions: { lt: 3, lte: 4 } },
      { code: 'badRange', fact: 'regions', reason: 'twoUpperBounds' },
      /has two upper bounds/,
    ],
    [
      'no value left (under 1 subscription)',
      { subscriptions: { lt: 1 } },
      { code: 'badRange', fact: 'subscriptions', reason: 'empty' },
      /^The range for the number of subscriptions leaves no value it allows \(got \{"lt":1\}\)/,
    ],
    [
      'no whole number left',
      { vmSkus: { gt: 3, lt: 4 } },
      { code: 'badRange', fact: 'vmSkus', reason: 'empty' },
      /leaves no value it allows/,
    ],
    [
      'a bound that is not a number',
      { quotaGroupVcpus: { gt: '500' } },
      { code: 'badRange', fact: 'quotaGroupVcpus', reason: 'notANumber' },
      /^Each bound in the range for the number of vCPUs .* must be a number/,
    ],
    [
      'an unknown bound',
      { quotaGroupVcpus: { over: 500 } },
      { code: 'badRange', fact: 'quotaGroupVcpus', reason: 'unknownBound' },
      /may only have the bounds gt \(over\), gte \(at least\), lt \(under\) or lte \(at most\)/,
    ],
    [
      'a range that is not an object',
      { quotaGroupVcpus: 500 },
      { code: 'badRange', fact: 'quotaGroupVcpus', reason: 'notAnObject' },
      /must be an object of bounds/,
    ],
    [
      'a fact that is not a number',
      { supportContract: { gt: 0 } },
      { code: 'unknownFact', name: 'supportContract', within: 'ranges' },
      /^"supportContract" can't be given as a range: only the number of subscriptions, .* can\.$/,
    ],
  ])('%s is refused, in words', (_name, ranges, problem, message) => {
    const problems = problemsFor({ ranges }, parsePartialFacts);
    expect(problems).toEqual([expect.objectContaining(problem)]);
    expect(words(problems[0]!)).toMatch(message);
  });

  it('ranges that are not an object', () => {
    const problems = problemsFor({ ranges: [1] }, parsePartialFacts);
    expect(problems).toEqual([{ code: 'notAnObject', fact: 'ranges', received: [1] }]);
  });

  it('an exact value outside its own range is refused', () => {
    const problems = problemsFor(
      { quotaGroupVcpus: 100, ranges: { quotaGroupVcpus: { gt: 500 } } },
      parsePartialFacts,
    );
    expect(problems).toEqual([
      { code: 'outsideRange', fact: 'quotaGroupVcpus', received: 100, range: { gt: 500 } },
    ]);
    expect(words(problems[0]!)).toBe(
      'The number of vCPUs in the largest quota group is given both as 100 and as over 500 vCPUs: give one or the other.',
    );
  });
});
