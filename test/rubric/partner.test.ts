import { hasOwner, recommend, UndecidedError } from '../../src/rubric';
import { partnerFacts, simpleFacts } from '../support/facts';

const withPartner = (overrides: Parameters<typeof partnerFacts>[0]) =>
  recommend(simpleFacts({ partner: partnerFacts(overrides) })).supportOption;

describe('partner support option (SPEC.md, seed 003): first rule that matches', () => {
  it('is null when nobody asked about partner support', () => {
    expect(recommend(simpleFacts()).supportOption).toBeNull();
  });

  it.each([
    ['security vulnerability', { need: 'security-vulnerability' }, 'MSRC'],
    [
      'security beats an end-customer request',
      { need: 'security-vulnerability', requester: 'end-customer' },
      'MSRC',
    ],
    [
      'end customer using the partner entitlement',
      { need: 'break-fix', requester: 'end-customer', plan: 'asfp' },
      'refused',
    ],
    ['break-fix with ASfP', { need: 'break-fix', plan: 'asfp' }, 'ASfP'],
    ['break-fix with PSfP', { need: 'break-fix', plan: 'psfp' }, 'PSfP'],
    ['break-fix with no plan', { need: 'break-fix', plan: 'none' }, 'Partner Center support'],
    [
      'break-fix with a customer opportunity is still not the Desk',
      { need: 'break-fix', customerOpportunity: true },
      'Partner Center support',
    ],
    [
      'architecture with a customer, short',
      { need: 'architecture', customerOpportunity: true, expectedHours: 10 },
      'Architecture Desk',
    ],
    [
      'architecture with a customer, exactly 25 hours',
      { need: 'architecture', customerOpportunity: true, expectedHours: 25 },
      'Architecture Desk',
    ],
    [
      'architecture with a customer, hours not given',
      { need: 'architecture', customerOpportunity: true },
      'Architecture Desk',
    ],
    [
      'architecture with a customer, 26 hours',
      { need: 'architecture', customerOpportunity: true, expectedHours: 26 },
      'PSfP',
    ],
    [
      'architecture without a customer (generic Q&A)',
      { need: 'architecture', customerOpportunity: false },
      'TPD',
    ],
    ['presales consultation, short', { need: 'presales-consultation', expectedHours: 25 }, 'TPD'],
    [
      'presales consultation, 26 hours',
      { need: 'presales-consultation', expectedHours: 26 },
      'PSfP',
    ],
    ['go-to-market', { need: 'go-to-market' }, 'Cloud Enablement Desk'],
  ] as const)('%s → %s', (_name, overrides, option) => {
    expect(withPartner(overrides)?.option).toBe(option);
  });

  it('ASfP for an EA customer is allowed once the partner requests a relationship', () => {
    const option = withPartner({ need: 'break-fix', plan: 'asfp', customerOnEA: true });
    expect(option?.caveats).toEqual(
      expect.arrayContaining([expect.stringMatching(/requested a relationship with the customer/)]),
    );
  });

  it('break-fix prefers the partner plan and says TPD and the Desk exclude it', () => {
    const option = withPartner({ need: 'break-fix', plan: 'psfp' });
    expect(option?.caveats).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/customer's hours or incidents are not deducted/),
        expect.stringMatching(/PSfP may deduct incidents or time/),
        expect.stringMatching(/Not TPD or the Architecture Desk/),
      ]),
    );
    expect(option?.caveats.join(' ')).not.toMatch(/relationship/);
  });

  it('a refused end-customer request carries no break-fix routing caveats', () => {
    const option = withPartner({ need: 'break-fix', requester: 'end-customer', plan: 'asfp' });
    expect(option?.option).toBe('refused');
    expect(option?.caveats).toEqual([]);
  });

  it('TPD without Partner Center access says so', () => {
    const option = withPartner({ need: 'presales-consultation', partnerCenterAccess: false });
    expect(option?.option).toBe('TPD');
    expect(option?.caveats).toEqual(
      expect.arrayContaining([expect.stringMatching(/Partner Center access/)]),
    );
  });

  it('TPD with Partner Center access has no access caveat', () => {
    const option = withPartner({ need: 'presales-consultation', partnerCenterAccess: true });
    expect(option?.caveats.join(' ')).not.toMatch(/Partner Center access/);
  });

  it('architecture without a customer explains why the Desk does not take it', () => {
    const option = withPartner({ need: 'architecture', customerOpportunity: false });
    expect(option?.caveats).toEqual(
      expect.arrayContaining([expect.stringMatching(/not generic Q&A/)]),
    );
  });

  it('over 25 hours carries the TPD cap caveat', () => {
    const option = withPartner({ need: 'architecture', expectedHours: 40 });
    expect(option?.option).toBe('PSfP');
    expect(option?.caveats).toEqual(
      expect.arrayContaining([expect.stringMatching(/TPD caps at 25 hours/)]),
    );
  });

  it.each([
    ['MSRC', { need: 'security-vulnerability' }, /msrc/i],
    ['refused', { requester: 'end-customer' }, /report-problems-on-behalf/],
    [
      'Architecture Desk',
      { need: 'architecture', customerOpportunity: true },
      /^mailto:PADesk@microsoft\.com$/,
    ],
    ['Cloud Enablement Desk', { need: 'go-to-market' }, /cednominate/],
    ['TPD', { need: 'presales-consultation' }, /technical-benefits/],
  ] as const)('%s comes with its seed link', (_option, overrides, url) => {
    const links = withPartner(overrides)?.links.map((link) => link.url) ?? [];
    expect(links.some((link) => url.test(link))).toBe(true);
  });

  it('the partner rule and its caveats are listed among the rules that fired', () => {
    const result = recommend(
      simpleFacts({
        partner: partnerFacts({ need: 'break-fix', plan: 'asfp', customerOnEA: true }),
      }),
    );
    expect(result.rules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['partner.break-fix.asfp', 'caveat.asfp.customer-on-ea']),
    );
  });
});

describe("a partner's own request: a support option and no owner", () => {
  it.each([
    ['a security vulnerability', { need: 'security-vulnerability' }, 'MSRC'],
    [
      'an end customer using the entitlement',
      { need: 'break-fix', requester: 'end-customer' },
      'refused',
    ],
    ['go-to-market', { need: 'go-to-market', requester: 'partner' }, 'Cloud Enablement Desk'],
    [
      'break-fix with ASfP',
      { need: 'break-fix', requester: 'partner', plan: 'asfp', customerOnEA: false },
      'ASfP',
    ],
    [
      'a consultation with Partner Center access',
      { need: 'presales-consultation', requester: 'partner', partnerCenterAccess: true },
      'TPD',
    ],
  ] as const)('%s → %s, with no capacity facts', (_name, partner, option) => {
    const result = recommend({ partner });
    expect(result).toMatchObject({ scope: 'partner', owner: null, supportOption: { option } });
    expect(result.rules.every((rule) => /^(partner|caveat)\./.test(rule.id))).toBe(true);
    expect(hasOwner(result)).toBe(false);
  });

  it('the account name alone does not make it a capacity request', () => {
    expect(
      recommend({ account: 'Fabrikam', partner: { need: 'security-vulnerability' } }),
    ).toMatchObject({
      scope: 'partner',
    });
  });

  it('asked about both, the capacity facts are needed too', () => {
    expect(() =>
      recommend({ partner: { need: 'security-vulnerability' } }, { scope: 'both' }),
    ).toThrow(UndecidedError);
  });

  it('with facts about the customer too, both an owner and the support option', () => {
    const result = recommend(simpleFacts({ partner: partnerFacts({ need: 'go-to-market' }) }));
    expect(result).toMatchObject({
      scope: 'both',
      owner: 'self-serve',
      supportOption: { option: 'Cloud Enablement Desk' },
    });
  });

  it('a capacity request can be told to leave the partner out', () => {
    const result = recommend(simpleFacts({ partner: partnerFacts() }), { scope: 'capacity' });
    expect(result).toMatchObject({ scope: 'capacity', supportOption: null });
  });
});
