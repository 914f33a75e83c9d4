import {
  confidence,
  coverage,
  matchKind,
  matchQuality,
  termWeight,
} from '../../src/knowledge/scoring';

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

describe('matchQuality', () => {
  it('counts a word itself more than a prefix, a prefix more than a typo', () => {
    expect(matchQuality('exact', false)).toBe(1);
    expect(matchQuality('prefix', false)).toBeLessThan(1);
    expect(matchQuality('fuzzy', false)).toBeLessThan(matchQuality('prefix', false));
  });

  it.each(['exact', 'prefix', 'fuzzy'] as const)(
    'counts a %s match found only in an answer less than one in a question',
    (kind) => {
      expect(matchQuality(kind, true)).toBeLessThan(matchQuality(kind, false));
    },
  );
});

describe('coverage', () => {
  const terms = [
    { term: 'track', weight: 2 },
    { term: 'msx', weight: 2 },
  ];

  it.each([
    ['nothing', new Map<string, number>(), 0, 0],
    ['one of two fully', new Map([['track', 1]]), 0.5, 2],
    [
      'both fully',
      new Map([
        ['track', 1],
        ['msx', 1],
      ]),
      1,
      4,
    ],
    ['one at 0.8', new Map([['track', 0.8]]), 0.4, 1.6],
    ['one at 0.5', new Map([['track', 0.5]]), 0.25, 1],
  ])('matching %s', (_case, matched, share, evidence) => {
    const result = coverage(terms, matched);
    expect(result.share).toBeCloseTo(share);
    expect(result.evidence).toBeCloseTo(evidence);
  });

  it('is zero for a query with no terms', () => {
    expect(coverage([], new Map())).toEqual({ share: 0, evidence: 0 });
  });

  const withModifier = [...terms, { term: 'not', weight: 2, modifier: true }];

  it('leaves an unmatched modifier out: an entry without "not" still answers the rest', () => {
    const matched = new Map([
      ['track', 1],
      ['msx', 1],
    ]);
    expect(coverage(withModifier, matched)).toEqual(coverage(terms, matched));
  });

  it('counts a matched modifier, so the entry that has it ranks higher', () => {
    const without = coverage(withModifier, new Map([['track', 1]]));
    const withIt = coverage(
      withModifier,
      new Map([
        ['track', 1],
        ['not', 1],
      ]),
    );
    expect(withIt.share).toBeGreaterThan(without.share);
    expect(withIt.evidence).toBeGreaterThan(without.evidence);
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
