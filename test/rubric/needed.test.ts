import { factsStillNeeded, recommend, UndecidedError } from '../../src/rubric';
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

describe('recommend with facts that were never needed', () => {
  it('decides a GPU customer without sizing facts', () => {
    const result = recommend({
      supportContract: true,
      salesStage: 'postsales',
      gpuOrRestricted: true,
    });
    expect(result).toMatchObject({ owner: 'CSA', tier: 'restricted' });
    // Facts never given have no nearest change.
    expect(result.whatIf.map((entry) => entry.fact)).not.toContain('vmSkus');
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
