import {
  DESIGN_REVIEW_TRIGGERS,
  FACT_DOMAINS,
  type FactPath,
  type PartialFacts,
  parsePartialFacts,
  readFact,
} from '../rubric';
import type { ReviewTrigger } from './descriptionVocabulary';
import { readSegment, type SegmentReading } from './segmentReader';
import { splitSegments } from './segments';

export interface DescriptionUnderstanding {
  /** what the description states; always valid partial facts */
  facts: PartialFacts;
  /** the description mentions partner support, so the partner questions apply */
  partnerAsked: boolean;
  /** the facts it states, in the rubric's order */
  understood: FactPath[];
  /** the parts it could not use, as typed, so the bot can say what it did not understand */
  ignored: string[];
}

/** A one-line description is about a line; the rest is reported, not read. */
export const MAX_DESCRIPTION_LENGTH = 1_000;
const OVERFLOW_PREVIEW_LENGTH = 80;

/**
 * reads a one-line description ("3 subscriptions, 2 regions, $60K a month, GPU") into facts;
 * with `commandText`, the text after a command, where a name first is the account
 * ("assess Fabrikam, post-sales")
 */
export function understandDescription(
  text: string,
  options: { commandText?: boolean } = {},
): DescriptionUnderstanding {
  const segments = splitSegments(text.slice(0, MAX_DESCRIPTION_LENGTH));
  const readings = segments.map((segment, index) =>
    readSegment(segment, { isFirst: index === 0, nameFirst: options.commandText }),
  );
  settleBareTriggers(readings);

  const conflicting = new Set<number>();
  const values = collectValues(readings, conflicting);
  const designReview = collectDesignReviews(readings, conflicting);
  if (designReview !== undefined) values.set('designReview', designReview);

  const facts = validFacts(values);
  const ignored = segments
    .filter((_, index) => {
      const reading = readings[index]!;
      return reading.unread || conflicting.has(index);
    })
    .map((segment) => segment.text);
  const overflow = text.slice(MAX_DESCRIPTION_LENGTH).trim();
  if (overflow.length > 0) ignored.push(preview(overflow));

  const understood = (Object.keys(FACT_DOMAINS) as FactPath[]).filter(
    (path) => readFact(facts, path) !== undefined,
  );
  const partnerAsked =
    readings.some((reading) => reading.partnerAsked) ||
    understood.some((path) => path.startsWith('partner.'));
  return { facts, partnerAsked, understood, ignored };
}

/**
 * "forecast, architecture and quota strategy reviews": triggers named alone take "review" from
 * the run of segments they sit in. Alone they are unread: "forecast" could be the phase too.
 */
export function settleBareTriggers(readings: SegmentReading[]): void {
  const bareOnly = (reading: SegmentReading) =>
    reading.bareTriggers.length > 0 &&
    reading.assignments.length === 0 &&
    reading.reviews.length === 0 &&
    !reading.mentionsReview;
  const talksAboutReviews = (reading: SegmentReading | undefined) =>
    reading !== undefined && reading.mentionsReview;
  readings.forEach((reading, index) => {
    if (reading.bareTriggers.length === 0) return;
    let after = index + 1;
    while (readings[after] && bareOnly(readings[after]!)) after += 1;
    let before = index - 1;
    while (readings[before] && bareOnly(readings[before]!)) before -= 1;
    if (talksAboutReviews(readings[after]) || talksAboutReviews(readings[before])) {
      reading.reviews.push(...reading.bareTriggers);
    } else if (bareOnly(reading)) {
      reading.unread = true;
    }
  });
  // Settled only after every segment has looked at its neighbours as they were.
  readings.forEach((reading) => {
    reading.bareTriggers = [];
  });
}

/** Each fact's value; a fact stated twice with different values is dropped, not guessed. */
export function collectValues(
  readings: SegmentReading[],
  conflicting: Set<number>,
): Map<FactPath, unknown> {
  const statements = new Map<FactPath, { value: unknown; segment: number }[]>();
  readings.forEach((reading, segment) => {
    for (const { fact, value } of reading.assignments) {
      const list = statements.get(fact) ?? [];
      list.push({ value, segment });
      statements.set(fact, list);
    }
  });
  const values = new Map<FactPath, unknown>();
  for (const [fact, list] of statements) {
    const distinct = new Set(list.map((statement) => statement.value));
    if (distinct.size === 1) values.set(fact, list[0]!.value);
    else list.forEach((statement) => conflicting.add(statement.segment));
  }
  return values;
}

export function collectDesignReviews(
  readings: SegmentReading[],
  conflicting: Set<number>,
): ReviewTrigger[] | undefined {
  const members = new Set<ReviewTrigger>();
  const involved: number[] = [];
  let none = false;
  readings.forEach((reading, index) => {
    if (reading.reviews.length > 0 || reading.noReview) involved.push(index);
    reading.reviews.forEach((trigger) => members.add(trigger));
    none ||= reading.noReview;
  });
  if (none && members.size > 0) {
    involved.forEach((index) => conflicting.add(index));
    return undefined;
  }
  if (none) return [];
  if (members.size === 0) return undefined;
  return DESIGN_REVIEW_TRIGGERS.filter((trigger) => members.has(trigger));
}

/** The facts as the rubric's schema takes them; a value it refuses is left out. */
export function validFacts(values: Map<FactPath, unknown>): PartialFacts {
  const draft: Record<string, unknown> = {};
  const partner: Record<string, unknown> = {};
  for (const [path, value] of values) {
    if (path.startsWith('partner.')) partner[path.slice('partner.'.length)] = value;
    else draft[path] = value;
  }
  if (Object.keys(partner).length > 0) draft['partner'] = partner;
  for (let attempt = 0; attempt <= values.size; attempt += 1) {
    const parsed = parsePartialFacts(draft);
    if (parsed.ok) return parsed.facts;
    for (const problem of parsed.problems) {
      if (problem.fact.startsWith('partner.'))
        delete partner[problem.fact.slice('partner.'.length)];
      else delete draft[problem.fact];
    }
  }
  return {};
}

function preview(text: string): string {
  return text.length > OVERFLOW_PREVIEW_LENGTH
    ? `${text.slice(0, OVERFLOW_PREVIEW_LENGTH - 1)}…`
    : text;
}
