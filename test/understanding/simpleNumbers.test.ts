import fc from 'fast-check';
import { FACT_DOMAINS, FACT_PATHS, type FactPath } from '../../src/rubric';
import { understandAnswer, understandAnswerFully } from '../../src/understanding/answers';
import { DESCRIPTION_PHRASES } from '../../src/understanding/descriptionVocabulary';
import { readSimpleNumber } from '../../src/understanding/simpleNumbers';
import { describeAnswerProblem } from '../../src/words/understanding';

/**
 * The shortcut for simple counts and amounts must never change an answer: every result here is
 * checked against the long way (the recognizers), which is what understandAnswer did before.
 */

const NUMERIC_FACTS = FACT_PATHS.filter((fact) =>
  ['integer', 'number'].includes(FACT_DOMAINS[fact].kind),
);

const unitsOf = (fact: FactPath): string[] =>
  DESCRIPTION_PHRASES.filter(([, meaning]) => meaning.kind === 'unit' && meaning.fact === fact).map(
    ([phrase]) => phrase,
  );
const ALL_UNITS = NUMERIC_FACTS.flatMap(unitsOf);

const APPROXIMATIONS = ['', 'about ', 'Around ', 'ROUGHLY ', 'approximately ', 'approx ', 'just '];
const TILDES = ['~', '~ ', '~  '];
const CURRENCIES = ['', ' usd', ' USD', ' dollars', ' Dollar'];
const SEPARATORS = [' ', '/', ' / ', '  '];

/** The same answer both ways; and whether the shortcut took it. */
function bothWays(fact: FactPath, text: string): boolean {
  expect(understandAnswer(fact, text)).toEqual(understandAnswerFully(fact, text));
  return readSimpleNumber(fact, text.trim()) !== undefined;
}

describe('the shortcut for simple numbers', () => {
  it('takes every approximation and unit word, and reads them as the recognizers do', () => {
    const missed: string[] = [];
    for (const fact of NUMERIC_FACTS) {
      for (const before of [...APPROXIMATIONS, ...TILDES]) {
        for (const unit of ['', ...unitsOf(fact).map((unit) => ` ${unit}`)]) {
          if (!bothWays(fact, `${before}12${unit}`)) missed.push(`${fact}: ${before}12${unit}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('takes US dollars per month as the currency model reads them', () => {
    const missed: string[] = [];
    for (const dollar of ['', '$', '$ ']) {
      for (const amount of ['40k', '40,000', '1.2M']) {
        for (const currency of CURRENCIES) {
          for (const period of ['', ...unitsOf('monthlySpendUsd')]) {
            for (const separator of period === '' ? [''] : SEPARATORS) {
              const text = `${dollar}${amount}${currency}${separator}${period}`;
              if (!bothWays('monthlySpendUsd', text)) missed.push(text);
            }
          }
        }
      }
    }
    expect(missed).toEqual([]);
  });

  const cleanNumeral = fc.oneof(
    fc.integer({ min: 0, max: 100_000 }).map(String),
    fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n.toLocaleString('en-US')),
    fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.stringMatching(/^\d{1,12}$/))
      .map(([whole, fraction]) => `${whole.toLocaleString('en-US')}.${fraction}`),
  );
  const oddNumeral = fc.oneof(
    fc.bigInt({ min: 0n, max: 10n ** 25n }).map(String),
    fc.constantFrom(
      ...['0', '00', '0012', '0,600', '1,2,3', '1,00', '12,34,567', '1,,000', ',100', '100,'],
      ...['1.', '.5', '1.2.3', '-5', '- 5', '+5', '1e3', '６００', '1 000', '3/4', '1½'],
    ),
  );
  // Near misses: other units, periods and currencies, second numbers, words the recognizers
  // read as numbers, declines, odd characters.
  const oddUnit = fc.constantFrom(
    ...ALL_UNITS,
    ...['apples', 'a year', 'per week', 'weeks', 'days', 'euros', 'EUR', '€', 'gbp', 'or 700'],
    ...['700', 'to 800', 'thousand', 'million', 'dozen', 'and a half', 'skip', 'not sure'],
    ...['none', 'percent', '%', '!', '.', 'vcpus vcpus', 'h', 'hours', 'ﬁve'],
  );

  /** An answer to the fact's question in the shape the shortcut takes, or one a little off. */
  const answer = (fact: FactPath, odd: boolean) =>
    fc
      .tuple(
        fc.constantFrom(
          ...APPROXIMATIONS,
          ...TILDES,
          ...(odd ? ['about about ', 'some ', 'minus ', 'a ', 'over '] : []),
        ),
        fc.constantFrom(
          '',
          ...(fact === 'monthlySpendUsd' || odd ? ['$', '$ '] : []),
          ...(odd ? ['€', 'USD ', '-'] : []),
        ),
        odd ? fc.oneof(cleanNumeral, oddNumeral) : cleanNumeral,
        fc.constantFrom('', '', '', 'k', 'K', 'M', ...(odd ? ['m', ' k', 'b', 'h', '\u212a'] : [])),
        fc.constantFrom(
          '',
          ...(fact === 'monthlySpendUsd' || odd ? CURRENCIES : []),
          ...(odd ? [' euros'] : []),
        ),
        fc.option(
          fc.tuple(
            fc.constantFrom(...(fact === 'monthlySpendUsd' || odd ? SEPARATORS : [' ', '  '])),
            odd ? oddUnit : fc.constantFrom(...unitsOf(fact)),
          ),
          { nil: undefined },
        ),
      )
      .map(([before, dollar, digits, multiplier, currency, unit]) =>
        [before, dollar, digits, multiplier, currency, unit?.join('') ?? ''].join(''),
      );
  // A character put anywhere: what looks almost simple must go the long way.
  const withInsertion = (text: fc.Arbitrary<string>) =>
    fc
      .tuple(
        text,
        fc.nat(),
        fc.constantFrom(...['-', '.', ',', ' ', '$', '~', 'k', 'M', 'e', 'x', '0', '/', '\u00a0']),
      )
      .map(([typed, at, inserted]) => {
        const index = at % (typed.length + 1);
        return typed.slice(0, index) + inserted + typed.slice(index);
      });

  it('never answers differently from the recognizers (property)', () => {
    let taken = 0;
    let runs = 0;
    const factAndAnswer = fc
      .constantFrom(...NUMERIC_FACTS)
      .chain((fact) =>
        fc.tuple(
          fc.constant(fact),
          fc.oneof(
            { arbitrary: answer(fact, false), weight: 2 },
            { arbitrary: answer(fact, true), weight: 1 },
            { arbitrary: withInsertion(answer(fact, false)), weight: 1 },
          ),
          fc.constantFrom('', ' ', '\t'),
        ),
      );
    fc.assert(
      fc.property(factAndAnswer, ([fact, text, padding]) => {
        runs += 1;
        if (bothWays(fact, padding + text + padding)) taken += 1;
      }),
      { numRuns: 1500 },
    );
    // The generator must reach the shortcut often, or the property proves little.
    expect(taken).toBeGreaterThan(runs / 4);
  });

  it.each<[FactPath, string, { value: unknown } | { message: string }, boolean]>([
    // the typical answers
    ['quotaGroupVcpus', '600', { value: 600 }, true],
    ['quotaGroupVcpus', 'about 600 vCPUs', { value: 600 }, true],
    ['quotaGroupVcpus', 'roughly 1,200', { value: 1200 }, true],
    ['quotaGroupVcpus', '~600 cores', { value: 600 }, true],
    ['monthlySpendUsd', '$40k', { value: 40_000 }, true],
    ['monthlySpendUsd', '40,000 USD a month', { value: 40_000 }, true],
    ['monthlySpendUsd', '$1.2M per month', { value: 1_200_000 }, true],
    ['partner.expectedHours', 'about 12.5 hours', { value: 12.5 }, true],
    ['quotaGroupVcpus', '  about 600  ', { value: 600 }, true],
    ['quotaGroupVcpus', 'about 999,999,999,999,999 vcpus', { value: 999_999_999_999_999 }, true],
    // negative numbers: below every minimum, so the recognizers' text goes in the message
    ['quotaGroupVcpus', '-5', { message: '"-5" is less than 0' }, false],
    ['quotaGroupVcpus', 'about -5 vCPUs', { message: '"-5" is less than 0' }, false],
    ['monthlySpendUsd', '-$40', { value: 40 }, false],
    // decimals where a whole number is needed
    ['subscriptions', 'about 1.5 subscriptions', { message: '"1.5" isn\'t a whole number' }, false],
    ['quotaGroupVcpus', '1.2345k vcpus', { message: '"1.2345k" isn\'t a whole number' }, false],
    ['quotaGroupVcpus', '1.5k vcpus', { value: 1500 }, true],
    // odd digit groups: a bare numeral is read as digits, a decorated one by the recognizers
    ['subscriptions', '1,2,3', { value: 123 }, false],
    ['subscriptions', 'about 1,2,3', { message: 'more than one number ("1", "2" and "3")' }, false],
    ['quotaGroupVcpus', '1,00', { value: 100 }, false],
    ['quotaGroupVcpus', 'about 1,00 vcpus', { value: 1 }, false],
    ['quotaGroupVcpus', 'about 0012 vcpus', { value: 12 }, false],
    // huge numbers
    ['quotaGroupVcpus', '99999999999999999999999', { message: 'larger than I can take' }, false],
    ['quotaGroupVcpus', 'about 99999999999999999999999', { message: 'larger than I' }, false],
    ['quotaGroupVcpus', '1,000,000,000,000,000', { value: 1e15 }, false],
    ['monthlySpendUsd', '$2,000,000,000,000', { message: '"$2,000,000,000,000" is more' }, false],
    ['monthlySpendUsd', '2,000,000,000k', { message: '"2,000,000,000k" is more than' }, false],
    ['partner.expectedHours', '20,000 hours', { message: 'more than 10,000' }, false],
    // no unit, or one this fact does not count
    ['quotaGroupVcpus', 'about 600', { value: 600 }, true],
    ['quotaGroupVcpus', '  ', { message: "didn't get an answer" }, false],
    ['quotaGroupVcpus', 'about', { message: 'couldn\'t find a number in "about"' }, false],
    ['quotaGroupVcpus', '600 apples', { value: 600 }, false],
    ['quotaGroupVcpus', '600 hours', { value: 600 }, false],
    ['partner.expectedHours', '2 weeks', { message: 'in weeks, not hours' }, false],
    ['partner.expectedHours', '40h', { message: 'couldn\'t find a number in "40h"' }, false],
    ['monthlySpendUsd', '€50k', { message: 'in Euro, not US dollars' }, false],
    ['monthlySpendUsd', '50k euros a month', { message: 'in Euro, not US dollars' }, false],
    ['monthlySpendUsd', '$720k a year', { message: 'per year, not per month' }, false],
    ['monthlySpendUsd', '1.2m', { message: 'couldn\'t find a number in "1.2m"' }, false],
    ['monthlySpendUsd', '40\u212a', { value: 40_000 }, false],
    ['regions', '0 regions', { message: '"0" is less than 1' }, false],
    ['quotaGroupVcpus', '６００', { value: 600 }, false],
    // letters that only match ASCII ones when case-folding Unicode
    ['quotaGroupVcpus', 'about 600 vcpuſ', { value: 600 }, false],
  ])('%s ← %j means %j (shortcut: %s)', (fact, text, expected, shortcut) => {
    expect(bothWays(fact, text)).toBe(shortcut);
    const result = understandAnswer(fact, text);
    if ('value' in expected) {
      expect(result).toEqual({ ok: true, value: expected.value });
    } else {
      expect(result.ok).toBe(false);
      expect('problem' in result ? describeAnswerProblem(fact, result.problem) : '').toContain(
        expected.message,
      );
    }
  });
});
