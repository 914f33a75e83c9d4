import { ACCOUNT_MAX_LENGTH, type FactPath } from '../rubric';
import { asksForAssessment } from './commands';
import type { Meaning, QuantityFact, ReviewTrigger } from './descriptionVocabulary';
import { checkValue } from './numberAnswers';
import type { PhraseMatch } from './phrases';
import { findNumbers, isUsDollars, type NumberMention } from './recognizers';
import { DESCRIPTION_TABLE, type Segment } from './segments';
import { type Token, tokenize } from './tokens';

/** One fact a segment states. */
export interface Assignment {
  fact: FactPath;
  value: unknown;
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
}

/** Longer segments are not a fact, and the recognizers slow down on long runs of numbers. */
export const MAX_SEGMENT_LENGTH = 200;

type Item =
  | { kind: 'number'; mention: NumberMention; tokens: Token[] }
  | { kind: 'phrase'; meaning: Meaning; tokens: Token[] }
  | { kind: 'colon'; tokens: Token[] }
  | { kind: 'word'; tokens: Token[] };

const NAME_START = /^[\p{Lu}\p{N}]/u;

export function readSegment(segment: Segment, isFirst: boolean): SegmentReading {
  const reading: SegmentReading = {
    assignments: [],
    reviews: [],
    noReview: false,
    bareTriggers: [],
    mentionsReview: false,
    partnerAsked: false,
    unread: false,
    filler: false,
  };
  if (segment.text.length > MAX_SEGMENT_LENGTH) return { ...reading, unread: true };
  let items = itemsOf(segment.text);
  const account = findAccount(segment.text, items, isFirst);
  if (account) {
    reading.assignments.push({ fact: 'account', value: account.name });
    items = account.remaining;
  }
  // "who should own this?" asks for the advice itself: its question mark is no hedge.
  const asking = asksForAssessment(segment.text);
  if ((segment.question && !asking) || items.some((item) => meaningOf(item)?.kind === 'hedge')) {
    // "GPU?", "maybe post-sales": not stated, so not taken.
    reading.unread = items.some((item) => !isGlue(item));
    return reading;
  }
  readQuantities(items, reading);
  readPhrases(items, reading);
  const used =
    reading.assignments.length > 0 ||
    reading.reviews.length > 0 ||
    reading.noReview ||
    reading.bareTriggers.length > 0 ||
    reading.partnerAsked;
  if (!used) {
    reading.filler = asking || items.every(isGlue);
    reading.unread = !reading.filler;
  }
  return reading;
}

/** The tokens of a segment grouped into numbers (from the recognizers), phrases and words. */
function itemsOf(text: string): Item[] {
  const tokens = tokenize(text);
  const mentions = findNumbers(text);
  const mentionOf = (token: Token) =>
    mentions.find((mention) => mention.start < token.end && token.start < mention.end);
  const phrases = new Map<number, PhraseMatch<Meaning>>();
  for (const match of DESCRIPTION_TABLE.matchAll(tokens)) phrases.set(match.first, match);

  const items: Item[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const mention = mentionOf(token);
    if (mention) {
      let end = index + 1;
      while (end < tokens.length && mentionOf(tokens[end]!) === mention) end += 1;
      items.push({ kind: 'number', mention, tokens: tokens.slice(index, end) });
      index = end;
      continue;
    }
    const phrase = phrases.get(index);
    const phraseTokens = phrase ? tokens.slice(phrase.first, phrase.last + 1) : [];
    if (phrase && !phraseTokens.some((inside) => mentionOf(inside))) {
      items.push({ kind: 'phrase', meaning: phrase.meaning, tokens: phraseTokens });
      index = phrase.last + 1;
      continue;
    }
    items.push({ kind: token.kind === 'colon' ? 'colon' : 'word', tokens: [token] });
    index += 1;
  }
  return items;
}

/**
 * "account: Contoso Ltd", "customer Contoso", "Contoso: 3 subscriptions" (first segment only),
 * "for Contoso" (a segment of its own, or the end of the first one).
 */
function findAccount(
  text: string,
  items: Item[],
  isFirst: boolean,
): { name: string; remaining: Item[] } | undefined {
  const endOf = (item: Item) => item.tokens[item.tokens.length - 1]!.end;
  const colon = items.findIndex((item) => item.kind === 'colon');
  if (colon > 0) {
    const left = items.slice(0, colon);
    const right = items.slice(colon + 1);
    const colonToken = items[colon]!.tokens[0]!;
    if (isLabel(left) && right.length > 0) return named(text.slice(colonToken.end), []);
    if (isFirst && isName(left)) return named(text.slice(0, colonToken.start), right);
  }
  if (meaningOf(items[0])?.kind === 'accountLabel' && isName(items.slice(1))) {
    return named(text.slice(endOf(items[0]!)), []);
  }
  const forIndex = items.findLastIndex((item) => meaningOf(item)?.kind === 'forName');
  if (forIndex >= 0 && (forIndex === 0 || isFirst) && isName(items.slice(forIndex + 1))) {
    return named(text.slice(endOf(items[forIndex]!)), items.slice(0, forIndex));
  }
  return undefined;
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

/** Numbers and "single", each paired with the unit next to it: "3 subscriptions", "spend $60K". */
function readQuantities(items: Item[], reading: SegmentReading): void {
  const otherPeriod = items.some((item) => meaningOf(item)?.kind === 'otherPeriod');
  const usedUnits = new Set<number>();
  const quantities: Assignment[] = [];
  let unpaired = false;
  items.forEach((item, position) => {
    const meaning = meaningOf(item);
    if (item.kind === 'number') {
      const unit = unitFor(items, position, usedUnits, true);
      const assignment = quantity(item.mention, unit, otherPeriod);
      if (assignment) quantities.push(assignment);
      else unpaired = true;
    } else if (meaning?.kind === 'count') {
      const unit = unitFor(items, position, usedUnits, false);
      const assignment = unit === undefined ? undefined : checked(unit, meaning.value);
      if (assignment) quantities.push(assignment);
      else unpaired = true;
    }
  });
  // A unit nothing counts is a quantity left unsaid ("multiple regions"), unless it repeats
  // one that is said ("spend 45k monthly").
  const saidFacts = new Set(quantities.map((assignment) => assignment.fact));
  items.forEach((item, position) => {
    const meaning = meaningOf(item);
    if (meaning?.kind === 'unit' && !usedUnits.has(position) && !saidFacts.has(meaning.fact)) {
      unpaired = true;
    }
  });
  if (unpaired) {
    // A number that counts nothing makes the segment's other numbers doubtful too ("$60k-$70k").
    reading.unread = true;
    return;
  }
  reading.assignments.push(...quantities);
  if (quantities.some((assignment) => assignment.fact.startsWith('partner.'))) {
    reading.partnerAsked = true;
  }
}

/** The unit after a number (before the next number), else the one just before it. */
function unitFor(
  items: Item[],
  position: number,
  usedUnits: Set<number>,
  lookBack: boolean,
): QuantityFact | undefined {
  const isCount = (item: Item) => item.kind === 'number' || meaningOf(item)?.kind === 'count';
  const take = (index: number): QuantityFact | undefined => {
    const meaning = meaningOf(items[index]);
    if (meaning?.kind !== 'unit' || usedUnits.has(index)) return undefined;
    usedUnits.add(index);
    return meaning.fact;
  };
  for (let index = position + 1; index < items.length && !isCount(items[index]!); index += 1) {
    const unit = take(index);
    if (unit) return unit;
  }
  if (!lookBack) return undefined;
  for (let index = position - 1; index >= 0 && !isCount(items[index]!); index -= 1) {
    const unit = take(index);
    if (unit) return unit;
  }
  return undefined;
}

function quantity(
  mention: NumberMention,
  unit: QuantityFact | undefined,
  otherPeriod: boolean,
): Assignment | undefined {
  let fact: QuantityFact | undefined = unit;
  if (mention.currency !== undefined) {
    // Money is only ever the monthly spend; "$60K" alone counts as that, "$720K a year" not.
    if (!isUsDollars(mention.currency)) return undefined;
    if (fact !== undefined && fact !== 'monthlySpendUsd') return undefined;
    fact = 'monthlySpendUsd';
  }
  if (fact === undefined) return undefined;
  if (fact === 'monthlySpendUsd' && otherPeriod) return undefined;
  return checked(fact, mention.value);
}

function checked(fact: QuantityFact, value: number): Assignment | undefined {
  return checkValue(fact, value, String(value)).ok ? { fact, value } : undefined;
}

/** Yes/no keywords, choices, design reviews and partner words. */
function readPhrases(items: Item[], reading: SegmentReading): void {
  items.forEach((item, position) => {
    const meaning = meaningOf(item);
    switch (meaning?.kind) {
      case 'flag':
        reading.assignments.push({
          fact: meaning.fact,
          value: negated(items, position) ? !meaning.value : meaning.value,
        });
        break;
      case 'choice':
        if (negated(items, position)) reading.unread = true;
        else reading.assignments.push({ fact: meaning.fact, value: meaning.value });
        break;
      case 'review':
        if (negated(items, position)) reading.unread = true;
        else reading.reviews.push(meaning.trigger);
        reading.mentionsReview = true;
        break;
      case 'bareTrigger':
        if (negated(items, position)) reading.unread = true;
        else reading.bareTriggers.push(meaning.trigger);
        break;
      case 'reviewNoun':
        reading.mentionsReview = true;
        break;
      case 'noReview':
        reading.noReview = true;
        break;
      case 'partnerMention':
        reading.partnerAsked = true;
        break;
      default:
        break;
    }
  });
  if (reading.assignments.some((assignment) => assignment.fact.startsWith('partner.'))) {
    reading.partnerAsked = true;
  }
  settleBareTriggersWithin(reading);
}

/** "partner needs architecture" is a partner need; "forecast and architecture reviews" reviews. */
function settleBareTriggersWithin(reading: SegmentReading): void {
  const pending: ReviewTrigger[] = [];
  for (const trigger of reading.bareTriggers) {
    if (reading.mentionsReview) reading.reviews.push(trigger);
    else if (reading.partnerAsked && trigger === 'architecture') {
      reading.assignments.push({ fact: 'partner.need', value: 'architecture' });
    } else pending.push(trigger);
  }
  reading.bareTriggers = pending;
}

/** A negation right before the phrase, glue words aside: "without a support contract". */
function negated(items: Item[], position: number): boolean {
  for (let index = position - 1; index >= 0; index -= 1) {
    const item = items[index]!;
    const kind = meaningOf(item)?.kind;
    if (kind === 'negation') return true;
    if (item.kind !== 'word' && kind !== 'filler') return false;
  }
  return false;
}

function meaningOf(item: Item | undefined): Meaning | undefined {
  return item?.kind === 'phrase' ? item.meaning : undefined;
}

function isGlue(item: Item): boolean {
  const kind = meaningOf(item)?.kind;
  return (
    item.kind === 'colon' || kind === 'filler' || kind === 'accountLabel' || kind === 'forName'
  );
}
