import {
  factsFormCard,
  factsFormPrefill,
  FORM_FIELDS,
  FormProblem,
  readFactsForm,
} from '../../src/cards';
import { formProblemText } from '../../src/words/forms';
import { type Facts } from '../../src/rubric';
import { partnerFacts, simpleFacts } from '../support/facts';
import { teamsSubmitOf } from './support/cardChecks';
import { expectNoConsoleOutput } from './support/quietConsole';
import { BAD_SUBMIT, DECIDED_SCENARIOS } from './support/scenarios';

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

describe('readFactsForm: a bad submit comes back as problems, each naming its input', () => {
  it.each<[string, Record<string, unknown>, FormProblem]>([
    [
      'zero subscriptions',
      { subscriptions: '0' },
      {
        code: 'too_small',
        field: 'subscriptions',
        fact: 'subscriptions',
        received: '0',
        minimum: 1,
      },
    ],
    [
      'words for a count',
      { regions: 'two' },
      { code: 'not_a_number', field: 'regions', fact: 'regions', received: 'two' },
    ],
    [
      'a fraction of a SKU',
      { vmSkus: '12.5' },
      { code: 'not_whole', field: 'vmSkus', fact: 'vmSkus', received: '12.5' },
    ],
    [
      'a negative count',
      { quotaGroupVcpus: '-1' },
      {
        code: 'too_small',
        field: 'quotaGroupVcpus',
        fact: 'quotaGroupVcpus',
        received: '-1',
        minimum: 0,
      },
    ],
    [
      'text for money',
      { monthlySpendUsd: '$60K' },
      { code: 'not_a_number', field: 'monthlySpendUsd', fact: 'monthlySpendUsd', received: '$60K' },
    ],
    [
      'more money than there is',
      { monthlySpendUsd: '2e12' },
      {
        code: 'too_large',
        field: 'monthlySpendUsd',
        fact: 'monthlySpendUsd',
        received: '2000000000000',
        maximum: 1e12,
      },
    ],
    [
      'a yes/no that is neither',
      { supportContract: 'maybe' },
      { code: 'not_yes_no', field: 'supportContract', fact: 'supportContract', received: 'maybe' },
    ],
    [
      'an unknown stage',
      { salesStage: 'later' },
      { code: 'not_a_choice', field: 'salesStage', fact: 'salesStage', received: ['later'] },
    ],
    [
      'no stage chosen',
      { salesStage: '' },
      { code: 'required', field: 'salesStage', fact: 'salesStage' },
    ],
    [
      'coordination left empty when the rules need it',
      {
        processCoordination: '',
        quotaGroupVcpus: '100',
        monthlySpendUsd: '100',
        subscriptions: '1',
        regions: '1',
        vmSkus: '3',
        designReview: '',
      },
      { code: 'required', field: 'processCoordination', fact: 'processCoordination' },
    ],
    [
      'an unknown design review',
      { designReview: 'forecast,typo' },
      { code: 'not_a_choice', field: 'designReview', fact: 'designReview', received: ['typo'] },
    ],
    [
      'a design review twice',
      { designReview: 'forecast,forecast' },
      {
        code: 'repeated_choice',
        field: 'designReview',
        fact: 'designReview',
        received: 'forecast',
      },
    ],
    [
      'an account over 100 characters',
      { account: 'x'.repeat(101) },
      { code: 'too_long', field: 'account', fact: 'account', length: 101, maximum: 100 },
    ],
    [
      'an object for a count',
      { subscriptions: { n: 3 } },
      { code: 'not_a_number', field: 'subscriptions', fact: 'subscriptions', received: '{"n":3}' },
    ],
    [
      'a partner need missing',
      { ...PARTNER_ON, partnerNeed: '' },
      { code: 'required', field: 'partnerNeed', fact: 'partner.need' },
    ],
    [
      'an unknown partner plan',
      { ...PARTNER_ON, partnerPlan: 'gold' },
      { code: 'not_a_choice', field: 'partnerPlan', fact: 'partner.plan', received: ['gold'] },
    ],
    [
      'negative hours',
      { ...PARTNER_ON, partnerExpectedHours: '-5' },
      {
        code: 'too_small',
        field: 'partnerExpectedHours',
        fact: 'partner.expectedHours',
        received: '-5',
        minimum: 0,
      },
    ],
    [
      'a partner switch that is neither on nor off',
      { partnerAsking: 'yes' },
      { code: 'not_yes_no', field: 'partnerAsking', fact: 'partner', received: 'yes' },
    ],
  ])('%s', (_name, changes, problem) => {
    const result = readFactsForm(submit(changes));
    expect(result).toEqual({ ok: false, problems: [problem] });
    expect(FormProblem.parse(problem)).toEqual(problem);
  });

  it('reports every bad answer at once, and what the rules need that was left empty', () => {
    const result = readFactsForm(submit({ vmSkus: '12.5', regions: 'two', salesStage: '' }));
    const codes = result.ok ? [] : result.problems.map((problem) => problem.code);
    expect(codes.sort()).toEqual(['not_a_number', 'not_whole', 'required']);
  });

  it.each([
    ['text', 'hello'],
    ['null', null],
    ['a list', ['salesStage']],
  ])('a submit that is %s, not an object of inputs, is one problem', (_name, value) => {
    expect(readFactsForm(value)).toEqual({ ok: false, problems: [{ code: 'not_a_form' }] });
  });

  it('an empty submit names every required fact, and nothing is defaulted', () => {
    const result = readFactsForm({ verb: 'submitFacts' });
    const named = result.ok
      ? []
      : result.problems.map((problem) => 'fact' in problem && problem.fact);
    expect(named).toEqual([
      'supportContract',
      'salesStage',
      'gpuOrRestricted',
      'quotaGroupVcpus',
      'monthlySpendUsd',
      'subscriptions',
      'regions',
      'vmSkus',
      'processCoordination',
    ]);
  });
});

describe('the words of a rejected form name each fact as the form labels it', () => {
  const messages = (value: unknown) => {
    const result = readFactsForm(value);
    return result.ok ? [] : result.problems.map(formProblemText);
  };
  // Ids that are plain words ("regions", "phase") may be words of a sentence; the others not.
  const jsonIds = [...FORM_FIELDS.flatMap(({ id, fact }) => [id, fact]), 'partnerAsking'].filter(
    (id) => /[A-Z.]/.test(id),
  );

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a fraction of a SKU',
      { vmSkus: '12.5' },
      'Distinct VM SKUs: 12.5 is not a whole number. Enter a whole number, 0 or more.',
    ],
    [
      'coordination left empty',
      {
        processCoordination: '',
        quotaGroupVcpus: '100',
        monthlySpendUsd: '100',
        subscriptions: '1',
        regions: '1',
        vmSkus: '3',
        designReview: '',
      },
      'Process coordination needed: this answer is needed. Choose Yes or No.',
    ],
    [
      'an unknown stage',
      { salesStage: 'later' },
      'Sales stage: "later" is not one of the choices. Choose one: Pre-sales, Post-sales.',
    ],
    [
      'words for a count',
      { regions: 'two' },
      'Regions: "two" is not a number. Enter a whole number, 1 or more.',
    ],
    [
      'an account too long',
      { account: 'x'.repeat(120) },
      'Account name: 120 characters is too long. Use at most 100 characters.',
    ],
    [
      'more money than there is',
      { monthlySpendUsd: '2e12' },
      'Capacity spend per month (USD): 2000000000000 is more than the largest allowed, 1,000,000,000,000.',
    ],
    [
      'the partner switch',
      { partnerAsking: 'yes' },
      'A partner is asking about support: turn it on or off (it sent "yes").',
    ],
  ])('%s', (_name, changes, message) => {
    expect(messages(submit(changes))).toEqual([message]);
  });

  it('never names a fact or an input by its JSON id, whatever is wrong', () => {
    const all = [
      ...messages(BAD_SUBMIT),
      ...messages({ verb: 'submitFacts', partnerAsking: 'true' }),
    ];
    expect(all.length).toBeGreaterThan(20);
    for (const message of all) {
      const words = message.split(/[^\w.]+/);
      expect(words.filter((word) => jsonIds.includes(word))).toEqual([]);
    }
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

  it('the form sent back keeps what was typed, over what was understood', () => {
    const card = factsFormCard({
      facts: simpleFacts({ regions: 5 }),
      submitted: submit({
        regions: '7',
        vmSkus: '12.5',
        subscriptions: 'many',
        salesStage: 'later',
      }),
      verb: 'submitFacts',
    });
    const sent = teamsSubmitOf(card, 'submitFacts');
    expect(sent.regions).toBe('7');
    // A refused number stays as typed; what a number input or a choice cannot hold is left empty.
    expect(sent.vmSkus).toBe('12.5');
    expect(sent.subscriptions).toBe('');
    expect(sent.salesStage).toBe('');
    expect(sent.account).toBe('Contoso');
  });
});
