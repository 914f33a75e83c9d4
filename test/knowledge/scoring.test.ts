import { confidence, coverage, matchKind, termWeight } from '../../src/knowledge/scoring';

describe('termWeight', () => {
  it('weighs a rare term more than a common one, and an unknown term the most', () => {
    const entries = 60;
    expect(termWeight(1, entries)).toBeGreaterThan(termWeight(10, entries));
    expect(termWeight(0, entries)).toBeGreaterThan(termWeight(1, entries));
  });
});

describe('matchKind', () => {
  it.each([
    ['track', ['track', 'msx'], 'exact'],
    ['consum', ['consumption'], 'prefix'],
    ['consumtion', ['consumption'], 'fuzzy'],
  ] as const)('%s against %j is %s', (term, matched, kind) => {
    expect(matchKind(term, matched)).toBe(kind);
  });
});

describe('coverage', () => {
  const terms = [
    { term: 'track', weight: 2 },
    { term: 'msx', weight: 2 },
  ];

  it.each([
    ['nothing', new Map(), 0, 0],
    ['one of two exactly', new Map([['track', 'exact']] as const), 0.5, 2],
    [
      'both exactly',
      new Map([
        ['track', 'exact'],
        ['msx', 'exact'],
      ] as const),
      1,
      4,
    ],
    ['one by prefix', new Map([['track', 'prefix']] as const), 0.4, 1.6],
    ['one by typo', new Map([['track', 'fuzzy']] as const), 0.25, 1],
  ])('matching %s', (_case, matched, share, evidence) => {
    const result = coverage(terms, matched);
    expect(result.share).toBeCloseTo(share);
    expect(result.evidence).toBeCloseTo(evidence);
  });

  it('is zero for a query with no terms', () => {
    expect(coverage([], new Map())).toEqual({ share: 0, evidence: 0 });
  });
});

describe('confidence', () => {
  it('is the product of share, evidence and relevance, each capped at 1', () => {
    expect(confidence({ share: 1, evidence: 8 }, 4, 10, 10)).toBe(1);
    expect(confidence({ share: 0.5, evidence: 2 }, 4, 5, 10)).toBe(0.125);
  });

  it('is zero when there is nothing to compare with', () => {
    expect(confidence({ share: 1, evidence: 4 }, 0, 1, 1)).toBe(0);
    expect(confidence({ share: 1, evidence: 4 }, 4, 1, 0)).toBe(0);
  });
});
