import { recommend } from '../../src/rubric';
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
    [
      true,
      'postsales',
      false,
      false,
      'self-serve',
      'CSAM coordinates, escalates to CSA for complex design',
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
