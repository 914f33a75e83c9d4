import { analyze, stem } from '../../src/knowledge/analyze';

describe('stem', () => {
  it.each([
    ['tracking', 'track'],
    ['tracked', 'track'],
    ['tracks', 'track'],
    ['milestones', 'mileston'],
    ['milestone', 'mileston'],
    ['tagging', 'tag'],
    ['planning', 'plan'],
    ['strategies', 'strategy'],
    ['engaged', 'engag'],
    ['engage', 'engag'],
    ['access', 'access'],
    ['status', 'status'],
    ['tpd', 'tpd'],
    ['m365', 'm365'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('analyze', () => {
  it('drops stop words and punctuation', () => {
    expect(analyze('How do I track it in MSX?')).toEqual(['track', 'msx']);
  });

  it.each([
    ['CSM', 'csam'],
    ['CSMs', 'csam'],
    ['Customer Success Account Manager', 'csam'],
    ['Customer Success Architects', 'csa'],
    ['solution engineer', 'se'],
    ['TPDS', 'tpd'],
    ['TPSD', 'tpd'],
    ['Technical Presales and Deployment services', 'tpd'],
    ['the partner architecture desk', 'padesk'],
    ['the Architecture Desk', 'padesk'],
    ['Advanced Support for Partners', 'asfp'],
    ['an enterprise agreement', 'ea'],
    ['break-fix', 'breakfix'],
    ['postgres', 'postgresql'],
  ])('folds "%s" into "%s"', (text, term) => {
    expect(analyze(text)).toContain(term);
  });

  it('reads "consumption play", "CP" and "CM" as a consumption motion, not a sales play', () => {
    for (const text of ['consumption play', 'a CP', 'CMs']) {
      expect(analyze(text)).toEqual(['consumption', 'motion']);
    }
    expect(analyze('sales play')).toEqual(['sale', 'play']);
  });

  it('analyses a question and an entry the same way', () => {
    expect(analyze('Tracking milestones')).toEqual(analyze('tracked milestone'));
  });
});
