import { factsStillNeeded, hasOwner, recommend, UndecidedError } from '../../src/rubric';
import { simpleFacts } from '../support/facts';

describe('factsStillNeeded: asks only what the decision still reads', () => {
  it('asks every qualifying fact of an empty conversation, most decisive first', () => {
    expect(factsStillNeeded({})).toEqual([
      'supportContract',
      'salesStage',
      'gpuOrRestricted',
      'quotaGroupVcpus',
      'monthlySpendUsd',
      'subscriptions',
      'regions',
      'vmSkus',
      'designReview',
      'processCoordination',
    ]);
  });

  it('GPU settles the tier: no sizing questions, no design review, no coordination', () => {
    expect(factsStillNeeded({ gpuOrRestricted: true })).toEqual(['supportContract', 'salesStage']);
  });

  it('a large quota group settles the tier without the other counts', () => {
    expect(
      factsStillNeeded({ gpuOrRestricted: false, quotaGroupVcpus: 900, supportContract: true }),
    ).toEqual(['salesStage']);
  });

  it('a simple tier still needs the design review and, with a contract, the coordination', () => {
    const { designReview: _d, processCoordination: _p, ...rest } = simpleFacts();
    expect(factsStillNeeded(rest)).toEqual(['designReview', 'processCoordination']);
  });

  it('without a contract, coordination is never asked', () => {
    const {
      designReview: _d,
      processCoordination: _p,
      ...rest
    } = simpleFacts({ supportContract: false });
    expect(factsStillNeeded(rest)).toEqual(['designReview']);
  });

  it('asks no partner questions unless partner support was asked about', () => {
    expect(factsStillNeeded(simpleFacts())).toEqual([]);
    expect(factsStillNeeded(simpleFacts(), { partner: true })).toEqual([
      'partner.requester',
      'partner.need',
      'partner.plan',
      'partner.customerOpportunity',
      'partner.expectedHours',
    ]);
  });

  it('a security report needs nothing more', () => {
    expect(
      factsStillNeeded(simpleFacts({ partner: { need: 'security-vulnerability' } as never })),
    ).toEqual([]);
  });

  it('go-to-market needs only who is asking', () => {
    expect(factsStillNeeded({ ...simpleFacts(), partner: { need: 'go-to-market' } })).toEqual([
      'partner.requester',
    ]);
  });

  it('break-fix asks for the plan, then the EA question only for ASfP', () => {
    const base = {
      ...simpleFacts(),
      partner: { need: 'break-fix' as const, requester: 'partner' as const },
    };
    expect(factsStillNeeded(base)).toEqual(['partner.plan']);
    expect(factsStillNeeded({ ...base, partner: { ...base.partner, plan: 'asfp' } })).toEqual([
      'partner.customerOnEA',
    ]);
    expect(factsStillNeeded({ ...base, partner: { ...base.partner, plan: 'none' } })).toEqual([
      'partner.partnerCenterAccess',
    ]);
  });

  it('expected hours are asked for consultations, unless the person declined to say', () => {
    const partner = { need: 'presales-consultation' as const, requester: 'partner' as const };
    expect(factsStillNeeded({ ...simpleFacts(), partner })).toEqual(['partner.expectedHours']);
    expect(
      factsStillNeeded({ ...simpleFacts(), partner }, { declined: ['partner.expectedHours'] }),
    ).toEqual(['partner.partnerCenterAccess']);
  });
});

describe('factsStillNeeded: facts the person does not know', () => {
  const postSalesContract = { supportContract: true, salesStage: 'postsales' } as const;

  it('an unknown fact is never asked again; the questions go on with the rest', () => {
    expect(
      factsStillNeeded(
        { ...postSalesContract, gpuOrRestricted: false },
        { unknown: ['quotaGroupVcpus'] },
      ),
    ).toEqual([
      'monthlySpendUsd',
      'subscriptions',
      'regions',
      'vmSkus',
      'designReview',
      'processCoordination',
    ]);
  });

  it('what matters in one case only is still asked: a large spend settles nothing about coordination', () => {
    const facts = { ...postSalesContract, gpuOrRestricted: false, monthlySpendUsd: 60_000 };
    // Large whatever the vCPUs: nothing more is needed.
    expect(factsStillNeeded(facts, { unknown: ['quotaGroupVcpus'] })).toEqual([]);
    // Small spend: the tier rests on the vCPUs, so the rest of the tier and what follows it
    // is asked, for the case of 500 vCPUs or fewer.
    expect(
      factsStillNeeded({ ...facts, monthlySpendUsd: 100 }, { unknown: ['quotaGroupVcpus'] }),
    ).toEqual(['subscriptions', 'regions', 'vmSkus', 'designReview', 'processCoordination']);
  });

  it('with everything but the unknown fact given, nothing is needed', () => {
    const { quotaGroupVcpus: _unknown, ...rest } = simpleFacts({ processCoordination: true });
    expect(factsStillNeeded(rest, { unknown: ['quotaGroupVcpus'] })).toEqual([]);
  });

  it('an unknown optional fact is not taken as absent: the hours are not assumed short', () => {
    const partner = { need: 'presales-consultation' as const, requester: 'partner' as const };
    expect(
      factsStillNeeded(
        { partner },
        { declined: ['partner.expectedHours'], unknown: ['partner.expectedHours'] },
      ),
    ).toEqual(['partner.partnerCenterAccess']);
  });
});

describe('factsStillNeeded: numbers known as a side of a threshold', () => {
  it('a range that answers the threshold the rules read is enough', () => {
    const facts = {
      supportContract: true,
      salesStage: 'postsales' as const,
      gpuOrRestricted: false,
      ranges: { quotaGroupVcpus: { gt: 500 } },
    };
    expect(factsStillNeeded(facts)).toEqual([]);
  });

  it('a range that does not answer it leaves the fact needed', () => {
    const facts = {
      supportContract: true,
      salesStage: 'postsales' as const,
      gpuOrRestricted: false,
      ranges: { quotaGroupVcpus: { gt: 300 } },
    };
    expect(factsStillNeeded(facts)[0]).toBe('quotaGroupVcpus');
  });

  it('"at most 500" leaves the other tier facts to ask', () => {
    expect(
      factsStillNeeded({
        supportContract: true,
        salesStage: 'postsales',
        gpuOrRestricted: false,
        ranges: { quotaGroupVcpus: { lte: 500 } },
      }),
    ).toEqual([
      'monthlySpendUsd',
      'subscriptions',
      'regions',
      'vmSkus',
      'designReview',
      'processCoordination',
    ]);
  });
});

describe("factsStillNeeded: a partner's own request asks only what the partner rule needs", () => {
  it.each([
    ['a security vulnerability', { need: 'security-vulnerability' }, []],
    ['an end customer asking', { requester: 'end-customer' }, ['partner.need']],
    ['go-to-market', { need: 'go-to-market' }, ['partner.requester']],
    ['break-fix', { need: 'break-fix', requester: 'partner' }, ['partner.plan']],
    [
      'architecture',
      { need: 'architecture', requester: 'partner' },
      ['partner.customerOpportunity', 'partner.expectedHours'],
    ],
    [
      'a pre-sales consultation',
      { need: 'presales-consultation', requester: 'partner' },
      ['partner.expectedHours'],
    ],
  ] as const)('%s: no capacity questions', (_name, partner, needed) => {
    expect(factsStillNeeded({ partner }, { scope: 'partner' })).toEqual(needed);
    // Partner facts alone say the same.
    expect(factsStillNeeded({ partner })).toEqual(needed);
  });

  it("a partner's request with nothing said yet asks only partner questions", () => {
    expect(factsStillNeeded({}, { scope: 'partner' })).toEqual([
      'partner.requester',
      'partner.need',
      'partner.plan',
      'partner.customerOpportunity',
      'partner.expectedHours',
    ]);
  });

  it('asked about both, the capacity questions come first, then the partner ones', () => {
    expect(factsStillNeeded({ gpuOrRestricted: true }, { scope: 'both' })).toEqual([
      'supportContract',
      'salesStage',
      'partner.requester',
      'partner.need',
      'partner.plan',
      'partner.customerOpportunity',
      'partner.expectedHours',
    ]);
  });
});

describe('recommend with facts that were never needed', () => {
  it('decides a GPU customer without sizing facts', () => {
    const result = recommend({
      supportContract: true,
      salesStage: 'postsales',
      gpuOrRestricted: true,
    });
    expect(result).toMatchObject({ owner: 'CSA', tier: 'restricted' });
    // Facts never given have no nearest change.
    const whatIf = hasOwner(result) ? result.whatIf : [];
    expect(whatIf.map((entry) => entry.fact)).not.toContain('vmSkus');
  });

  it('refuses to guess when a deciding fact is missing, naming what is needed', () => {
    expect(() => recommend({ supportContract: true, gpuOrRestricted: true })).toThrow(
      UndecidedError,
    );
    try {
      recommend({ supportContract: true, gpuOrRestricted: true });
    } catch (error) {
      expect((error as UndecidedError).needed).toEqual(['salesStage']);
    }
  });

  it('refuses partial partner facts', () => {
    expect(() => recommend({ ...simpleFacts(), partner: { need: 'break-fix' } })).toThrow(
      /partner\.requester, partner\.plan/,
    );
  });
});
