import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FACT_PATHS, recommend, Rubric, RULE_BOOK, type RuleBook } from '../../src/rubric';

/** The spec and seeds sit in a `shared` folder beside the repository (or one of its parents). */
function sharedFolder(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared');
    if (existsSync(path.join(candidate, 'SPEC.md'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`no shared/SPEC.md above ${from}`);
  }
}

const SHARED = sharedFolder(path.resolve(__dirname, '../..'));
/** The names that are not also words: "quotaGroupVcpus", "partner.need" (not "regions"). */
const JSON_NAMES = FACT_PATHS.filter((fact) => /[A-Z.]/.test(fact));
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

  it.each(allRules.map((rule) => [rule.id, rule.says]))(
    '%s says what it decides in words, not in ids',
    (id, says) => {
      expect(says.length).toBeGreaterThan(20);
      expect(says).toMatch(/^[A-Z].*\.$/);
      expect(says).not.toContain(id);
      // No fact by its JSON name ("quotaGroupVcpus", "partner.need").
      for (const fact of JSON_NAMES) expect(says).not.toContain(fact);
    },
  );

  it('the tier rows name each persona once, one of them leading', () => {
    for (const rule of RULE_BOOK.tier.rules) {
      const roles = rule.then.personaRoles;
      expect(roles.filter((role) => role.leads)).toHaveLength(1);
      expect(new Set(roles.map((role) => role.persona)).size).toBe(roles.length);
      // The structured roles say what the table's two columns say.
      const lead = roles.find((role) => role.leads)!;
      expect(rule.then.ownerText).toBe(`${lead.persona} ${lead.role}`);
    }
  });

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
    expect(() => new Rubric(broken)).toThrow(message);
  });

  it('the engine refuses a rule without its words', () => {
    const { says: _says, ...wordless } = RULE_BOOK.tier.rules[0]!;
    const broken: RuleBook = {
      ...RULE_BOOK,
      tier: { mode: 'first', rules: [wordless as never, ...RULE_BOOK.tier.rules.slice(1)] },
    };
    expect(() => new Rubric(broken)).toThrow(/rule data for stage "tier" is invalid/);
  });

  it('a first-match table with a gap is reported, not silently answered', () => {
    const gappy: RuleBook = {
      ...RULE_BOOK,
      tier: { mode: 'first', rules: [RULE_BOOK.tier.rules[0]!] },
    };
    const rubric = new Rubric(gappy, { rememberDecisions: false });
    expect(() =>
      recommend(
        { salesStage: 'postsales', supportContract: true, gpuOrRestricted: false },
        { rubric },
      ),
    ).toThrow(/no tier rule matched these facts/);
  });
});
