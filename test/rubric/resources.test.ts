import { recommend } from '../../src/rubric';
import { simpleFacts } from '../support/facts';

describe('resource links and maturity engagements', () => {
  it('always lists the azcapman guides', () => {
    expect(recommend(simpleFacts()).resources).toEqual([
      { title: 'azcapman guides', url: 'https://aka.ms/azcapman' },
    ]);
  });

  it.each([
    ['forecast', ['capacity-planning', 'workload-supply-chain']],
    ['access-quota', ['quota-groups', 'regional-quota-requests', 'cli/azure/quota']],
    ['reserve', ['capacity-reservation-overview']],
    ['govern-ship', ['how-to-guide-monitoring-alerting']],
  ] as const)('phase %s adds its own links', (phase, fragments) => {
    const urls = recommend(simpleFacts({ phase })).resources.map((link) => link.url);
    expect(urls[0]).toBe('https://aka.ms/azcapman');
    expect(urls).toHaveLength(fragments.length + 1);
    for (const fragment of fragments) expect(urls.some((url) => url.includes(fragment))).toBe(true);
  });

  it('a complex quota strategy review adds the mission-critical scale unit guidance', () => {
    const urls = recommend(simpleFacts({ designReview: ['quotaStrategy'] })).resources.map(
      (l) => l.url,
    );
    expect(urls.some((url) => url.includes('mission-critical'))).toBe(true);
  });

  it.each([
    ['affine', ['Azure Enablement Workshop', 'EBC']],
    ['option', ['Microsoft Cloud Workshops', 'Azure Governance Workshop']],
    ['solution', ['Architecture Design Session (ADS)', 'Pilot or PoC']],
    ['in-use', ['Microsoft Cloud Workshop', 'Azure Optimization Workshop']],
  ] as const)('maturity %s → %j', (maturity, engagements) => {
    expect(recommend(simpleFacts({ maturity })).engagements).toEqual(engagements);
  });

  it('no maturity, no engagements', () => {
    expect(recommend(simpleFacts()).engagements).toEqual([]);
  });
});
