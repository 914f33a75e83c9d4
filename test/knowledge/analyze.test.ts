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
    ['break fix', 'breakfix'],
    ['postgres', 'postgresql'],
    ['vuln', 'vulnerability'],
    ['a security hole', 'vulnerability'],
    ['3 subs', 'subscription'],
    ['customer engineers', 'ce'],
    ['customer success', 'csu'],
    ['the customer success team', 'csu'],
    ['partner development manager', 'pdm'],
    ['partner technology strategist', 'pts'],
    ['cloud solution provider', 'csp'],
    ['go to market', 'gtm'],
    ['GTM', 'gtm'],
    ['proof of concept', 'poc'],
    ['hand over', 'handoff'],
    ['hand-off', 'handoff'],
    ['take over', 'handoff'],
    ['on-site', 'onsit'],
    ['partner centre', 'center'],
    ['prioritise', 'prioritize'],
    ['log in', 'login'],
    ['raise a ticket', 'ticket'],
    ['open a case', 'ticket'],
    ['MS support', 'microsoft'],
    ['capacity mgmt', 'governance'],
    ['how often', 'cadenc'],
  ])('folds "%s" into "%s"', (text, term) => {
    expect(analyze(text)).toContain(term);
  });

  it.each([
    ["What isn't covered by TPD?", ['not', 'cover', 'exclusion', 'tpd']],
    ['what doesnt the architecture desk do', ['not', 'padesk']],
    ["can't get in", ['not', 'access']],
    ['cannot', ['not']],
    ["won't", ['not']],
    ['what is excluded', ['exclusion', 'not']],
    ['out of scope', ['exclusion']],
  ])('writes out the negation in "%s"', (text, terms) => {
    expect(analyze(text)).toEqual(expect.arrayContaining(terms));
  });

  it.each([
    ['customer success account manager', ['csam']],
    ['customer success architect', ['csa']],
    ['solutions engineer', ['se']],
  ])(
    'rewrites the role name "%s" to its acronym, so "manager" alone finds nothing',
    (text, terms) => {
      expect(analyze(text)).toEqual(terms);
    },
  );

  it('keeps the framework and plan that "customer success" names', () => {
    expect(analyze('Customer Success Framework')).not.toContain('csu');
    expect(analyze('Customer Success Plan')).not.toContain('csu');
  });

  it('marks "should I" as the shape of a question, and drops a plain "should"', () => {
    expect(analyze('should I open a new engagement')).toContain('shouldi');
    expect(analyze('when should the CSAM escalate')).not.toContain('shouldi');
  });

  it('drops stop words whatever their ending ("wants", "needs")', () => {
    expect(analyze('the partner wants it, she needs it')).toEqual(['partner']);
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
