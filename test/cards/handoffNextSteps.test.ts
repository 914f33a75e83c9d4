import { handoffCard } from '../../src/cards';
import { recommend } from '../../src/rubric';
import { simpleFacts } from '../support/facts';

/** The FactSet rows of the card's next steps: persona → step. */
function nextSteps(card: unknown): Record<string, string> {
  const rows: Record<string, string> = {};
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const { title, value } = node as { title?: unknown; value?: unknown };
      if (
        typeof title === 'string' &&
        ['SE', 'CSAM', 'CSA'].includes(title) &&
        typeof value === 'string'
      ) {
        rows[title] = value;
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return rows;
}

describe('handoff card: next steps per persona', () => {
  it.each([
    [
      'restricted: the SE gives the initial education',
      { gpuOrRestricted: true },
      'SE',
      'Alongside the CSA: SE provides initial education.',
    ],
    [
      'large: the CSAM tracks milestones',
      { quotaGroupVcpus: 900 },
      'CSAM',
      'Alongside the CSA: CSAM tracks milestones.',
    ],
    [
      'broad: the CSAM coordinates execution',
      { regions: 3 },
      'CSAM',
      'Alongside the CSA: CSAM coordinates execution.',
    ],
  ] as const)('%s', (_name, overrides, persona, step) => {
    const facts = simpleFacts(overrides);
    const steps = nextSteps(handoffCard({ facts, recommendation: recommend(facts) }));
    expect(steps.CSA).toMatch(/^Owns it now/);
    expect(steps[persona]).toBe(step);
  });

  it('a persona the tier does not name is not needed', () => {
    const facts = simpleFacts({ quotaGroupVcpus: 900 });
    expect(nextSteps(handoffCard({ facts, recommendation: recommend(facts) })).SE).toBe(
      'Not needed for now.',
    );
  });

  it('without a contract, the others are blocked rather than given tier roles', () => {
    const facts = simpleFacts({ supportContract: false, gpuOrRestricted: true });
    const steps = nextSteps(handoffCard({ facts, recommendation: recommend(facts) }));
    expect(steps.SE).toMatch(/^Owns it now/);
    expect(steps.CSA).toMatch(/^Blocked: CSAM\/CSA engagement needs a support contract/);
  });
});
