import { decide, type Decision, type PartialFacts } from '../../src/rubric';
import { conditionalAnswerText, settledByText } from '../../src/words/rubric';
import { partnerFacts, simpleFacts } from '../support/facts';

function conditional(decision: Decision) {
  if (decision.kind !== 'conditional')
    throw new Error(`expected a conditional answer, got ${decision.kind}`);
  return decision.answer;
}

/** A supported post-sales customer with coordination, everything known but the vCPUs. */
const { quotaGroupVcpus: _vcpus, ...withoutVcpus } = simpleFacts({ processCoordination: true });

describe('decide: the answer when facts stay unknown', () => {
  it('CSA if the largest quota group is over 500 vCPUs; otherwise CSAM', () => {
    const answer = conditional(decide(withoutVcpus, { unknown: ['quotaGroupVcpus'] }));
    expect(answer.scope).toBe('capacity');
    expect(answer.settledBy).toEqual(['quotaGroupVcpus']);
    expect(answer.cases.map((c) => ({ when: c.when, owner: c.recommendation.owner }))).toEqual([
      { when: [{ fact: 'quotaGroupVcpus', is: 'gt', value: 500 }], owner: 'CSA' },
      { when: [{ fact: 'quotaGroupVcpus', is: 'lte', value: 500 }], owner: 'CSAM' },
    ]);
    expect(conditionalAnswerText(answer)).toBe(
      'CSA if the largest quota group is over 500 vCPUs; otherwise CSAM.',
    );
    expect(settledByText(answer)).toBe(
      'Knowing the number of vCPUs in the largest quota group would settle it.',
    );
  });

  it('each case is a whole recommendation, decided as that case says', () => {
    const answer = conditional(decide(withoutVcpus, { unknown: ['quotaGroupVcpus'] }));
    const [large, simple] = answer.cases.map((c) => c.recommendation);
    expect(large).toMatchObject({ owner: 'CSA', tier: 'large' });
    expect(simple).toMatchObject({ owner: 'CSAM', tier: 'simple' });
  });

  it('when the unknown fact does not matter, the ordinary recommendation', () => {
    const gpu = { ...withoutVcpus, gpuOrRestricted: true };
    const decision = decide(gpu, { unknown: ['quotaGroupVcpus'] });
    expect(decision).toMatchObject({
      kind: 'recommendation',
      recommendation: { owner: 'CSA', tier: 'restricted' },
    });
  });

  it('several unknown facts give several cases, in the order the rules read them', () => {
    const { monthlySpendUsd: _spend, ...rest } = withoutVcpus;
    const answer = conditional(decide(rest, { unknown: ['quotaGroupVcpus', 'monthlySpendUsd'] }));
    expect(answer.settledBy).toEqual(['quotaGroupVcpus', 'monthlySpendUsd']);
    expect(
      answer.cases.map((c) => [c.when.map((t) => `${t.fact} ${t.is}`), c.recommendation.owner]),
    ).toEqual([
      [['quotaGroupVcpus gt'], 'CSA'],
      [['quotaGroupVcpus lte', 'monthlySpendUsd gt'], 'CSA'],
      [['quotaGroupVcpus lte', 'monthlySpendUsd lte'], 'CSAM'],
    ]);
    expect(conditionalAnswerText(answer)).toBe(
      'CSA if the largest quota group is over 500 vCPUs, or if the capacity spend is over $50,000 a month; otherwise CSAM.',
    );
  });

  it('splits that change nothing are undone: without a contract the SE owns it either way', () => {
    const facts: PartialFacts = {
      ...withoutVcpus,
      supportContract: false,
      monthlySpendUsd: 60_000,
    };
    const decision = decide(facts, { unknown: ['quotaGroupVcpus'] });
    expect(decision).toMatchObject({ kind: 'recommendation', recommendation: { owner: 'SE' } });
  });

  it('the same owner in every case, with a different tier: said as such', () => {
    const facts: PartialFacts = { ...withoutVcpus, supportContract: false };
    const answer = conditional(decide(facts, { unknown: ['quotaGroupVcpus'] }));
    expect(answer.cases.map((c) => c.recommendation.owner)).toEqual(['SE', 'SE']);
    expect(conditionalAnswerText(answer)).toBe(
      'SE either way; the tier depends on the number of vCPUs in the largest quota group.',
    );
  });

  it('an unknown boolean: CSAM if the process needs coordinating; otherwise self-serve', () => {
    const { processCoordination: _c, ...rest } = simpleFacts();
    const answer = conditional(decide(rest, { unknown: ['processCoordination'] }));
    expect(conditionalAnswerText(answer)).toBe(
      'CSAM if the customer needs the capacity process coordinated; otherwise self-serve.',
    );
  });

  it("a partner's unknown hours: the Architecture Desk if 25 hours or less; otherwise PSfP", () => {
    const { expectedHours: _h, ...partner } = partnerFacts({
      need: 'architecture',
      customerOpportunity: true,
    });
    const answer = conditional(decide({ partner }, { unknown: ['partner.expectedHours'] }));
    expect(answer.scope).toBe('partner');
    expect(answer.cases.map((c) => c.recommendation.supportOption?.option)).toEqual([
      'Architecture Desk',
      'PSfP',
    ]);
    expect(conditionalAnswerText(answer)).toBe(
      'Architecture Desk if the engagement takes 25 hours or less; otherwise PSfP.',
    );
  });

  it('unknown facts that are needed and not given still have to be asked first', () => {
    expect(decide({ supportContract: true }, { unknown: ['quotaGroupVcpus'] })).toEqual({
      kind: 'needsFacts',
      needed: [
        'salesStage',
        'gpuOrRestricted',
        'monthlySpendUsd',
        'subscriptions',
        'regions',
        'vmSkus',
        'designReview',
        'processCoordination',
      ],
    });
  });
});
