import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CompiledRubric, RULE_BOOK, type RuleBook } from '../../src/rubric';

const SHARED = path.resolve(__dirname, '../../../shared');
const allRules = Object.values(RULE_BOOK).flatMap((stage) => ('rules' in stage ? stage.rules : []));

describe('rule data', () => {
  it('every rule id is unique', () => {
    const ids = allRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(allRules.map((rule) => [rule.id, rule.source]))(
    '%s cites a real heading: %s',
    (_id, source) => {
      const [file, heading] = source.split(' › ');
      const text = readFileSync(
        file === 'SPEC.md' ? path.join(SHARED, 'SPEC.md') : path.join(SHARED, 'seeds', file!),
        'utf8',
      );
      // Product choices cite the SPEC.md heading followed by the choice in brackets.
      const cited = file === 'SPEC.md' ? heading!.replace(/ \(.*\)$/, '') : heading!;
      expect(text).toContain(cited);
    },
  );

  it.each([
    [
      'a condition reading an unknown fact',
      { fact: 'colour', is: 'eq', value: 'red' },
      /reads an unknown fact "colour"/,
    ],
    [
      'a malformed condition',
      { fact: 'vmSkus', is: 'roughly', value: 3 },
      /rule data for stage "tier" is invalid/,
    ],
    ['an empty "any"', { any: [] }, /rule data for stage "tier" is invalid/],
  ])('the engine refuses %s', (_name, when, message) => {
    const broken: RuleBook = {
      ...RULE_BOOK,
      tier: { mode: 'first', rules: [{ ...RULE_BOOK.tier.rules[0]!, when: when as never }] },
    };
    expect(() => new CompiledRubric(broken)).toThrow(message);
  });

  it('a first-match table with a gap is reported, not silently answered', () => {
    const gappy: RuleBook = {
      ...RULE_BOOK,
      tier: { mode: 'first', rules: [RULE_BOOK.tier.rules[0]!] },
    };
    const rubric = new CompiledRubric(gappy, { rememberDecisions: false });
    expect(() =>
      rubric.decideOwner({
        salesStage: 'postsales',
        supportContract: true,
        gpuOrRestricted: false,
      }),
    ).toThrow(/no tier rule matched these facts/);
  });
});
