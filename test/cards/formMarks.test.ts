import fc from 'fast-check';
import {
  type AdaptiveCardJson,
  factsFormCard,
  FORM_FIELDS,
  PARTNER_SWITCH_ID,
  readFactsForm,
} from '../../src/cards';
import { type FactPath, type Facts, type PartialFacts } from '../../src/rubric';
import { REQUIRED_MARK } from '../../src/words/forms';
import { factsArbitrary, simpleFacts } from '../support/facts';
import { inputsOf, teamsSubmitOf } from './support/cardChecks';
import { expectNoConsoleOutput } from './support/quietConsole';

expectNoConsoleOutput();

/** The inputs a form marks as needed, by the fact each answers. */
function markedFacts(card: AdaptiveCardJson): FactPath[] {
  const inputs = inputsOf(card);
  return FORM_FIELDS.filter(({ id }) =>
    String(inputs.get(id)?.label ?? '').endsWith(REQUIRED_MARK),
  ).map(({ fact }) => fact);
}

/** The facts the reader says are required when the form is sent as shown, one input emptied. */
function requiredWhenEmptied(card: AdaptiveCardJson, fact: FactPath): boolean {
  const field = FORM_FIELDS.find((candidate) => candidate.fact === fact)!;
  const read = readFactsForm({ ...teamsSubmitOf(card, 'submitFacts'), [field.id]: '' });
  return (
    !read.ok &&
    read.problems.some((problem) => problem.code === 'required' && problem.fact === fact)
  );
}

/** Some of the facts, as a form may have understood them: any subset, partner or not. */
const partialFacts: fc.Arbitrary<PartialFacts> = fc
  .tuple(factsArbitrary, fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), fc.boolean())
  .map(([facts, keep, partnerAsking]) => {
    const partial: Record<string, unknown> = {};
    const partner: Record<string, unknown> = {};
    FORM_FIELDS.forEach(({ fact }, index) => {
      if (!keep[index]) return;
      if (fact.startsWith('partner.')) {
        const key = fact.slice('partner.'.length) as keyof NonNullable<Facts['partner']>;
        const value = facts.partner?.[key];
        if (value !== undefined) partner[key] = value;
      } else {
        const value = facts[fact as Exclude<keyof Facts, 'partner'>];
        if (value !== undefined) partial[fact] = value;
      }
    });
    return (partnerAsking ? { ...partial, partner } : partial) as PartialFacts;
  });

describe('the required marks match what the reader requires', () => {
  it('for any facts understood so far: an input is marked exactly when leaving it empty is refused', () => {
    fc.assert(
      fc.property(partialFacts, (facts) => {
        const card = factsFormCard({ facts, verb: 'submitFacts' });
        const marked = markedFacts(card);
        for (const { fact } of FORM_FIELDS) {
          expect([fact, marked.includes(fact)]).toEqual([fact, requiredWhenEmptied(card, fact)]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, PartialFacts, FactPath[], FactPath[]]>([
    [
      'nothing known: every fact the rules may read',
      {},
      ['supportContract', 'salesStage', 'gpuOrRestricted', 'processCoordination', 'regions'],
      ['account', 'phase', 'maturity', 'designReview', 'partner.need'],
    ],
    [
      'a large quota group decides the tier: no counts, no coordination',
      {
        supportContract: true,
        salesStage: 'postsales',
        gpuOrRestricted: false,
        quotaGroupVcpus: 600,
      },
      ['supportContract', 'salesStage', 'gpuOrRestricted', 'quotaGroupVcpus'],
      ['regions', 'vmSkus', 'subscriptions', 'monthlySpendUsd', 'processCoordination'],
    ],
    [
      'a simple supported post-sales customer: coordination decides, and is marked',
      simpleFacts(),
      ['processCoordination', 'regions', 'vmSkus', 'subscriptions'],
      ['designReview', 'phase'],
    ],
    [
      'a GPU customer needs no sizing',
      { supportContract: true, salesStage: 'postsales', gpuOrRestricted: true },
      ['gpuOrRestricted'],
      [
        'quotaGroupVcpus',
        'monthlySpendUsd',
        'subscriptions',
        'regions',
        'vmSkus',
        'processCoordination',
      ],
    ],
    [
      'a partner asking: the partner facts its rule reads',
      { partner: { need: 'break-fix', requester: 'partner' } },
      ['partner.need', 'partner.requester', 'partner.plan'],
      ['partner.expectedHours'],
    ],
  ])('%s', (_case, facts, marked, unmarked) => {
    const card = factsFormCard({ facts, verb: 'submitFacts' });
    const marks = markedFacts(card);
    expect(marks).toEqual(expect.arrayContaining(marked));
    for (const fact of unmarked) expect(marks).not.toContain(fact);
  });

  it('the partner switch is never marked: it is a choice, not a fact', () => {
    const card = factsFormCard({ facts: {}, verb: 'submitFacts' });
    expect(inputsOf(card).get(PARTNER_SWITCH_ID)?.label).toBeUndefined();
  });

  it('a rejected submit is marked by what it answered, not by what was understood before', () => {
    const submitted = {
      ...teamsSubmitOf(factsFormCard({ facts: simpleFacts(), verb: 'submitFacts' }), 'submitFacts'),
      quotaGroupVcpus: '900',
      vmSkus: '2.5',
    };
    const read = readFactsForm(submitted);
    if (read.ok) throw new Error('expected the submit to be rejected');
    const card = factsFormCard({
      facts: simpleFacts(),
      problems: read.problems,
      submitted,
      verb: 'submitFacts',
    });
    // 900 vCPUs decide the tier: the SKU count no longer matters, so it is not marked.
    expect(markedFacts(card)).not.toContain('vmSkus');
    expect(markedFacts(card)).toContain('quotaGroupVcpus');
  });
});
