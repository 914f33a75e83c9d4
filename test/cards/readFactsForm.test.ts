import { factsFormCard, factsFormPrefill, readFactsForm } from '../../src/cards';
import type { FactPath, Facts } from '../../src/rubric';
import { describeAllowed, describeProblem, FACT_NAMES } from '../../src/words/facts';
import { partnerFacts, simpleFacts } from '../support/facts';
import { teamsSubmitOf } from './support/cardChecks';
import { expectNoConsoleOutput } from './support/quietConsole';
import { DECIDED_SCENARIOS } from './support/scenarios';

expectNoConsoleOutput();

/** A complete submit as Teams sends it: every value a string, the partner switch off. */
const TEAMS_SUBMIT: Record<string, unknown> = {
  verb: 'submitFacts',
  account: 'Contoso',
  salesStage: 'postsales',
  supportContract: 'true',
  subscriptions: '3',
  regions: '2',
  vmSkus: '14',
  quotaGroupVcpus: '600',
  monthlySpendUsd: '60000',
  gpuOrRestricted: 'false',
  processCoordination: 'true',
  designReview: 'forecast,quotaStrategy',
  phase: 'reserve',
  maturity: 'in-use',
  partnerAsking: 'false',
  partnerRequester: '',
  partnerNeed: '',
  partnerPlan: '',
  partnerCustomerOpportunity: 'false',
  partnerExpectedHours: '',
  partnerCenterAccess: 'false',
  partnerCustomerOnEA: 'false',
};

const FACTS: Facts = {
  account: 'Contoso',
  salesStage: 'postsales',
  supportContract: true,
  subscriptions: 3,
  regions: 2,
  vmSkus: 14,
  quotaGroupVcpus: 600,
  monthlySpendUsd: 60_000,
  gpuOrRestricted: false,
  processCoordination: true,
  designReview: ['forecast', 'quotaStrategy'],
  phase: 'reserve',
  maturity: 'in-use',
};

const PARTNER_ON = {
  partnerAsking: 'true',
  partnerRequester: 'partner',
  partnerNeed: 'break-fix',
  partnerPlan: 'asfp',
  partnerCustomerOpportunity: 'true',
  partnerCenterAccess: 'true',
  partnerCustomerOnEA: 'false',
};

const submit = (changes: Record<string, unknown>) => ({ ...TEAMS_SUBMIT, ...changes });
const without = (...ids: string[]) =>
  Object.fromEntries(Object.entries(TEAMS_SUBMIT).filter(([id]) => !ids.includes(id)));

describe('readFactsForm: only what the rules need is required', () => {
  it('a count the rules never reach may be left empty (a large tier needs no subscription count)', () => {
    const result = readFactsForm(submit({ subscriptions: '' }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.facts.subscriptions).toBeUndefined();
  });

  it('a go-to-market partner needs no support plan', () => {
    const result = readFactsForm(
      submit({
        partnerAsking: 'true',
        partnerNeed: 'go-to-market',
        partnerRequester: 'partner',
        partnerPlan: '',
      }),
    );
    expect(result).toMatchObject({ ok: true, facts: { partner: { need: 'go-to-market' } } });
  });
});

describe('readFactsForm: a form submit becomes facts', () => {
  it.each<[string, unknown, Facts]>([
    ['every value a string, as Teams sends them', TEAMS_SUBMIT, FACTS],
    [
      'numbers, booleans and a list, as other clients send them',
      submit({
        supportContract: true,
        subscriptions: 3,
        regions: 2,
        vmSkus: 14,
        quotaGroupVcpus: 600,
        monthlySpendUsd: 60_000,
        gpuOrRestricted: false,
        processCoordination: true,
        designReview: ['forecast', 'quotaStrategy'],
      }),
      FACTS,
    ],
    ['spaces around values', submit({ account: '  Contoso ', subscriptions: ' 3 ' }), FACTS],
    [
      'a decimal spend',
      submit({ monthlySpendUsd: '1234.5' }),
      { ...FACTS, monthlySpendUsd: 1234.5 },
    ],
    [
      'empty optional inputs are left out',
      submit({ account: '', phase: '', maturity: '  ' }),
      { ...FACTS, account: undefined, phase: undefined, maturity: undefined },
    ],
    ['no design review ticked: ""', submit({ designReview: '' }), { ...FACTS, designReview: [] }],
    ['no design review ticked: left out', without('designReview'), { ...FACTS, designReview: [] }],
    [
      'the partner switch off ignores partner inputs',
      submit({ ...PARTNER_ON, partnerAsking: 'false' }),
      FACTS,
    ],
    ['no partner switch at all', without('partnerAsking'), FACTS],
    [
      'the partner switch on reads the partner inputs; no hours means a short engagement',
      submit(PARTNER_ON),
      {
        ...FACTS,
        partner: partnerFacts({ need: 'break-fix', plan: 'asfp', customerOpportunity: true }),
      },
    ],
    [
      'expected hours when given',
      submit({ ...PARTNER_ON, partnerExpectedHours: '40' }),
      {
        ...FACTS,
        partner: {
          ...partnerFacts({ need: 'break-fix', plan: 'asfp', customerOpportunity: true }),
          expectedHours: 40,
        },
      },
    ],
  ])('%s', (_name, value, expected) => {
    const result = readFactsForm(value);
    expect(result).toEqual({ ok: true, facts: JSON.parse(JSON.stringify(expected)) });
  });

  it.each(DECIDED_SCENARIOS.filter(({ facts }) => facts.regions !== undefined))(
    'reads back what the form showed: $name',
    ({ facts }) => {
      const form = factsFormCard({ facts, verb: 'submitFacts' });
      const read = readFactsForm(teamsSubmitOf(form, 'submitFacts'));
      expect(read).toEqual({
        ok: true,
        facts: { ...facts, account: facts.account?.trim() || undefined },
      });
    },
  );
});

describe('readFactsForm: a bad submit comes back as problems naming the fact and what it allows', () => {
  const allowed = (fact: FactPath) => describeAllowed(fact);

  it.each<[string, Record<string, unknown>, FactPath, string]>([
    ['zero subscriptions', { subscriptions: '0' }, 'subscriptions', '(got 0)'],
    ['words for a count', { regions: 'two' }, 'regions', '(got "two")'],
    ['a fraction of a SKU', { vmSkus: '2.5' }, 'vmSkus', '(got 2.5)'],
    ['a negative count', { quotaGroupVcpus: '-1' }, 'quotaGroupVcpus', '(got -1)'],
    ['text for money', { monthlySpendUsd: '$60K' }, 'monthlySpendUsd', '(got "$60K")'],
    ['a switch that is neither', { supportContract: 'maybe' }, 'supportContract', '(got "maybe")'],
    ['an unknown stage', { salesStage: 'later' }, 'salesStage', '(got "later")'],
    ['no stage chosen', { salesStage: '' }, 'salesStage', 'I still need to know'],
    [
      'a count the tier needs left empty',
      {
        subscriptions: '',
        regions: '1',
        vmSkus: '3',
        quotaGroupVcpus: '100',
        monthlySpendUsd: '100',
      },
      'subscriptions',
      'I still need to know',
    ],
    ['an unknown design review', { designReview: 'forecast,typo' }, 'designReview', 'typo'],
    ['a design review twice', { designReview: 'forecast,forecast' }, 'designReview', 'only once'],
    ['an unknown phase', { phase: 'someday' }, 'phase', '(got "someday")'],
    ['an unknown maturity', { maturity: 'expert' }, 'maturity', '(got "expert")'],
    ['an account over 100 characters', { account: 'x'.repeat(101) }, 'account', '(got "xxx'],
    ['an object for a count', { subscriptions: { n: 3 } }, 'subscriptions', '(got {"n":3})'],
    [
      'a partner need missing',
      { ...PARTNER_ON, partnerNeed: '' },
      'partner.need',
      'I still need to know',
    ],
    [
      'an unknown partner plan',
      { ...PARTNER_ON, partnerPlan: 'gold' },
      'partner.plan',
      '(got "gold")',
    ],
    [
      'negative hours',
      { ...PARTNER_ON, partnerExpectedHours: '-5' },
      'partner.expectedHours',
      '(got -5)',
    ],
  ])('%s', (_name, changes, fact, detail) => {
    const result = readFactsForm(submit(changes));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((candidate) => candidate.fact === fact);
    // The fact in words, never by its JSON name.
    const message = describeProblem(problem!);
    expect(message).toContain(FACT_NAMES[fact]);
    expect(message.startsWith(fact)).toBe(false);
    expect(message).toContain(detail);
    if (!detail.includes('need to know') && fact !== 'designReview')
      expect(message).toContain(allowed(fact));
  });

  it('a partner switch that is neither on nor off names the switch', () => {
    const result = readFactsForm(submit({ partnerAsking: 'yes' }));
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'badSwitch', fact: 'partner', received: 'yes' }],
    });
  });

  it.each([
    ['text', 'hello'],
    ['null', null],
    ['a list', ['salesStage']],
  ])('a submit that is %s, not an object of inputs, is one problem', (_name, value) => {
    const result = readFactsForm(value);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toHaveLength(1);
  });

  it('an empty submit names every required fact, and nothing is defaulted', () => {
    const result = readFactsForm({ verb: 'submitFacts' });
    const named = result.ok ? [] : result.problems.map((problem) => problem.fact);
    expect(named).toEqual(
      expect.arrayContaining([
        'salesStage',
        'supportContract',
        'subscriptions',
        'regions',
        'vmSkus',
      ]),
    );
    expect(named).toEqual(
      expect.arrayContaining(['quotaGroupVcpus', 'monthlySpendUsd', 'gpuOrRestricted']),
    );
  });
});

describe('factsFormPrefill: keeps the answers of a rejected submit that are valid on their own', () => {
  it('drops the bad answers and keeps the rest', () => {
    const prefill = factsFormPrefill(
      submit({ subscriptions: '0', salesStage: 'later', ...PARTNER_ON, partnerPlan: 'gold' }),
    );
    expect(prefill).toEqual({
      ...FACTS,
      subscriptions: undefined,
      salesStage: undefined,
      partner: {
        requester: 'partner',
        need: 'break-fix',
        customerOpportunity: true,
        partnerCenterAccess: true,
        customerOnEA: false,
      },
    });
  });

  it('has nothing to keep from something that is not a submit', () => {
    expect(factsFormPrefill('hello')).toEqual({});
  });

  it('prefills the form sent back: valid answers win, a bad one leaves what was understood', () => {
    const card = factsFormCard({
      facts: simpleFacts({ regions: 5 }),
      submitted: submit({ regions: '7', vmSkus: 'many' }),
      verb: 'submitFacts',
    });
    const sent = teamsSubmitOf(card, 'submitFacts');
    expect(sent.regions).toBe('7');
    expect(sent.vmSkus).toBe('3');
  });
});
