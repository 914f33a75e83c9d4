import { decide, type Decision, hasOwner, recommend } from '../../src/rubric';
import {
  conditionalAnswerText,
  ruleLine,
  settledByText,
  tierTitle,
  whatIfLine,
} from '../../src/words/rubric';
import { partnerFacts, simpleFacts } from '../support/facts';

const answerOf = (decision: Decision) => {
  if (decision.kind !== 'conditional') throw new Error(`expected a conditional answer`);
  return decision.answer;
};

describe('the rubric in words', () => {
  it('a rule that fired: its words and its source, heading first', () => {
    const [tier] = recommend(simpleFacts()).rules;
    expect(ruleLine(tier!)).toEqual({
      says: expect.stringMatching(/makes the tier simple/),
      source: 'Objective complexity rubric for CSAM→CSA escalation (000_666a76bb29a055ec.txt)',
    });
  });

  it('a what-if names its owner, or what it depends on', () => {
    const decided = recommend(simpleFacts({ vmSkus: 14, processCoordination: true }));
    expect(decided.whatIf.map(whatIfLine)).toContain('9 VM SKUs or fewer → CSAM');
    const open = recommend({
      salesStage: 'postsales',
      supportContract: true,
      gpuOrRestricted: true,
    });
    if (!hasOwner(open)) throw new Error('expected an owner');
    expect(open.whatIf.map(whatIfLine)).toContainEqual(
      expect.stringMatching(
        /^no GPU or restricted SKUs → depends on the number of vCPUs in the largest quota group, .* and whether the customer needs the capacity process coordinated$/,
      ),
    );
  });

  it.each([
    [simpleFacts(), 'Complexity tier'],
    [simpleFacts({ salesStage: 'presales' }), 'Complexity tier, after the sale (self-serve)'],
  ])('the tier is titled for the owner it means something to', (facts, title) => {
    expect(tierTitle(recommend(facts))).toBe(title);
  });

  it('a partner option that differs by case is named in each case', () => {
    const { quotaGroupVcpus: _v, ...facts } = simpleFacts({
      partner: partnerFacts({ need: 'architecture', customerOpportunity: true }),
    });
    const { expectedHours: _h, ...partner } = facts.partner!;
    const answer = answerOf(
      decide({ ...facts, partner }, { unknown: ['quotaGroupVcpus', 'partner.expectedHours'] }),
    );
    expect(conditionalAnswerText(answer)).toBe(
      'CSA with Architecture Desk for the partner if the largest quota group is over 500 vCPUs and the engagement takes 25 hours or less; ' +
        'CSA with PSfP for the partner if the largest quota group is over 500 vCPUs and the engagement takes more than 25 hours; ' +
        'self-serve with Architecture Desk for the partner if the largest quota group is 500 vCPUs or fewer and the engagement takes 25 hours or less; ' +
        'otherwise self-serve with PSfP for the partner.',
    );
    expect(settledByText(answer)).toBe(
      'Knowing the number of vCPUs in the largest quota group or the hours the engagement is expected to take would settle it.',
    );
  });

  it('only the option differs: the option alone tells the cases apart', () => {
    const facts = simpleFacts({
      partner: partnerFacts({ need: 'architecture', customerOpportunity: true }),
    });
    const { expectedHours: _h, ...partner } = facts.partner!;
    const answer = answerOf(decide({ ...facts, partner }, { unknown: ['partner.expectedHours'] }));
    expect(conditionalAnswerText(answer)).toBe(
      'Architecture Desk for the partner if the engagement takes 25 hours or less; otherwise PSfP for the partner.',
    );
  });
});
