import { Culture, type IModel, type ModelResult } from '@microsoft/recognizers-text';

type NumberPackage = typeof import('@microsoft/recognizers-text-number');
type NumberWithUnitPackage = typeof import('@microsoft/recognizers-text-number-with-unit');
type ChoicePackage = typeof import('@microsoft/recognizers-text-choice');

// The recognizer packages compile their patterns as they load (a tenth of a second at start)
// and each model compiles hundreds more: both happen once, on first use, not at start or per
// answer. `require` rather than `import()` keeps recognizing synchronous.
/* eslint-disable @typescript-eslint/no-require-imports */
const numberModel = onFirstUse(() => {
  const { NumberRecognizer } = require('@microsoft/recognizers-text-number') as NumberPackage;
  return new NumberRecognizer(CULTURE).getNumberModel();
});
const currencyModel = onFirstUse(() => {
  const { NumberWithUnitRecognizer } =
    require('@microsoft/recognizers-text-number-with-unit') as NumberWithUnitPackage;
  return new NumberWithUnitRecognizer(CULTURE).getCurrencyModel();
});
const booleanModel = onFirstUse(() => {
  const { ChoiceRecognizer } = require('@microsoft/recognizers-text-choice') as ChoicePackage;
  return new ChoiceRecognizer(CULTURE).getBooleanModel();
});
/* eslint-enable @typescript-eslint/no-require-imports */

function onFirstUse(build: () => IModel): () => IModel {
  let model: IModel | undefined;
  return () => (model ??= build());
}

const recognizeNumber = (text: string) => numberModel().parse(text);
const recognizeCurrency = (text: string) => currencyModel().parse(text);
const recognizeBoolean = (text: string) => booleanModel().parse(text);

/**
 * The one place that asks Microsoft.Recognizers.Text (English) for numbers, amounts of money
 * and yes/no. What it does that callers should know:
 * - "60k" → 60000, "$1.2M" → 1200000, "a dozen" → 12, "two" → 2, "half" → 0.5, "3/4" → 0.75,
 *   "minus 2" → -2; "1st" and "40h" are not numbers; "1e400" resolves to the string "INFINITY"
 *   and 23 nines to "1E+23".
 * - the currency model gets "USD 60k" wrong (600), so an amount's value is always the number
 *   model's; the currency model only says which currency. "$60k-$70k" yields one currency but
 *   two numbers.
 * - the currency model slows down with the square of the numbers in the text (100 numbers take
 *   half a second, 2,500 take half a minute), so it only sees short texts with few numbers.
 */

export interface NumberMention {
  value: number;
  /** offsets into the text searched, end exclusive; an amount of money includes its symbol */
  start: number;
  end: number;
  /** the recognizer's currency name ("Dollar", "Euro", ...) when the number is an amount */
  currency?: string;
}

const CULTURE = Culture.English;
const CURRENCY_MAX_LENGTH = 300;
const CURRENCY_MAX_NUMBERS = 4;
const YES_NO_MAX_LENGTH = 300;
const US_DOLLARS = new Set(['Dollar', 'United States dollar']);

/**
 * Every number in the text, in order; with `amounts` (the default), amounts of money carry their
 * currency. The currency model is the slow one (milliseconds), so callers that only want a
 * count leave it out.
 */
export function findNumbers(text: string, options: { amounts?: boolean } = {}): NumberMention[] {
  const mentions: NumberMention[] = safely(() => recognizeNumber(text)).map((result) => ({
    value: toNumber(result.resolution['value']),
    start: result.start,
    end: result.end + 1,
  }));
  if (
    options.amounts === false ||
    mentions.length === 0 ||
    mentions.length > CURRENCY_MAX_NUMBERS ||
    text.length > CURRENCY_MAX_LENGTH
  ) {
    return mentions;
  }
  for (const amount of safely(() => recognizeCurrency(text))) {
    const start = amount.start;
    const end = amount.end + 1;
    const unit: unknown = amount.resolution['unit'];
    const inside = mentions.find((mention) => mention.start >= start && mention.end <= end);
    if (inside && typeof unit === 'string') {
      inside.start = start;
      inside.end = end;
      inside.currency = unit;
    }
  }
  return mentions;
}

export function isUsDollars(currency: string): boolean {
  return US_DOLLARS.has(currency);
}

/** Every yes (true) and no (false) the boolean model hears, including its second guesses. */
export function findYesNo(text: string): boolean[] {
  if (text.length > YES_NO_MAX_LENGTH) return [];
  return safely(() => recognizeBoolean(text)).flatMap((result) => {
    const values: boolean[] = [];
    const value: unknown = result.resolution['value'];
    if (typeof value === 'boolean') values.push(value);
    const others: unknown = result.resolution['otherResults'];
    if (Array.isArray(others)) {
      for (const other of others as unknown[]) {
        const otherValue: unknown =
          typeof other === 'object' && other !== null ? Reflect.get(other, 'value') : undefined;
        if (typeof otherValue === 'boolean') values.push(otherValue);
      }
    }
    return values;
  });
}

/** A recognizer that fails on odd input has heard nothing: a message must never break a turn. */
function safely(recognize: () => ModelResult[]): ModelResult[] {
  try {
    return recognize();
  } catch {
    return [];
  }
}

function toNumber(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return Number.NaN;
  if (raw.toUpperCase().includes('INFINITY')) {
    return raw.startsWith('-') ? -Infinity : Infinity;
  }
  return Number(raw);
}
