import { FACT_DOMAINS, type FactPath } from '../rubric';
import { factMaximum, isValidFactValue } from './factValues';
import { PhraseTable, phrasesMeaning } from './phrases';
import { findNumbers, isUsDollars, type NumberMention } from './recognizers';
import { problem, read, type Reading } from './reading';
import { type Token, tokenize } from './tokens';
import { NONE_PHRASES, OTHER_PERIOD_PHRASES, OTHER_TIME_WORDS } from './vocabulary';

/** Counts and amounts: one number, from the recognizers, checked against the fact's domain. */

const NONE = new PhraseTable(phrasesMeaning(NONE_PHRASES, true));
const OTHER_PERIODS = new PhraseTable(OTHER_PERIOD_PHRASES);
const OTHER_TIME_UNITS = new PhraseTable(OTHER_TIME_WORDS.map((word) => [word, word] as const));

export function readNumber(fact: FactPath, typed: string, tokens: readonly Token[]): Reading {
  // A plain numeral ("600", "60,000") needs no recognizer (which costs about a millisecond).
  const plain = plainNumeral(typed);
  if (plain !== undefined) return checkValue(fact, plain, typed);
  const mentions = findNumbers(typed, { amounts: fact === 'monthlySpendUsd' }).filter(
    (mention) => !Number.isNaN(mention.value),
  );
  if (mentions.length === 0) {
    return NONE.matchAll(tokens).length > 0
      ? checkValue(fact, 0, 'none')
      : problem({ kind: 'noNumber', typed });
  }
  const distinct = [...new Map(mentions.map((mention) => [mention.value, mention])).values()];
  if (distinct.length > 1) {
    return problem({ kind: 'severalNumbers', typed: distinct.map((m) => textOf(typed, m)) });
  }
  const mention = distinct[0]!;
  if (fact === 'monthlySpendUsd') {
    if (mention.currency !== undefined && !isUsDollars(mention.currency)) {
      return problem({ kind: 'notUsDollars', currency: mention.currency });
    }
    const period = OTHER_PERIODS.matchAll(tokens)[0];
    if (period) return problem({ kind: 'notMonthly', period: period.meaning });
  }
  if (fact === 'partner.expectedHours') {
    const unit = unitAfter(typed, mention);
    if (unit !== undefined) return problem({ kind: 'notHours', unit });
  }
  return checkValue(fact, mention.value, textOf(typed, mention));
}

/** Whether a number fits the fact: whole where it must be, within its minimum and maximum. */
export function checkValue(fact: FactPath, value: number, typed: string): Reading {
  const domain = FACT_DOMAINS[fact];
  const whole = domain.kind === 'integer';
  if (!Number.isFinite(value)) return problem({ kind: 'tooLarge', typed });
  if (whole && !Number.isInteger(value)) return problem({ kind: 'notWhole', typed });
  const minimum = 'min' in domain ? domain.min : 0;
  if (value < minimum) return problem({ kind: 'belowMinimum', typed, minimum });
  const maximum = factMaximum(fact);
  if ((whole && !Number.isSafeInteger(value)) || (maximum !== undefined && value > maximum)) {
    return problem({ kind: 'tooLarge', typed });
  }
  if (!isValidFactValue(fact, value)) return problem({ kind: 'tooLarge', typed });
  return read(value);
}

/** A time unit other than hours right after the number: "2 weeks". */
function unitAfter(typed: string, mention: NumberMention): string | undefined {
  const following = tokenize(typed.slice(mention.end));
  return OTHER_TIME_UNITS.matchAt(following, 0)?.meaning;
}

function textOf(typed: string, mention: NumberMention): string {
  return typed.slice(mention.start, mention.end);
}

/** "600", "60,000", "12.5": digits with thousands commas and one decimal point, nothing else. */
function plainNumeral(typed: string): number | undefined {
  const digits = typed.replaceAll(',', '');
  const isNumeral =
    digits !== '' &&
    [...digits].every((character) => (character >= '0' && character <= '9') || character === '.') &&
    digits.split('.').length <= 2 &&
    !digits.startsWith('.') &&
    !digits.endsWith('.');
  return isNumeral ? Number(digits) : undefined;
}
