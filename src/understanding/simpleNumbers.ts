import { FACT_DOMAINS, FACT_PATHS, type FactPath } from '../rubric';
import { DESCRIPTION_PHRASES } from './descriptionVocabulary';
import { checkValue } from './numberAnswers';

/**
 * A shortcut past the number recognizers for the answers people type most: "600",
 * "about 600 vCPUs", "~1,200", "$40k", "40,000 USD a month". The recognizers cost a hundred
 * microseconds or more per answer (with the currency model, milliseconds), a large share of a
 * turn. Only shapes the recognizers read as exactly this one number (in US dollars and per month,
 * if they say) are taken; anything else goes the long way. So does a value the fact refuses:
 * the message quotes the text the recognizers found. test/understanding/simpleNumbers.test.ts
 * holds the shortcut to the long way.
 */

// Words before the number that leave it as it is. None is a decline phrase, so a text of this
// shape never needs the decline check either.
const APPROXIMATORS = ['about', 'around', 'roughly', 'approximately', 'approx', 'just'];

// Digits in well-formed thousands groups, optionally with decimals: the long way reads "1,2,3"
// and "1,00" otherwise. No sign: "-5" is below every minimum, so it would go the long way anyway.
const NUMERAL = String.raw`([1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.(\d+))?`;

// With at most 15 digits, the double nearest the decimal is the value the recognizers make too
// (they compute in decimal, then round to 15 significant digits).
const MAX_DIGITS = 15;

const PATTERNS = new Map<FactPath, RegExp>(
  FACT_PATHS.filter((fact) => ['integer', 'number'].includes(FACT_DOMAINS[fact].kind)).map(
    (fact) => [fact, patternFor(fact)],
  ),
);

function patternFor(fact: FactPath): RegExp {
  const approximate = `(?:(?:${APPROXIMATORS.join('|')}) +|~ *)?`;
  const units = unitsOf(fact);
  // Amounts: "$" before or "USD" after, then how often ("/month" too). Other currencies and
  // periods are problems the long way explains.
  const [before, after] =
    fact === 'monthlySpendUsd'
      ? [String.raw`(?:\$ *)?`, `(?: +(?:usd|dollars?))?(?:(?: +| */ *)(?:${units}))?`]
      : ['', `(?: +(?:${units}))?`];
  // A multiplier sticks to the digits ("40k", "1.2M"); "40 k" is left to the recognizers.
  // Case-insensitive for ASCII only: with the "u" flag, "K" (the Kelvin sign) would match "k".
  return new RegExp(`^${approximate}${before}${NUMERAL}(k|m)?${after}$`, 'i');
}

/** The fact's unit words in the description vocabulary ("vCPUs", "a month"), as alternatives. */
function unitsOf(fact: FactPath): string {
  return DESCRIPTION_PHRASES.filter(
    ([, meaning]) => meaning.kind === 'unit' && meaning.fact === fact,
  )
    .map(([phrase]) => phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replaceAll(' ', ' +'))
    .join('|');
}

/** The number a simple answer to a count or an amount means, if the fact takes it. */
export function readSimpleNumber(fact: FactPath, typed: string): number | undefined {
  const match = PATTERNS.get(fact)?.exec(typed);
  if (!match) return undefined;
  const [, whole = '', fraction = '', multiplier] = match;
  const digits = whole.replaceAll(',', '');
  // "1.2M" is a million, but "1.2m" no number at all to the recognizers.
  if (multiplier === 'm' || digits.length + fraction.length > MAX_DIGITS) return undefined;
  const exponent = multiplier === undefined ? '' : multiplier === 'M' ? 'e6' : 'e3';
  // Parsed as one decimal literal ("1.2e6"), so no rounding happens on the way.
  const value = Number(`${digits}.${fraction}${exponent}`);
  return checkValue(fact, value, typed).ok ? value : undefined;
}
