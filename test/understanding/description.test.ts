import { type PartialFacts, parsePartialFacts } from '../../src/rubric';
import { understandDescription } from '../../src/understanding';

describe('understandDescription: one-line descriptions posted in channels', () => {
  it.each<[string, PartialFacts]>([
    // SPEC.md, "Who uses it and how"
    [
      '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU',
      { subscriptions: 3, regions: 2, vmSkus: 14, monthlySpendUsd: 60_000, gpuOrRestricted: true },
    ],
    [
      '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales',
      {
        subscriptions: 3,
        regions: 2,
        vmSkus: 14,
        monthlySpendUsd: 60_000,
        gpuOrRestricted: true,
        supportContract: true,
        salesStage: 'postsales',
      },
    ],
    [
      'no contract, pre-sales, single region, one subscription',
      { supportContract: false, salesStage: 'presales', regions: 1, subscriptions: 1 },
    ],
    [
      'without a support contract; 600 vCPUs; no GPU',
      { supportContract: false, quotaGroupVcpus: 600, gpuOrRestricted: false },
    ],
    [
      '600 cores in the largest quota group, needs process coordination',
      { quotaGroupVcpus: 600, processCoordination: true },
    ],
    ['3 subscriptions in 2 regions', { subscriptions: 3, regions: 2 }],
    ['$60,000/month and 10 VM SKUs', { monthlySpendUsd: 60_000, vmSkus: 10 }],
    ['spend 45k monthly', { monthlySpendUsd: 45_000 }],
    ['a dozen SKUs, two regions', { vmSkus: 12, regions: 2 }],
    [
      'forecast review, architecture review and quota strategy review',
      { designReview: ['forecast', 'architecture', 'quotaStrategy'] },
    ],
    ['forecast and architecture reviews', { designReview: ['forecast', 'architecture'] }],
    [
      'no design review needed, no process coordination',
      { designReview: [], processCoordination: false },
    ],
    ['reserve phase, cloud is in use', { phase: 'reserve', maturity: 'in-use' }],
    ['access & quota; cloud affine', { phase: 'access-quota', maturity: 'affine' }],
    ['govern and ship, forecast phase', {}],
    ['Govern & Ship, in use', { phase: 'govern-ship', maturity: 'in-use' }],
    // accounts
    ['for Contoso', { account: 'Contoso' }],
    ['account: Contoso Ltd, 3 subs', { account: 'Contoso Ltd', subscriptions: 3 }],
    [
      'Contoso: 3 subscriptions, GPU, post-sales',
      { account: 'Contoso', subscriptions: 3, gpuOrRestricted: true, salesStage: 'postsales' },
    ],
    ['GPU capacity for Fabrikam Inc', { account: 'Fabrikam Inc', gpuOrRestricted: true }],
    // mixed case and odd punctuation
    ['SUBSCRIPTIONS: 3;  Regions: 2!!', { subscriptions: 3, regions: 2 }],
    [
      'NO CONTRACT... Post-Sales!!! 14 skus',
      { supportContract: false, salesStage: 'postsales', vmSkus: 14 },
    ],
    [
      '  gpu ,, contract ;; presales  ',
      { gpuOrRestricted: true, supportContract: true, salesStage: 'presales' },
    ],
    ['who should own this? 3 subs, GPU', { subscriptions: 3, gpuOrRestricted: true }],
    // partner descriptions
    [
      'partner needs break-fix, ASfP, end customer asking',
      { partner: { need: 'break-fix', plan: 'asfp', requester: 'end-customer' } },
    ],
    [
      'PSfP, go-to-market, 40 hours, on EA, named customer opportunity, has Partner Center access',
      {
        partner: {
          plan: 'psfp',
          need: 'go-to-market',
          expectedHours: 40,
          customerOnEA: true,
          customerOpportunity: true,
          partnerCenterAccess: true,
        },
      },
    ],
    [
      'security vulnerability reported by the partner',
      { partner: { need: 'security-vulnerability' } },
    ],
    [
      'partner needs architecture, not on EA',
      { partner: { need: 'architecture', customerOnEA: false } },
    ],
    [
      'no partner center access, partner asking',
      { partner: { partnerCenterAccess: false, requester: 'partner' } },
    ],
  ])('%j', (text, facts) => {
    const result = understandDescription(text);
    expect(result.facts).toEqual(facts);
    expect(parsePartialFacts(result.facts).ok).toBe(true);
  });

  it('lists what it understood in the rubric order', () => {
    expect(understandDescription('GPU, Contoso: 2 regions, post-sales').understood).toEqual([
      'salesStage',
      'regions',
      'gpuOrRestricted',
    ]);
    expect(understandDescription('ASfP, for Contoso, 3 subs').understood).toEqual([
      'account',
      'subscriptions',
      'partner.plan',
    ]);
  });

  it.each<[string, boolean]>([
    ['TPD question', true],
    ['partner', true],
    ['40 hours', true],
    ['ASfP', true],
    ['3 subscriptions, GPU', false],
    ['customer has a contract', false],
  ])('%j: partner asked is %s', (text, partnerAsked) => {
    expect(understandDescription(text).partnerAsked).toBe(partnerAsked);
  });

  it.each<[string, PartialFacts, string[]]>([
    [
      'GPU, frobnicate the widgets, 3 subscriptions',
      { gpuOrRestricted: true, subscriptions: 3 },
      ['frobnicate the widgets'],
    ],
    ['GPU?', {}, ['GPU']],
    ['maybe post-sales, 2 regions', { regions: 2 }, ['maybe post-sales']],
    ['contract, probably GPU', { supportContract: true }, ['probably GPU']],
    // said both ways: neither is taken
    ['GPU, 3 regions, no GPU', { regions: 3 }, ['GPU', 'no GPU']],
    ['2 regions, 3 regions', {}, ['2 regions', '3 regions']],
    ['no design review, forecast review', {}, ['no design review', 'forecast review']],
    // numbers that count nothing, or could be either
    ['60k', {}, ['60k']],
    ['$60k-$70k a month', {}, ['$60k-$70k a month']],
    ['8 H100 GPUs', { gpuOrRestricted: true }, ['8 H100 GPUs']],
    ['multi-region, post-sales', { salesStage: 'postsales' }, ['multi-region']],
    // not US dollars, not monthly, not whole
    ['€50k a month', {}, ['€50k a month']],
    ['$720K a year, GPU', { gpuOrRestricted: true }, ['$720K a year']],
    ['1.5 regions', {}, ['1.5 regions']],
    ['0 subscriptions', {}, ['0 subscriptions']],
    // "forecast" alone could be the phase or the review
    ['forecast, contract', { supportContract: true }, ['forecast']],
    ['not post-sales', {}, ['not post-sales']],
    ['lorem ipsum dolor', {}, ['lorem ipsum dolor']],
  ])('%j keeps %j and ignores %j', (text, facts, ignored) => {
    const result = understandDescription(text);
    expect(result.facts).toEqual(facts);
    expect(result.ignored).toEqual(ignored);
  });

  it.each(['', '   ', 'hi team, thanks!', 'please', "who should own this customer's capacity?"])(
    '%j says nothing and ignores nothing',
    (text) => {
      expect(understandDescription(text)).toEqual({
        facts: {},
        partnerAsked: false,
        understood: [],
        ignored: [],
      });
    },
  );

  it('keeps an account name literally, markup and all, and never longer than 100 characters', () => {
    expect(understandDescription('account: ${env.SECRET} <b>Contoso</b>').facts).toEqual({
      account: '${env.SECRET} <b>Contoso</b>',
    });
    const long = `account: ${'X'.repeat(101)}`;
    expect(understandDescription(long).facts).toEqual({});
    expect(understandDescription(long).ignored).toEqual([long]);
  });

  it('reads only the first 1,000 characters and reports the rest', () => {
    const text = `GPU, ${'x'.repeat(995)}3 subscriptions`;
    const result = understandDescription(text);
    expect(result.facts).toEqual({ gpuOrRestricted: true });
    expect(result.ignored[result.ignored.length - 1]).toBe('3 subscriptions');
  });
});

describe('understandDescription: account names', () => {
  it.each<[string, PartialFacts]>([
    ['Tailspin Toys is growing fast, 3 subs', { account: 'Tailspin Toys', subscriptions: 3 }],
    ['Premier Foods has 2 regions', { account: 'Premier Foods', regions: 2 }],
    ['They have Premier, 2 regions', { supportContract: true, regions: 2 }],
    ['for Contoso: 3 subs, GPU', { account: 'Contoso', subscriptions: 3, gpuOrRestricted: true }],
  ])('%j', (text, facts) => {
    expect(understandDescription(text).facts).toEqual(facts);
  });

  it.each<[string, PartialFacts]>([
    [
      'Fabrikam, post-sales, 3 subs',
      { account: 'Fabrikam', salesStage: 'postsales', subscriptions: 3 },
    ],
    ['Unified Logistics, GPU', { account: 'Unified Logistics', gpuOrRestricted: true }],
    ['Premier, GPU', { supportContract: true, gpuOrRestricted: true }],
    ['Contoso GPU', { account: 'Contoso', gpuOrRestricted: true }],
  ])('after a command, %j', (text, facts) => {
    expect(understandDescription(text, { commandText: true }).facts).toEqual(facts);
  });

  it('takes a capitalised first word alone as a name only after a command', () => {
    expect(understandDescription('Fabrikam, post-sales').facts).toEqual({
      salesStage: 'postsales',
    });
  });
});
