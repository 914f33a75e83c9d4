import { ACCOUNT_MAX_LENGTH, type FactPath } from '../rubric';
import { asksForAssessment } from './commands';
import type { Meaning, ReviewTrigger } from './descriptionVocabulary';
import { checkValue } from './numberAnswers';
import type { PhraseMatch } from './phrases';
import type { AnswerProblem } from './problems';
import { findNumbers, isUsDollars, type NumberMention } from './recognizers';
import { type Comparison, isQuantityFact, type QuantityFact } from './replyTypes';
import { DESCRIPTION_TABLE, type Segment } from './segments';
import { type Token, tokenize } from './tokens';
import { DECLINE_PHRASES } from './vocabulary';

/** One fact a segment states, and the words it was read from. */
export interface Assignment {
  fact: FactPath;
  value: unknown;
  words: string;
  /** a bare number taken for the question pending, not named by its fact's words */
  asAnswer: boolean;
}

/** A number fact named with less than a number: "a few subs", "400-600 vCPUs", "over 500". */
export interface SegmentEstimate {
  fact: QuantityFact;
  words: string;
  known: Comparison[];
  asAnswer: boolean;
}

export interface SegmentProblem {
  fact: FactPath;
  words: string;
  problem: AnswerProblem;
  asAnswer: boolean;
}

/** What one segment of a description says; the description puts the segments together. */
export interface SegmentReading {
  assignments: Assignment[];
  reviews: ReviewTrigger[];
  /** "no design review" */
  noReview: boolean;
  /** design-review triggers named without "review", for the neighbouring segments to settle */
  bareTriggers: ReviewTrigger[];
  /** the segment talks about reviews: "forecast and architecture reviews" */
  mentionsReview: boolean;
  partnerAsked: boolean;
  /** something in it could not be used: a hedge, a number that counts nothing, a negated choice */
  unread: boolean;
  /** only greetings, glue or a request for advice: nothing to use and nothing to report */
  filler: boolean;
  estimates: SegmentEstimate[];
  problems: SegmentProblem[];
  /** values taken back: "not 3" in "2 regions, not 3" */
  replaced: Assignment[];
  /** it opens with "actually", "make that", "no wait", … */
  correction: boolean;
  /** "maybe", "probably", "not sure", a question mark: said without certainty */
  hedged: boolean;
  /** facts it says are not known: "not sure about the vCPUs" */
  unknown: FactPath[];
  /** its tokens no fact used, with a separator where used ones were */
  leftover: Token[];
  /** the first word, if no fact used it: "yes" in "yes they're post-sales" */
  leadingWord: Token | undefined;
}

export interface SegmentOptions {
  isFirst: boolean;
  /** the question pending counts this: a bare number or "a few" is its number */
  pendingUnit?: QuantityFact | undefined;
  /** the partner questions apply: "architecture" alone is the partner's need */
  partner?: boolean | undefined;
  /** the segment opens a command's text: a name there is the account ("assess Fabrikam, …") */
  nameFirst?: boolean | undefined;
}

/** Longer segments are not a fact, and the recognizers slow down on long runs of numbers. */
export const MAX_SEGMENT_LENGTH = 200;

type Item =
  | { kind: 'number'; mention: NumberMention; tokens: Token[] }
  | { kind: 'phrase'; meaning: Meaning; tokens: Token[] }
  | { kind: 'colon'; tokens: Token[] }
  | { kind: 'word'; tokens: Token[] };

const NAME_START = /^[\p{Lu}\p{N}]/u;
// What may join two numbers into a range: "400-600", "3 or 4", "10 to 12", "between 2 and 3".
const RANGE_GAP = /^\s*(?:-|–|—|~|to|or|and|through|thru)\s*[$€£]?\s*$/iu;
const MONEY_HINT =
  /[$€£¥₹¢]|usd|eur|gbp|dollar|euro|pound|yen|rupee|buck|quid|franc|cad|aud|chf|inr|jpy|cny|yuan/iu;
const RANGE_WORDS = new Set(['to', 'or', 'and', 'through', 'thru']);
const MULTIPLIERS: readonly [RegExp, number][] = [
  [/(?:k|thousand)$/iu, 1_000],
  [/(?:m|million)$/iu, 1_000_000],
];
/** Words after a name that say something about it: "Tailspin Toys is growing fast". */
const NAME_VERBS = new Set(
  [
    'is',
    'are',
    'has',
    'have',
    'had',
    'needs',
    'need',
    'wants',
    'want',
    'was',
    'were',
    'will',
  ].concat([
    'plans',
    'uses',
    'runs',
    'just',
    'currently',
    'now',
    'would',
    'should',
    'asked',
    'asks',
  ]),
);
/** Capitalised words that open sentences rather than name companies. */
const NOT_NAMES = new Set(
  [
    'this',
    'that',
    'these',
    'those',
    'he',
    'she',
    'you',
    'who',
    'what',
    'which',
    'how',
    'there',
  ].concat(
    ['here', 'each', 'every', 'one', 'none', 'so', 'then', 'also', 'yes', 'yeah', 'yep', 'nope'],
    ['everything', 'nothing', 'something', 'someone', 'everyone', 'nobody', 'customer', 'client'],
  ),
);
const DECLINE_WORDS = new Set(DECLINE_PHRASES);

function emptyReading(): SegmentReading {
  return {
    assignments: [],
    reviews: [],
    noReview: false,
    bareTriggers: [],
    mentionsReview: false,
    partnerAsked: false,
    unread: false,
    filler: false,
    estimates: [],
    problems: [],
    replaced: [],
    correction: false,
    hedged: false,
    unknown: [],
    leftover: [],
    leadingWord: undefined,
  };
}

export function readSegment(segment: Segment, options: SegmentOptions): SegmentReading {
  const reading = emptyReading();
  if (segment.text.length > MAX_SEGMENT_LENGTH) return { ...reading, unread: true };
  const text = segment.text;
  const allItems = itemsOf(text);
  const used = new Set<Item>();
  let items = allItems;
  const account = findAccount(text, items, options);
  if (account) {
    reading.assignments.push({
      fact: 'account',
      value: account.name,
      words: account.name,
      asAnswer: false,
    });
    allItems.filter((item) => !account.remaining.includes(item)).forEach((i) => used.add(i));
    items = account.remaining;
  }
  for (const item of items) {
    if (meaningOf(item)?.kind === 'correction') {
      reading.correction = true;
      used.add(item);
    }
  }
  // "who should own this?" asks for the advice itself: its question mark is no hedge.
  const asking = asksForAssessment(text);
  const hedges = items.filter((item) => meaningOf(item)?.kind === 'hedge');
  if ((segment.question && !asking) || hedges.length > 0) {
    // "GPU?", "maybe post-sales": not stated, so not taken. A number for the question pending
    // is the exception: "maybe 600" is the rough figure the question asks for.
    reading.hedged = true;
    reading.unread = items.some((item) => !isGlue(item) && meaningOf(item)?.kind !== 'hedge');
    if (hedges.some((item) => DECLINE_WORDS.has(phraseText(item)))) {
      reading.unknown = namedFacts(items);
    }
    if (options.pendingUnit !== undefined && reading.unknown.length === 0 && !segment.question) {
      readQuantities(text, items, reading, used, options);
    }
    finish(reading, allItems, used);
    return reading;
  }
  readQuantities(text, items, reading, used, options);
  readPhrases(text, items, reading, used, options);
  const said =
    reading.assignments.length > 0 ||
    reading.reviews.length > 0 ||
    reading.noReview ||
    reading.bareTriggers.length > 0 ||
    reading.partnerAsked ||
    reading.estimates.length > 0 ||
    reading.problems.length > 0 ||
    reading.replaced.length > 0;
  if (!said) {
    reading.filler = asking || items.every(isGlue);
    reading.unread = !reading.filler;
  }
  finish(reading, allItems, used);
  return reading;
}

function finish(reading: SegmentReading, items: Item[], used: Set<Item>): void {
  const leftover: Token[] = [];
  for (const item of items) {
    if (used.has(item)) {
      const first = item.tokens[0]!;
      const last = item.tokens[item.tokens.length - 1]!;
      leftover.push({ text: ',', word: ',', start: first.start, end: last.end, kind: 'separator' });
    } else {
      leftover.push(...item.tokens);
    }
  }
  reading.leftover = leftover;
  const first = items[0];
  reading.leadingWord = first && !used.has(first) ? first.tokens[0] : undefined;
}

/** The tokens of a segment grouped into numbers (from the recognizers), phrases and words. */
function itemsOf(text: string): Item[] {
  // "600ish", "600-ish": the recognizers read no number there; as wide blanks the offsets hold.
  const searched = text.replace(/(?<=\d)\s*-?ish\b/giu, (suffix) => ' '.repeat(suffix.length));
  const tokens = tokenize(searched);
  // The currency model costs milliseconds: only a text that may name money needs it.
  const mentions = findNumbers(searched, { amounts: MONEY_HINT.test(searched) });
  const mentionOf = (token: Token) =>
    mentions.find((mention) => mention.start < token.end && token.start < mention.end);
  const phrases = new Map<number, PhraseMatch<Meaning>>();
  for (const match of DESCRIPTION_TABLE.matchAll(tokens)) phrases.set(match.first, match);

  const items: Item[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const phrase = phrases.get(index);
    const phraseTokens = phrase ? tokens.slice(phrase.first, phrase.last + 1) : [];
    const mention = mentionOf(token);
    // "a couple hundred" is vague, though the recognizers may hear a hundred in it.
    if (phrase && (phrase.meaning.kind === 'vague' || !phraseTokens.some((t) => mentionOf(t)))) {
      items.push({ kind: 'phrase', meaning: phrase.meaning, tokens: phraseTokens });
      index = phrase.last + 1;
      continue;
    }
    if (mention) {
      let end = index + 1;
      while (end < tokens.length && mentionOf(tokens[end]!) === mention) end += 1;
      items.push({ kind: 'number', mention, tokens: tokens.slice(index, end) });
      index = end;
      continue;
    }
    items.push({ kind: token.kind === 'colon' ? 'colon' : 'word', tokens: [token] });
    index += 1;
  }
  return items;
}

/**
 * "account: Contoso Ltd", "customer Contoso", "Contoso: 3 subscriptions" (first segment only),
 * "for Contoso" (a segment of its own, or the end of the first one), "for Contoso: …"; and in
 * the first segment, a name before what is said of it ("Tailspin Toys is growing fast"), or
 * opening a command's text ("assess Premier Foods, …").
 */
function findAccount(
  text: string,
  items: Item[],
  options: SegmentOptions,
): { name: string; remaining: Item[] } | undefined {
  const { isFirst } = options;
  const endOf = (item: Item) => item.tokens[item.tokens.length - 1]!.end;
  const colon = items.findIndex((item) => item.kind === 'colon');
  if (colon > 0) {
    const left = items.slice(0, colon);
    const right = items.slice(colon + 1);
    const colonToken = items[colon]!.tokens[0]!;
    if (isLabel(left) && right.length > 0) return named(text.slice(colonToken.end), []);
    if (isFirst && isName(left)) return named(text.slice(0, colonToken.start), right);
    if (isFirst && meaningOf(left[0])?.kind === 'forName' && isName(left.slice(1))) {
      return named(text.slice(endOf(left[0]!), colonToken.start), right);
    }
  }
  if (meaningOf(items[0])?.kind === 'accountLabel' && isName(items.slice(1))) {
    return named(text.slice(endOf(items[0]!)), []);
  }
  const forIndex = items.findLastIndex((item) => meaningOf(item)?.kind === 'forName');
  if (forIndex >= 0 && (forIndex === 0 || isFirst) && isName(items.slice(forIndex + 1))) {
    return named(text.slice(endOf(items[forIndex]!)), items.slice(0, forIndex));
  }
  if (!isFirst) return undefined;
  return leadingName(text, items, options.nameFirst === true);
}

/**
 * A run of capitalised words at the start that holds at least one word the vocabulary doesn't
 * know ("Premier Foods", "Unified Logistics", "Tailspin Toys"): a company name, not facts. It
 * must be followed by what is said of it ("is", "has", …), or open a command's text; there,
 * facts after the name are still read ("Contoso GPU": the account and GPU).
 */
function leadingName(
  text: string,
  items: Item[],
  commandText: boolean,
): { name: string; remaining: Item[] } | undefined {
  const first = items[0];
  if (first === undefined || first.kind === 'number' || first.kind === 'colon') return undefined;
  if (NOT_NAMES.has(first.tokens[0]!.word)) return undefined;
  let end = 0;
  while (end < items.length && items[end]!.tokens.every((token) => NAME_START.test(token.text))) {
    end += 1;
  }
  if (end === 0) return undefined;
  const next = items[end];
  const followedBySaying =
    next !== undefined && next.tokens.length === 1 && NAME_VERBS.has(next.tokens[0]!.word);
  let nameEnd = end;
  if (!followedBySaying) {
    if (!commandText) return undefined;
    // "Contoso GPU": the facts at the end of the run are facts, not part of the name.
    while (nameEnd > 0 && items[nameEnd - 1]!.kind !== 'word') nameEnd -= 1;
    if (nameEnd < end && !items.slice(nameEnd, end).every(isFact)) nameEnd = end;
  }
  const run = items.slice(0, nameEnd);
  if (!run.some((item) => item.kind === 'word')) return undefined;
  const last = run[run.length - 1]!;
  const name = text.slice(first.tokens[0]!.start, last.tokens[last.tokens.length - 1]!.end);
  return named(name, items.slice(nameEnd));
}

function isFact(item: Item): boolean {
  const kind = meaningOf(item)?.kind;
  return kind === 'flag' || kind === 'choice' || kind === 'review';
}

/** The name as typed, symbols and markup included: the card shows it as plain text. */
function named(typed: string, remaining: Item[]) {
  const name = typed.trim();
  return name.length > 0 && name.length <= ACCOUNT_MAX_LENGTH ? { name, remaining } : undefined;
}

function isLabel(items: Item[]): boolean {
  return (
    items.some((item) => meaningOf(item)?.kind === 'accountLabel') &&
    items.every((item) => ['accountLabel', 'filler'].includes(meaningOf(item)?.kind ?? ''))
  );
}

/** A name starts with a capital or a digit and holds no fact: "Contoso Ltd", "Bank of X". */
function isName(items: Item[]): boolean {
  const first = items[0];
  return (
    first !== undefined &&
    first.kind === 'word' &&
    NAME_START.test(first.tokens[0]!.text) &&
    items.every((item) => item.kind === 'word' || meaningOf(item)?.kind === 'filler')
  );
}

/** The facts a hedged segment names: "not sure about the vCPUs" names the vCPUs. */
function namedFacts(items: Item[]): FactPath[] {
  const facts = new Set<FactPath>();
  for (const item of items) {
    const meaning = meaningOf(item);
    if (meaning?.kind === 'unit' || meaning?.kind === 'flag' || meaning?.kind === 'choice') {
      facts.add(meaning.fact);
    }
  }
  return [...facts];
}

/** What a number in a segment is: one value, a range, or a side of a value. */
interface NumberReading {
  first: number;
  last: number;
  /** "400-600": both ends; "over 500": one comparison; "600": exactly */
  known: Comparison[] | undefined;
  value: number;
  mention: NumberMention;
  replaced: boolean;
}

/**
 * Numbers, ranges, "over 500", "single" and "a few", each paired with the unit next to it
 * ("3 subscriptions", "spend $60K"), or else with the question pending.
 */
function readQuantities(
  text: string,
  items: Item[],
  reading: SegmentReading,
  used: Set<Item>,
  options: SegmentOptions,
): void {
  const otherPeriod = items.map(meaningOf).find((meaning) => meaning?.kind === 'otherPeriod');
  const usedUnits = new Set<number>();
  const found: (Assignment | SegmentEstimate | SegmentProblem | { replacedBy: Assignment })[] = [];
  let unpaired = false;
  let unpairedNumber = false;
  const deferred: { number: NumberReading; words: string; at: number }[] = [];
  const wordsOf = (first: number, last: number) =>
    text.slice(items[first]!.tokens[0]!.start, endOfItem(items[last]!)).trim();
  const mark = (first: number, last: number) => {
    for (let index = first; index <= last; index += 1) used.add(items[index]!);
  };

  let position = 0;
  while (position < items.length) {
    const item = items[position]!;
    const meaning = meaningOf(item);
    if (item.kind === 'number') {
      const number = numberAt(text, items, position);
      const unitAt = unitFor(items, number.first, number.last, usedUnits, true);
      const timeUnit = meaningOf(items[number.last + 1]);
      const pairing: Pairing | undefined =
        timeUnit?.kind === 'otherTime' && unitAt === undefined
          ? otherTimeProblem(timeUnit.unit, options.pendingUnit)
          : pairQuantity(number.mention, unitAt?.fact, otherPeriod, options.pendingUnit);
      if (pairing === undefined && number.replaced) {
        // "2 regions, not 3": the number taken back counts what the one beside it counts.
        mark(number.first, number.last);
        deferred.push({ number, words: wordsOf(number.first, number.last), at: found.length });
      } else if (pairing === undefined) {
        unpaired = true;
        unpairedNumber = true;
      } else {
        const first = Math.min(number.first, unitAt?.index ?? number.first);
        const last = Math.max(number.last, unitAt?.index ?? number.last);
        const words = wordsOf(first, last);
        const asAnswer = unitAt === undefined && number.mention.currency === undefined;
        mark(first, last);
        if (pairing.problem !== undefined) {
          found.push({ fact: pairing.fact, words, problem: pairing.problem, asAnswer });
        } else if (number.replaced) {
          const checked = checkValue(pairing.fact, number.value, words);
          if (checked.ok) {
            found.push({
              replacedBy: { fact: pairing.fact, value: number.value, words, asAnswer },
            });
          }
        } else if (number.known) {
          found.push({ fact: pairing.fact, words, known: number.known, asAnswer });
        } else {
          const typed = text.slice(number.mention.start, number.mention.end);
          const checked = checkValue(pairing.fact, number.value, typed);
          found.push(
            checked.ok
              ? { fact: pairing.fact, value: checked.value, words, asAnswer }
              : { fact: pairing.fact, words, problem: checked.problem, asAnswer },
          );
        }
      }
      position = number.last + 1;
      continue;
    }
    if (meaning?.kind === 'count' || meaning?.kind === 'vague') {
      const unitAt = unitFor(items, position, position, usedUnits, meaning.kind === 'vague');
      const fact = unitAt?.fact ?? options.pendingUnit;
      if (fact !== undefined) {
        const last = Math.max(position, unitAt?.index ?? position);
        const first = Math.min(position, unitAt?.index ?? position);
        const words = wordsOf(first, last);
        const asAnswer = unitAt === undefined;
        mark(first, last);
        if (meaning.kind === 'vague') {
          found.push({ fact, words, known: [{ is: 'gte', value: meaning.min }], asAnswer });
        } else {
          const checked = checkValue(fact, meaning.value, words);
          found.push(
            checked.ok
              ? { fact, value: meaning.value, words, asAnswer }
              : { fact, words, problem: checked.problem, asAnswer },
          );
        }
      } else if (meaning.kind === 'count') {
        unpaired = true;
        unpairedNumber = true;
      }
    }
    position += 1;
  }
  for (const { number, words, at } of deferred.reverse()) {
    const beside = [...found.slice(0, at).reverse(), ...found.slice(at)].find(
      (entry): entry is Assignment | SegmentEstimate | SegmentProblem => !('replacedBy' in entry),
    );
    if (beside === undefined || !isQuantityFact(beside.fact)) {
      unpairedNumber = true;
      continue;
    }
    const fact = beside.fact;
    if (checkValue(fact, number.value, words).ok) {
      found.splice(at, 0, {
        replacedBy: { fact, value: number.value, words, asAnswer: false },
      });
    }
  }
  // A unit nothing counts is a quantity left unsaid ("regions to be confirmed"), unless it
  // repeats one that is said ("spend 45k monthly").
  const saidFacts = new Set(found.map((entry) => ('replacedBy' in entry ? '' : entry.fact)));
  items.forEach((item, index) => {
    const meaning = meaningOf(item);
    if (meaning?.kind === 'unit') {
      if (usedUnits.has(index) || saidFacts.has(meaning.fact)) used.add(item);
      else unpaired = true;
    }
  });
  if (unpaired) reading.unread = true;
  // A number that counts nothing makes the segment's other numbers doubtful too ("3 4 subs").
  if (unpairedNumber) return;
  // Estimates and wrong values are not facts: a description reports them as not understood.
  if (found.some((entry) => 'known' in entry || 'problem' in entry)) reading.unread = true;
  for (const entry of found) {
    if ('replacedBy' in entry) reading.replaced.push(entry.replacedBy);
    else if ('problem' in entry) reading.problems.push(entry);
    else if ('known' in entry) reading.estimates.push(entry);
    else reading.assignments.push(entry);
  }
  if (found.some((entry) => !('replacedBy' in entry) && entry.fact.startsWith('partner.'))) {
    reading.partnerAsked = true;
  }
}

/** The number at `position`: with a second one, a range ("400-600"); with "over", a side. */
function numberAt(text: string, items: Item[], position: number): NumberReading {
  const item = items[position] as Extract<Item, { kind: 'number' }>;
  const mention = item.mention;
  const reading: NumberReading = {
    first: position,
    last: position,
    known: undefined,
    value: mention.value,
    mention,
    replaced: false,
  };
  const connector = items[position + 1];
  const next =
    connector?.kind === 'word' && RANGE_WORDS.has(connector.tokens[0]!.word)
      ? items[position + 2]
      : connector;
  if (next?.kind === 'number') {
    const gap = text.slice(mention.end, next.mention.start);
    if (RANGE_GAP.test(gap) || gap.trim() === '') {
      const low = scaledLike(mention, text.slice(next.mention.start, next.mention.end));
      const high = next.mention.value;
      reading.last = items.indexOf(next);
      const currency = next.mention.currency ?? mention.currency;
      reading.mention = {
        ...next.mention,
        start: mention.start,
        ...(currency === undefined ? {} : { currency }),
      };
      if (low === high) {
        reading.value = high;
      } else {
        reading.known = [
          { is: 'gte', value: Math.min(low, high) },
          { is: 'lte', value: Math.max(low, high) },
        ];
      }
    }
  }
  const before = items[reading.first - 1];
  const beforeMeaning = meaningOf(before);
  const after = nextNonUnit(items, reading.last + 1);
  const afterMeaning = meaningOf(after);
  if (beforeMeaning?.kind === 'negation' || beforeMeaning?.kind === 'insteadOf') {
    reading.replaced = true;
    reading.first -= 1;
  } else if (reading.known === undefined) {
    const symbol = comparisonSymbol(text, mention);
    if (beforeMeaning?.kind === 'comparator') {
      reading.known = [{ is: beforeMeaning.is, value: reading.value }];
      reading.first -= 1;
    } else if (symbol) {
      reading.known = [{ is: symbol, value: reading.value }];
    } else if (afterMeaning?.kind === 'comparator' && after) {
      reading.known = [{ is: afterMeaning.is, value: reading.value }];
      reading.last = items.indexOf(after);
    }
  }
  return reading;
}

/** ">500", "≥ 10", "500+": a comparison written as a symbol. */
function comparisonSymbol(text: string, mention: NumberMention): Comparison['is'] | undefined {
  const before = text.slice(0, mention.start).trimEnd();
  if (/(?:>=|≥)$/u.test(before)) return 'gte';
  if (/(?:<=|≤)$/u.test(before)) return 'lte';
  if (before.endsWith('>')) return 'gt';
  if (before.endsWith('<')) return 'lt';
  if (text.slice(mention.end).startsWith('+')) return 'gte';
  return undefined;
}

/** "40-60k": the first end of a range takes the multiplier of the second. */
function scaledLike(low: NumberMention, highText: string): number {
  for (const [suffix, factor] of MULTIPLIERS) {
    const lowText = String(low.value);
    if (suffix.test(highText.trim()) && !suffix.test(lowText) && low.value < 1_000) {
      return low.value * factor;
    }
  }
  return low.value;
}

function nextNonUnit(items: Item[], from: number): Item | undefined {
  let index = from;
  while (index < items.length && meaningOf(items[index])?.kind === 'unit') index += 1;
  return items[index];
}

function endOfItem(item: Item): number {
  return item.tokens[item.tokens.length - 1]!.end;
}

/** The unit after a number (before the next number), else the one just before it. */
function unitFor(
  items: Item[],
  first: number,
  last: number,
  usedUnits: Set<number>,
  lookBack: boolean,
): { fact: QuantityFact; index: number } | undefined {
  const isCount = (item: Item) =>
    item.kind === 'number' || ['count', 'vague'].includes(meaningOf(item)?.kind ?? '');
  const take = (index: number) => {
    const meaning = meaningOf(items[index]);
    if (meaning?.kind !== 'unit' || usedUnits.has(index)) return undefined;
    usedUnits.add(index);
    return { fact: meaning.fact, index };
  };
  for (let index = last + 1; index < items.length && !isCount(items[index]!); index += 1) {
    const unit = take(index);
    if (unit) return unit;
  }
  if (!lookBack) return undefined;
  for (let index = first - 1; index >= 0 && !isCount(items[index]!); index -= 1) {
    const unit = take(index);
    if (unit) return unit;
  }
  return undefined;
}

/** The fact a number counts, or what is wrong with it as that fact. */
type Pairing = { fact: QuantityFact; problem?: AnswerProblem };

/** "2 weeks" answers no count; to the hours question it is in the wrong unit. */
function otherTimeProblem(
  unit: string,
  pendingUnit: QuantityFact | undefined,
): Pairing | undefined {
  return pendingUnit === 'partner.expectedHours'
    ? { fact: pendingUnit, problem: { kind: 'notHours', unit } }
    : undefined;
}

/** Which fact a number counts, or what is wrong with it as that fact. */
function pairQuantity(
  mention: NumberMention,
  unit: QuantityFact | undefined,
  otherPeriod: Meaning | undefined,
  pendingUnit: QuantityFact | undefined,
): Pairing | undefined {
  let fact: QuantityFact | undefined = unit;
  if (mention.currency !== undefined) {
    // Money is only ever the monthly spend; "$60K" alone counts as that, "$720K a year" not.
    if (fact !== undefined && fact !== 'monthlySpendUsd') return undefined;
    fact = 'monthlySpendUsd';
    if (!isUsDollars(mention.currency)) {
      return { fact, problem: { kind: 'notUsDollars', currency: mention.currency } };
    }
  }
  fact ??= pendingUnit;
  if (fact === undefined) return undefined;
  if (fact === 'monthlySpendUsd' && otherPeriod?.kind === 'otherPeriod') {
    return { fact, problem: { kind: 'notMonthly', period: otherPeriod.period } };
  }
  return { fact };
}

/** Yes/no keywords, choices, design reviews and partner words. */
function readPhrases(
  text: string,
  items: Item[],
  reading: SegmentReading,
  used: Set<Item>,
  options: SegmentOptions,
): void {
  items.forEach((item, position) => {
    const meaning = meaningOf(item);
    const negation = negationBefore(items, position);
    const words = () => text.slice((negation ?? item).tokens[0]!.start, endOfItem(item)).trim();
    const take = () => {
      used.add(item);
      if (negation) used.add(negation);
    };
    switch (meaning?.kind) {
      case 'flag':
        take();
        reading.assignments.push({
          fact: meaning.fact,
          value: negation ? !meaning.value : meaning.value,
          words: words(),
          asAnswer: false,
        });
        break;
      case 'choice':
        take();
        if (negation) reading.unread = true;
        else {
          reading.assignments.push({
            fact: meaning.fact,
            value: meaning.value,
            words: words(),
            asAnswer: false,
          });
        }
        break;
      case 'review':
        take();
        if (negation) reading.unread = true;
        else reading.reviews.push(meaning.trigger);
        reading.mentionsReview = true;
        break;
      case 'bareTrigger':
        take();
        if (negation) reading.unread = true;
        else reading.bareTriggers.push(meaning.trigger);
        break;
      case 'reviewNoun':
        used.add(item);
        reading.mentionsReview = true;
        break;
      case 'noReview':
        used.add(item);
        reading.noReview = true;
        break;
      case 'partnerMention':
        used.add(item);
        reading.partnerAsked = true;
        break;
      default:
        break;
    }
  });
  if (reading.assignments.some((assignment) => assignment.fact.startsWith('partner.'))) {
    reading.partnerAsked = true;
  }
  settleBareTriggersWithin(text, items, reading, options);
}

/** "partner needs architecture" is a partner need; "forecast and architecture reviews" reviews. */
function settleBareTriggersWithin(
  text: string,
  items: Item[],
  reading: SegmentReading,
  options: SegmentOptions,
): void {
  const pending: ReviewTrigger[] = [];
  for (const trigger of reading.bareTriggers) {
    if (reading.mentionsReview) reading.reviews.push(trigger);
    else if ((reading.partnerAsked || options.partner) && trigger === 'architecture') {
      const item = items.find((candidate) => {
        const meaning = meaningOf(candidate);
        return meaning?.kind === 'bareTrigger' && meaning.trigger === 'architecture';
      });
      const words = item ? text.slice(item.tokens[0]!.start, endOfItem(item)) : 'architecture';
      reading.assignments.push({
        fact: 'partner.need',
        value: 'architecture',
        words,
        asAnswer: false,
      });
      reading.partnerAsked = true;
    } else pending.push(trigger);
  }
  reading.bareTriggers = pending;
}

/** A negation right before the phrase, glue words aside: "without a support contract". */
function negationBefore(items: Item[], position: number): Item | undefined {
  for (let index = position - 1; index >= 0; index -= 1) {
    const item = items[index]!;
    const kind = meaningOf(item)?.kind;
    if (kind === 'negation') return item;
    if (item.kind !== 'word' && kind !== 'filler') return undefined;
  }
  return undefined;
}

function meaningOf(item: Item | undefined): Meaning | undefined {
  return item?.kind === 'phrase' ? item.meaning : undefined;
}

function phraseText(item: Item): string {
  return item.tokens.map((token) => token.word).join(' ');
}

function isGlue(item: Item): boolean {
  const kind = meaningOf(item)?.kind;
  return (
    item.kind === 'colon' ||
    kind === 'filler' ||
    kind === 'accountLabel' ||
    kind === 'forName' ||
    kind === 'correction'
  );
}
