import { type Facts, recommend } from '../../src/rubric';
import { simpleFacts } from '../support/facts';

describe('owner: decision tree and engagement lifecycle matrix (seed 000)', () => {
  // Every contract × sales-stage cell, with and without technical complexity.
  it.each([
    // contract, stage, complex, coordination → owner, lifecycle, after-sale owner
    [false, 'presales', false, false, 'SE', 'SE educates, shares aka.ms/azcapman', null],
    [false, 'presales', true, true, 'SE', 'SE educates, shares aka.ms/azcapman', null],
    [false, 'postsales', false, true, 'SE', 'SE re-engages if customer returns', null],
    [false, 'postsales', true, false, 'SE', 'SE re-engages if customer returns', null],
    [
      true,
      'presales',
      false,
      false,
      'SE',
      'SE educates + CSAM plans post-sale engagement',
      'self-serve',
    ],
    [true, 'presales', false, true, 'SE', 'SE educates + CSAM plans post-sale engagement', 'CSAM'],
    [true, 'presales', true, false, 'SE', 'SE educates + CSAM plans post-sale engagement', 'CSA'],
    [
      true,
      'postsales',
      true,
      true,
      'CSA',
      'CSAM coordinates, escalates to CSA for complex design',
      null,
    ],
    [
      true,
      'postsales',
      true,
      false,
      'CSA',
      'CSAM coordinates, escalates to CSA for complex design',
      null,
    ],
    [
      true,
      'postsales',
      false,
      true,
      'CSAM',
      'CSAM coordinates, escalates to CSA for complex design',
      null,
    ],
    // The matrix cell reads "CSAM coordinates" even where no CSAM is needed: say what happens.
    [
      true,
      'postsales',
      false,
      false,
      'self-serve',
      'The customer self-serves with the azcapman docs; a CSAM coordinates if the process needs it, a CSA for complex design',
      null,
    ],
  ] as const)(
    'contract %s, %s, complex %s, coordination %s → %s',
    (supportContract, salesStage, complex, processCoordination, owner, lifecycle, afterSale) => {
      const result = recommend(
        simpleFacts({ supportContract, salesStage, processCoordination, regions: complex ? 2 : 1 }),
      );
      expect(result.owner).toBe(owner);
      expect(result.lifecycle).toBe(lifecycle);
      expect(result.afterSale).toEqual(afterSale === null ? null : { owner: afterSale });
    },
  );

  it('a design review trigger alone sends a supported post-sales customer to the CSA', () => {
    const result = recommend(
      simpleFacts({ designReview: ['architecture'], processCoordination: true }),
    );
    expect(result.owner).toBe('CSA');
    expect(result.rules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['complexity.technical', 'owner.contract.postsales.complex']),
    );
  });

  it('without a contract, technical complexity is a blocker that says what the tier needs', () => {
    const result = recommend(simpleFacts({ supportContract: false, quotaGroupVcpus: 800 }));
    expect(result.owner).toBe('SE');
    expect(result.blockers).toEqual([
      {
        id: 'contract-needed',
        text: expect.stringContaining('CSAM/CSA engagement needs a support contract'),
      },
    ]);
    expect(result.blockers[0]!.text).toContain(
      'large tier means: CSA required; CSAM tracks milestones',
    );
  });

  it.each([
    ['no contract, simple', { supportContract: false }],
    ['contract, complex', { regions: 4 }],
  ] as const)('no blocker when %s', (_name, overrides) => {
    expect(recommend(simpleFacts(overrides)).blockers).toEqual([]);
  });

  it('pre-sales with a contract lists the after-sale owner rule among the rules that fired', () => {
    const result = recommend(simpleFacts({ salesStage: 'presales', gpuOrRestricted: true }));
    expect(result.rules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['owner.contract.presales', 'owner.contract.postsales.complex']),
    );
    expect(result.afterSale).toEqual({ owner: 'CSA' });
  });

  it('every recommendation shows the three role boundaries', () => {
    const result = recommend(simpleFacts());
    expect(result.roles.map((role) => role.role)).toEqual(['CSAM', 'SE', 'CSA']);
    expect(result.roles[0]!.doesNot).toMatch(/not execute technical configuration/);
    expect(result.roles[1]!.doesNot).toMatch(/not access customer environments/);
    expect(result.roles[2]!.does).toMatch(/Executes/);
  });
});

describe('what the tier means for the owner (rule data, seed 000 tables)', () => {
  it.each([
    // overrides → owner, the owner the meaning is for, the meaning
    ['no contract, simple', { supportContract: false }, 'SE', 'SE', /^Simple: SE education/],
    [
      'no contract, large',
      { supportContract: false, quotaGroupVcpus: 900 },
      'SE',
      'SE',
      /^Above simple: it calls for CSAM and CSA help, which needs a support contract/,
    ],
    [
      'CSA, restricted',
      { gpuOrRestricted: true },
      'CSA',
      'CSA',
      /^Restricted: CSA required; the SE/,
    ],
    [
      'CSA, large',
      { monthlySpendUsd: 60_000 },
      'CSA',
      'CSA',
      /^Large: CSA required; the CSAM tracks/,
    ],
    [
      'CSA, broad',
      { regions: 2 },
      'CSA',
      'CSA',
      /^Broad: the CSA leads design; the CSAM coordinates/,
    ],
    [
      'CSA, simple with a design review',
      { designReview: ['forecast'] },
      'CSA',
      'CSA',
      /^Simple, with an engineering design review: the CSA runs the review/,
    ],
    [
      'CSAM, simple',
      { processCoordination: true },
      'CSAM',
      'CSAM',
      /^Simple: the CSAM coordinates/,
    ],
    ['self-serve, simple', {}, 'self-serve', 'self-serve', /^Simple: no CSAM or CSA needed now/],
    [
      'pre-sales with a contract: the tier for the owner after the sale',
      { salesStage: 'presales', vmSkus: 12 },
      'SE',
      'CSA',
      /^Broad: the CSA leads design/,
    ],
  ] as const)('%s', (_name, overrides, owner, meaningFor, meaning) => {
    const result = recommend(simpleFacts(overrides as Partial<Facts>));
    expect(result.owner).toBe(owner);
    expect(result.tierMeaning.owner).toBe(meaningFor);
    expect(result.tierMeaning.meaning).toMatch(meaning);
    expect(result.rules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^tier-meaning\./)]),
    );
  });

  it.each([
    ['SE without a contract', { supportContract: false }],
    ['self-serve', {}],
  ] as const)('an owner who is not the CSAM is never told the CSAM coordinates: %s', (_n, o) => {
    const result = recommend(simpleFacts(o));
    expect(result.tierMeaning.meaning).not.toMatch(/^Simple: the CSAM coordinates/);
    expect(result.lifecycle).not.toMatch(/^CSAM coordinates/);
  });
});
