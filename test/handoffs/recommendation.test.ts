import { handoffWorkflowCard } from '../../src/cards';
import { HandoffRecord, StoredRecommendation } from '../../src/handoffs';
import { recommend } from '../../src/rubric';
import { partnerFacts, simpleFacts } from '../support/facts';
import { proposed } from './support/records';

/** A recommendation exactly as rubric 1.0.0 stored it (before scopes, rule words, tier meanings). */
const STORED_BY_1_0_0 = {
  rubricVersion: '1.0.0',
  owner: 'CSA',
  action: 'Run an engineering design review',
  tier: 'broad',
  tierRoles: { owner: 'CSA leads design', csaInvolvement: 'CSAM coordinates execution' },
  technicalComplexity: true,
  lifecycle: 'CSAM coordinates, escalates to CSA for complex design',
  afterSale: null,
  blockers: [],
  rules: [
    { id: 'tier.broad', source: '000_666a76bb29a055ec.txt › Objective complexity rubric' },
    { id: 'owner.contract.postsales.complex', source: '000_666a76bb29a055ec.txt › Concept map' },
    { id: 'rule.since.removed', source: '000_666a76bb29a055ec.txt › Somewhere' },
  ],
  whatIf: [
    { fact: 'vmSkus', change: '9 VM SKUs or fewer', value: 9, owner: 'CSAM' },
    { fact: 'quotaGroupVcpus', change: '501 vCPUs … or more', value: 501, owner: 'CSA' },
    { fact: 'supportContract', change: 'without a support contract', value: false, owner: 'SE' },
    {
      fact: 'designReview',
      change: 'a forecast validation design review',
      value: ['forecast'],
      owner: 'CSA',
    },
  ],
  roles: [{ role: 'CSA', does: 'Executes.', doesNot: 'Works with delegated access.' }],
  supportOption: null,
  resources: [{ title: 'azcapman guides', url: 'https://aka.ms/azcapman' }],
  engagements: [],
};

describe('the stored copy of a recommendation', () => {
  it('keeps exactly what recommend returned, for an owner and for a partner alone', () => {
    for (const facts of [
      simpleFacts({ vmSkus: 14 }),
      simpleFacts({ partner: partnerFacts({ need: 'break-fix', plan: 'asfp' }) }),
      { partner: { need: 'security-vulnerability' as const } },
    ]) {
      const recommendation = recommend(facts);
      expect(StoredRecommendation.parse(JSON.parse(JSON.stringify(recommendation)))).toEqual(
        JSON.parse(JSON.stringify(recommendation)),
      );
    }
  });

  it('reads what rubric 1.0.0 stored, in the shape of today', () => {
    const read = StoredRecommendation.parse(STORED_BY_1_0_0);
    expect(read).toMatchObject({
      scope: 'capacity',
      owner: 'CSA',
      personaRoles: [
        { persona: 'CSA', role: 'leads design', leads: true },
        { persona: 'CSAM', role: 'coordinates execution', leads: false },
      ],
      tierMeaning: {
        owner: 'CSA',
        meaning: 'Broad: the CSA leads design; the CSAM coordinates execution.',
      },
    });
    // Rules gain today's words; one the rubric no longer has keeps its id.
    expect(read.rules.map((rule) => rule.says)).toEqual([
      recommend(simpleFacts({ vmSkus: 14 })).rules[0]!.says,
      expect.stringMatching(/^Post-sales with a support contract and technical complexity/),
      'rule.since.removed',
    ]);
    // What-ifs gain their change as a test, and always named an owner.
    expect(read.owner === null ? [] : read.whatIf).toEqual([
      {
        fact: 'vmSkus',
        change: { fact: 'vmSkus', is: 'lt', value: 10 },
        value: 9,
        owner: 'CSAM',
        needs: [],
      },
      {
        fact: 'quotaGroupVcpus',
        change: { fact: 'quotaGroupVcpus', is: 'gt', value: 500 },
        value: 501,
        owner: 'CSA',
        needs: [],
      },
      {
        fact: 'supportContract',
        change: { fact: 'supportContract', is: 'eq', value: false },
        value: false,
        owner: 'SE',
        needs: [],
      },
      {
        fact: 'designReview',
        change: { fact: 'designReview', is: 'includes', value: 'forecast' },
        value: ['forecast'],
        owner: 'CSA',
        needs: [],
      },
    ]);
  });

  it('an old record with a partner option was asked about both', () => {
    const read = StoredRecommendation.parse({
      ...STORED_BY_1_0_0,
      supportOption: { option: 'TPD', rationale: 'TPD.', caveats: [], links: [] },
    });
    expect(read.scope).toBe('both');
  });

  it('an old record without a contract: the SE, and the tier as it is without one', () => {
    const read = StoredRecommendation.parse({
      ...STORED_BY_1_0_0,
      owner: 'SE',
      tier: 'simple',
      afterSale: null,
    });
    expect(read).toMatchObject({
      tierMeaning: { owner: 'SE', meaning: expect.stringMatching(/^Simple: SE education/) },
    });
  });

  it('a handoff record stored by rubric 1.0.0 still shows its card', () => {
    const today = proposed();
    const old = HandoffRecord.parse({
      ...JSON.parse(JSON.stringify(today)),
      recommendation: STORED_BY_1_0_0,
      recommendedOwner: 'CSA',
    });
    const text = JSON.stringify(handoffWorkflowCard({ record: old }));
    expect(text).toContain('Customer Success Architect (CSA)');
    expect(text).toContain('Broad: the CSA leads design; the CSAM coordinates execution.');
    expect(text).toContain('rubric 1.0.0');
  });

  it("a partner's own request is proposed as a handoff with no recommended owner", () => {
    const partner = { need: 'go-to-market', requester: 'partner' } as const;
    const record = proposed({ facts: { account: 'Fabrikam', partner } });
    expect(record).toMatchObject({ recommendedOwner: null, recommendation: { scope: 'partner' } });
    expect(HandoffRecord.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(JSON.stringify(handoffWorkflowCard({ record }))).toContain('Cloud Enablement Desk');
  });

  it.each([
    ['a partner option with an owner scope', { ...STORED_BY_1_0_0, scope: 'partner' }],
    ['no owner for a capacity scope', { ...STORED_BY_1_0_0, owner: null }],
    [
      'a what-if of an unknown fact',
      { ...STORED_BY_1_0_0, whatIf: [{ fact: 'colour', change: 'x', value: 1, owner: 'SE' }] },
    ],
  ])('refuses %s', (_name, stored) => {
    expect(StoredRecommendation.safeParse(stored).success).toBe(false);
  });
});
