import { parseFacts, parsePartialFacts } from '../../src/rubric';
import { partnerFacts, simpleFacts } from '../support/facts';

const messagesFor = (input: unknown) => {
  const result = parseFacts(input);
  if (result.ok) throw new Error('expected the facts to be rejected');
  return result.problems;
};

describe('rejected facts name the fact and the allowed values', () => {
  it.each([
    ['salesStage', 'later', /salesStage: must be one of "presales", "postsales" \(got "later"\)/],
    ['supportContract', 'yes', /supportContract: must be true or false \(got "yes"\)/],
    ['subscriptions', 0, /subscriptions: must be a whole number, 1 or more \(got 0\)/],
    ['subscriptions', 2.5, /subscriptions: must be a whole number, 1 or more \(got 2\.5\)/],
    ['regions', -1, /regions: must be a whole number, 1 or more/],
    ['vmSkus', -3, /vmSkus: must be a whole number, 0 or more \(got -3\)/],
    ['vmSkus', '14', /vmSkus: must be a whole number, 0 or more \(got "14"\)/],
    ['quotaGroupVcpus', 1.5, /quotaGroupVcpus: must be a whole number, 0 or more/],
    ['monthlySpendUsd', -1, /monthlySpendUsd: must be a number, 0 or more \(got -1\)/],
    ['monthlySpendUsd', null, /monthlySpendUsd: must be a number, 0 or more \(got null\)/],
    ['gpuOrRestricted', 1, /gpuOrRestricted: must be true or false/],
    [
      'designReview',
      ['forecast', 'budget'],
      /designReview: must be a list of "forecast", "architecture", "quotaStrategy"/,
    ],
    [
      'designReview',
      ['forecast', 'forecast'],
      /designReview: .*each design review trigger may appear only once/,
    ],
    ['designReview', 'forecast', /designReview: must be a list of/],
    ['phase', 'ship', /phase: must be one of "forecast", "access-quota", "reserve", "govern-ship"/],
    ['maturity', 'mature', /maturity: must be one of "affine", "option", "solution", "in-use"/],
    ['account', 'x'.repeat(101), /account: must be text of at most 100 characters/],
  ])('%s = %j', (fact, value, message) => {
    const problems = messagesFor({ ...simpleFacts(), [fact]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.fact).toBe(fact);
    expect(problems[0]!.message).toMatch(message);
  });

  it.each([
    ['plan', 'gold', /partner\.plan: must be one of "asfp", "psfp", "none"/],
    ['need', 'help', /partner\.need: must be one of "break-fix", "presales-consultation"/],
    ['expectedHours', -2, /partner\.expectedHours: must be a number, 0 or more/],
    ['requester', 'reseller', /partner\.requester: must be one of "partner", "end-customer"/],
    ['customerOnEA', 'no', /partner\.customerOnEA: must be true or false/],
  ])('partner.%s = %j', (fact, value, message) => {
    const problems = messagesFor(simpleFacts({ partner: { ...partnerFacts(), [fact]: value } }));
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(message)]);
    expect(problems[0]!.fact).toBe(`partner.${fact}`);
  });

  it('a missing fact is reported as required, with what it allows', () => {
    const { salesStage: _omitted, ...rest } = simpleFacts();
    expect(messagesFor(rest)).toEqual([
      {
        fact: 'salesStage',
        problem: 'missing',
        message: 'salesStage: is required: one of "presales", "postsales"',
      },
    ]);
  });

  it('an unknown fact is named, with the known ones', () => {
    const problems = messagesFor({ ...simpleFacts(), colour: 'red' });
    expect(problems[0]).toMatchObject({ fact: 'colour', problem: 'unknown' });
    expect(problems[0]!.message).toMatch(
      /colour: is not a known fact; known facts: account, salesStage/,
    );
  });

  it('an unknown partner fact is named with the partner facts', () => {
    const problems = messagesFor(
      simpleFacts({ partner: { ...partnerFacts(), tier: 'gold' } as never }),
    );
    expect(problems[0]!.message).toMatch(
      /partner\.tier: is not a known fact; known partner facts: plan/,
    );
  });

  it.each([null, 42, 'facts', [1, 2]])('%j is not an object of facts', (input) => {
    expect(messagesFor(input)[0]!.message).toMatch(/must be a JSON object/);
  });

  it('every problem is reported at once, not only the first', () => {
    expect(messagesFor({ ...simpleFacts(), vmSkus: -1, regions: 0, phase: 'x' })).toHaveLength(3);
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
