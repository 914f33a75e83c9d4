import { FACT_DOMAINS, FACT_PATHS, type FactPath, type PartialFacts, readFact } from '../rubric';
import { MAX_ANSWER_LENGTH, understandAnswerFully } from './answers';
import { answerWords } from './choiceAnswers';
import { COMMANDS_WITH_TEXT } from './commandPhrases';
import { asksForAssessment, recognizeCommand, type RecognizedCommand } from './commands';
import {
  collectDesignReviews,
  collectValues,
  MAX_DESCRIPTION_LENGTH,
  settleBareTriggers,
  validFacts,
} from './description';
import { PhraseTable, phrasesMeaning } from './phrases';
import type { AnswerProblem } from './problems';
import { CORRECTION_PHRASES } from './quantityWords';
import {
  type Asking,
  type Estimate,
  type FactBound,
  type GivenFact,
  isQuantityFact,
  type PendingReading,
  type Reply,
  type ReplyContext,
  type Statement,
} from './replyTypes';
import { readSegment, type SegmentEstimate, type SegmentReading } from './segmentReader';
import { splitSegments } from './segments';
import { readSimpleNumber } from './simpleNumbers';
import { holds, otherSide, settledSides, thresholdsOfTheRules } from './thresholds';
import { type Token, tokenize } from './tokens';
import { isTypedQuestion } from './typedQuestions';
import { DECLINE_PHRASES, FILLER_WORDS, NO_PHRASES, YES_PHRASES } from './vocabulary';

/** "not sure", "no clue", "who knows": the person doesn't know. */
const UNKNOWN = new PhraseTable(
  phrasesMeaning(
    [
      ...DECLINE_PHRASES,
      ...['no clue', 'not a clue', 'who knows', 'beats me', 'not known', "can't tell"],
      ...['cannot tell', "couldn't say", 'need to check', 'have to check', 'let me check'],
      ...['will check', "i'll check", 'no idea at all', 'not sure at all', 'tbh', 'honestly'],
      ...["i don't know", 'i dont know', "haven't a clue", 'dont know yet', 'no info'],
    ],
    true,
  ),
);
/** Words an answer may carry that change nothing: politeness, "actually", "sorry". */
const GLUE = new PhraseTable(
  phrasesMeaning(
    [
      ...FILLER_WORDS,
      ...CORRECTION_PHRASES,
      ...['they', 'they have', 'we have', 'has', 'have', 'got', "they've", "we've", "it's"],
      ...['on', 'with', 'using', "we're", "they're", 'they are', 'we are', 'our', 'their'],
      ...['currently', 'so', 'then', 'well', 'hmm', 'um', 'uh', 'er', 'tbh'],
      // between answer words: "forecast and architecture", "yes and no"
      ...['and', 'or', 'but', 'plus'],
    ],
    true,
  ),
);

const CORRECTIONS = new PhraseTable(phrasesMeaning(CORRECTION_PHRASES, true));

/** Yes and no to "Is the largest quota group over 500 vCPUs?", and the words for each side. */
const THRESHOLD_WORDS = new PhraseTable<boolean>([
  ...phrasesMeaning([...YES_PHRASES, 'yep', 'yeah', 'yup', 'sure', 'y'], true),
  ...phrasesMeaning(['over', 'more', 'above', 'higher', 'bigger', 'larger', 'greater'], true),
  ...phrasesMeaning(['more than that', 'over that', 'way over', 'well over', 'way more'], true),
  ...phrasesMeaning([...NO_PHRASES, 'nope'], false),
  ...phrasesMeaning(['under', 'less', 'fewer', 'below', 'lower', 'smaller', 'not over'], false),
  ...phrasesMeaning(
    ['less than that', 'under that', 'not more', 'nowhere near', 'way under'],
    false,
  ),
  ...phrasesMeaning(['not that many', 'not that much', 'way less', 'way fewer'], false),
]);

const LEADING_YES = new Set(['yes', 'yeah', 'yep', 'yup', 'sure', 'correct', 'absolutely', 'y']);
const LEADING_NO = new Set(['no', 'nope', 'nah', 'n', 'negative']);

/** A candidate answer to the question pending, from one part of the reply. */
type Candidate =
  | { kind: 'value'; value: unknown; words: string }
  | { kind: 'estimate'; estimate: SegmentEstimate }
  | { kind: 'problem'; problem: AnswerProblem }
  | { kind: 'unknown' };

/**
 * Reads a message typed while a question is pending (or when none is): a command, a question for
 * the knowledge base, or what it says about the facts — the answer to the question, facts it
 * names for other facts, corrections, numbers it names but doesn't give. Nothing is guessed: a
 * fact is only ever taken from words that name it, or that answer the question pending.
 */
export function readReply(text: string, context: ReplyContext = {}): Reply {
  const typed = text.trim();
  const asking = context.asking;
  const thresholds = [
    ...(context.thresholds ?? thresholdsOfTheRules()),
    ...(asking && 'threshold' in asking ? [{ fact: asking.fact, ...asking.threshold }] : []),
  ];
  const options: ReadOptions = { asking, partner: context.partner === true, thresholds };

  // The answers typed most ("600", "about 600 vCPUs") skip every other check: none of them is
  // a command, a question or anything else.
  if (asking && !('threshold' in asking) && typed.length <= MAX_ANSWER_LENGTH) {
    const simple = readSimpleNumber(asking.fact, typed);
    if (simple !== undefined) return answered(asking.fact, simple, typed);
  }

  // An answer made only of the question's own words ("yes", "post-sales", "partner") is
  // that answer, whatever else the words could be; "yes?" is not sure, so it goes the long way.
  const table = asking && !('threshold' in asking) ? answerWords(asking.fact) : undefined;
  if (asking && table && !typed.includes('?') && typed.length <= MAX_ANSWER_LENGTH) {
    if (consists(table, tokenize(typed)))
      return { kind: 'statement', ...readStatement(typed, options) };
  }

  const command = recognizeCommand(typed);
  if (command && !answersInstead(command, typed, asking)) {
    const details = COMMANDS_WITH_TEXT.has(command.command)
      ? readStatement(command.rest, { ...options, asking: undefined, commandText: true })
      : emptyStatement();
    return {
      kind: 'command',
      command: command.command,
      rest: command.rest,
      typo: command.typo === true,
      details,
    };
  }
  if (typed === '') return statementWith(emptyStatement(), asking, { kind: 'empty' });
  if (isUnknown(typed)) return unknownReply(asking);
  if (!asksForAssessment(typed) && isTypedQuestion(typed)) return { kind: 'question', text: typed };
  if (asking?.fact === 'account') return accountReply(typed);
  if (asking && 'threshold' in asking) {
    const side = readThresholdWords(typed, asking.fact, asking.threshold);
    if (side) return { kind: 'statement', ...sideStatement(side) };
  }
  return { kind: 'statement', ...readStatement(typed, options) };
}

/** "partner" answers "who is asking?"; "skip" says the person doesn't know. */
function answersInstead(
  command: RecognizedCommand,
  typed: string,
  asking: Asking | undefined,
): boolean {
  if (!asking) return false;
  if (command.command === 'skip') return true;
  if (!COMMANDS_WITH_TEXT.has(command.command) && command.typo !== true) return false;
  if ('threshold' in asking) return false;
  const answer = understandAnswerFully(asking.fact, typed);
  return answer.ok && !('declined' in answer);
}

interface ReadOptions {
  asking: Asking | undefined;
  partner: boolean;
  thresholds: readonly FactBound[];
  commandText?: boolean;
}

function isUnknown(typed: string): boolean {
  if (/^[?\s]+$/u.test(typed)) return true;
  return consists(UNKNOWN, tokenize(typed));
}

/** Every word is one of the table's phrases, or glue; and at least one phrase is there. */
function consists<Meaning>(table: PhraseTable<Meaning>, tokens: readonly Token[]): boolean {
  const found = table.matchAll(tokens);
  const covered = new Set<number>();
  for (const match of [...found, ...GLUE.matchAll(tokens)]) {
    for (let index = match.first; index <= match.last; index += 1) covered.add(index);
  }
  return (
    found.length > 0 && tokens.every((token, index) => token.kind !== 'word' || covered.has(index))
  );
}

function unknownReply(asking: Asking | undefined): Reply {
  const statement = emptyStatement();
  if (!asking) return { kind: 'statement', ...statement };
  return {
    kind: 'statement',
    ...statement,
    pending: { kind: 'unknown' },
    unknown: [asking.fact],
  };
}

/** The account question takes the text as typed: "Premier Foods" is a name, not a contract. */
function accountReply(typed: string): Reply {
  const answer = understandAnswerFully('account', typed);
  if (!answer.ok) return statementWith(emptyStatement(), { fact: 'account' }, answer.problem);
  if ('declined' in answer) return unknownReply({ fact: 'account' });
  return answered('account', answer.value, typed);
}

/** Yes, no, "over", "less" to a threshold question; undefined when there is more to read. */
function readThresholdWords(
  typed: string,
  fact: FactBound['fact'],
  threshold: Omit<FactBound, 'fact'>,
): FactBound | { problem: AnswerProblem } | undefined {
  const tokens = tokenize(typed);
  if (!consists(THRESHOLD_WORDS, tokens)) return undefined;
  const sides = new Set(THRESHOLD_WORDS.matchAll(tokens).map((match) => match.meaning));
  if (sides.size > 1) return { problem: { kind: 'yesAndNo' } };
  const bound: FactBound = { fact, ...threshold };
  return sides.has(true) ? bound : otherSide(bound);
}

function sideStatement(side: FactBound | { problem: AnswerProblem }): Statement {
  const statement = emptyStatement();
  if ('problem' in side)
    return { ...statement, pending: { kind: 'problem', problem: side.problem } };
  return { ...statement, pending: { kind: 'bound', bound: side }, bounds: [side] };
}

function readStatement(typed: string, options: ReadOptions): Statement {
  const { asking } = options;
  const fact = asking?.fact;
  const table = fact === undefined ? undefined : answerWords(fact);
  // A whole reply made of the question's own answer words is read as one answer, so that
  // "forecast and architecture" is both reviews and "yes and no" is both yes and no.
  if (fact !== undefined && table && typed.length <= MAX_ANSWER_LENGTH) {
    if (consists(table, tokenize(typed))) {
      return fromCandidates(fact, [answerCandidate(fact, typed)], typed, options, []);
    }
  }
  const text = typed.slice(0, MAX_DESCRIPTION_LENGTH);
  const segments = splitSegments(text);
  const pendingUnit = fact !== undefined && isQuantityFact(fact) ? fact : undefined;
  const candidates: Candidate[] = [];
  const answeredSegments = new Set<number>();
  const readings = segments.map((segment, index) => {
    const reading = readSegment(segment, {
      isFirst: index === 0,
      pendingUnit,
      partner: options.partner,
      nameFirst: options.commandText,
    });
    if (fact === undefined) return reading;
    const said = saysSomething(reading);
    const tokens = tokenize(segment.text);
    if (table && consists(table, tokens)) {
      // "premier" to the partner's plan is the plan, though it names a contract elsewhere.
      candidates.push(answerCandidate(fact, segment.text));
      answeredSegments.add(index);
      return quiet(reading);
    }
    if (reading.hedged && reading.unknown.length === 0 && consists(UNKNOWN, tokens)) {
      candidates.push({ kind: 'unknown' });
      answeredSegments.add(index);
      return reading;
    }
    if (!said && !reading.filler && !reading.hedged) {
      // "Yep!", "none", "a lot": the whole part is the answer, read the long way.
      candidates.push(answerCandidate(fact, segment.text));
      answeredSegments.add(index);
      return reading;
    }
    if (reading.hedged && !said && reading.unread) {
      // "GPU?", "probably yes", "600?": not said for sure, so asked again.
      candidates.push({ kind: 'problem', problem: { kind: 'hedged' } });
      answeredSegments.add(index);
      return reading;
    }
    const leading = reading.leadingWord?.word;
    if (FACT_DOMAINS[fact].kind === 'boolean' && leading !== undefined) {
      // "yes they're post-sales": the yes answers; "they have" before another fact does not.
      if (LEADING_YES.has(leading)) candidates.push(valueCandidate(true, reading.leadingWord!));
      if (LEADING_NO.has(leading)) candidates.push(valueCandidate(false, reading.leadingWord!));
    } else if (table && FACT_DOMAINS[fact].kind === 'enum') {
      // "we" answers "who is asking?" alone, but in "we have 3 subs" it is only glue.
      const leftover = table.matchAll(reading.leftover).filter((match) => {
        const glue = GLUE.matchAt(reading.leftover, match.first);
        return glue === undefined || glue.last < match.last;
      });
      if (leftover.length > 0) {
        const words = reading.leftover
          .slice(leftover[0]!.first, leftover[leftover.length - 1]!.last + 1)
          .filter((token) => token.kind === 'word');
        const wordsText = segment.text.slice(words[0]!.start, words[words.length - 1]!.end);
        candidates.push(answerCandidate(fact, wordsText));
      }
    }
    return reading;
  });
  return fromCandidates(fact, candidates, typed, options, readings, segments, answeredSegments);
}

function valueCandidate(value: boolean, token: Token): Candidate {
  return { kind: 'value', value, words: token.text };
}

/** The question's own reader, for one part of the reply. */
function answerCandidate(fact: FactPath, text: string): Candidate {
  const answer = understandAnswerFully(fact, text);
  if (!answer.ok) return { kind: 'problem', problem: answer.problem };
  if ('declined' in answer) return { kind: 'unknown' };
  return { kind: 'value', value: answer.value, words: text.trim() };
}

function saysSomething(reading: SegmentReading): boolean {
  return (
    reading.assignments.length > 0 ||
    reading.reviews.length > 0 ||
    reading.noReview ||
    reading.bareTriggers.length > 0 ||
    reading.estimates.length > 0 ||
    reading.problems.length > 0 ||
    reading.replaced.length > 0 ||
    reading.unknown.length > 0 ||
    (reading.partnerAsked && !reading.unread)
  );
}

/** A part taken whole as the answer says nothing else. */
function quiet(reading: SegmentReading): SegmentReading {
  return {
    ...reading,
    assignments: [],
    reviews: [],
    noReview: false,
    bareTriggers: [],
    estimates: [],
    problems: [],
    unread: false,
    filler: true,
  };
}

function fromCandidates(
  fact: FactPath | undefined,
  extra: Candidate[],
  typed: string,
  options: ReadOptions,
  readings: SegmentReading[],
  segments: { text: string }[] = [],
  answeredSegments: ReadonlySet<number> = new Set(),
): Statement {
  settleBareTriggers(readings);
  const candidates = [...extra];
  const otherAssignments = readings.flatMap((reading) => reading.assignments);
  const estimates: SegmentEstimate[] = [];
  const problems: Statement['problems'] = [];
  for (const reading of readings) {
    for (const estimate of reading.estimates) {
      if (estimate.fact === fact) candidates.push({ kind: 'estimate', estimate });
      else estimates.push(estimate);
    }
    for (const found of reading.problems) {
      if (found.fact === fact) candidates.push({ kind: 'problem', problem: found.problem });
      else problems.push({ fact: found.fact, words: found.words, problem: found.problem });
    }
  }
  for (const assignment of otherAssignments) {
    if (assignment.fact === fact) {
      candidates.push({ kind: 'value', value: assignment.value, words: assignment.words });
    }
  }

  const pending = fact === undefined ? undefined : settlePending(fact, candidates, options);
  const conflicting = new Set<number>();
  const valueReadings = readings.map((reading) => ({
    ...reading,
    assignments: reading.assignments.filter((assignment) => assignment.fact !== fact),
  }));
  const values = collectValues(valueReadings, conflicting);
  const designReview = collectDesignReviews(readings, conflicting);
  if (designReview !== undefined) values.set('designReview', designReview);
  if (fact !== undefined && pending?.kind === 'answered') values.set(fact, pending.value);
  const facts = validFacts(values);

  const given: GivenFact[] = [];
  for (const path of FACT_PATHS) {
    const value = readFact(facts, path);
    if (value === undefined) continue;
    if (path === fact && pending?.kind === 'answered') {
      given.push({ fact: path, value, words: pendingWords(candidates, typed), asAnswer: true });
      continue;
    }
    const from = otherAssignments.find((assignment) => assignment.fact === path);
    given.push({
      fact: path,
      value,
      words: from?.words ?? reviewWords(segments, readings),
      asAnswer: from?.asAnswer === true,
    });
  }

  const allEstimates: Estimate[] = estimates.map((estimate) => withSides(estimate, options));
  if (pending?.kind === 'estimate') allEstimates.unshift(pending.estimate);
  const bounds = allEstimates.flatMap((estimate) => estimate.settles);
  if (pending?.kind === 'bound') bounds.unshift(pending.bound);
  const unknown = new Set<FactPath>(readings.flatMap((reading) => reading.unknown));
  if (pending?.kind === 'unknown' && fact !== undefined) unknown.add(fact);
  const replaced = readings.flatMap((reading) => reading.replaced);
  const ignored = segments
    .filter((_, index) => {
      const reading = readings[index]!;
      if (answeredSegments.has(index)) return false;
      const accounted =
        reading.estimates.length > 0 || reading.problems.length > 0 || reading.unknown.length > 0;
      return (reading.unread && !accounted) || conflicting.has(index);
    })
    .map((segment) => segment.text);
  const overflow = typed.slice(MAX_DESCRIPTION_LENGTH).trim();
  if (overflow.length > 0) ignored.push(overflow.slice(0, 80));
  const partnerAsked =
    readings.some((reading) => reading.partnerAsked) || facts.partner !== undefined;
  const saysFacts = given.some((entry) => entry.fact !== 'account') || allEstimates.length > 0;
  return {
    facts,
    given,
    ...(pending === undefined ? {} : { pending }),
    bounds: dedupeBounds(bounds),
    estimates: allEstimates,
    unknown: [...unknown],
    replaced,
    correction:
      readings.some((reading) => reading.correction) ||
      replaced.length > 0 ||
      CORRECTIONS.matchAll(tokenize(typed)).length > 0,
    partnerAsked,
    problems,
    ignored,
    looksLikeAssessment: fact === undefined && (saysFacts || asksForAssessment(typed)),
  };
}

function pendingWords(candidates: Candidate[], typed: string): string {
  const value = candidates.find((candidate) => candidate.kind === 'value');
  return value?.kind === 'value' ? value.words : typed;
}

function reviewWords(segments: { text: string }[], readings: SegmentReading[]): string {
  return segments
    .filter((_, index) => readings[index]!.reviews.length > 0 || readings[index]!.noReview)
    .map((segment) => segment.text)
    .join(', ');
}

/** One outcome for the question pending, from every part that answered it. */
function settlePending(
  fact: FactPath,
  candidates: Candidate[],
  options: ReadOptions,
): PendingReading {
  const asking = options.asking;
  const values = candidates.filter((candidate) => candidate.kind === 'value');
  const distinct = [
    ...new Map(values.map((value) => [JSON.stringify(value.value), value])).values(),
  ];
  if (distinct.length > 1) return { kind: 'problem', problem: several(fact, distinct) };
  if (distinct.length === 1) {
    const value = distinct[0]!.value;
    const estimate = candidates.find((candidate) => candidate.kind === 'estimate');
    // "3 or so, maybe 3-4": the number given wins over the range around it.
    if (estimate === undefined || typeof value !== 'number') return { kind: 'answered', value };
    return estimate.estimate.known.every((comparison) => holds(comparison, value))
      ? { kind: 'answered', value }
      : {
          kind: 'problem',
          problem: { kind: 'severalNumbers', typed: [distinct[0]!.words, estimate.estimate.words] },
        };
  }
  const estimate = candidates.find((candidate) => candidate.kind === 'estimate');
  if (estimate?.kind === 'estimate') {
    const sides = withSides(estimate.estimate, options);
    if (asking && 'threshold' in asking) {
      const asked = sides.settles.find(
        (side) =>
          side.value === asking.threshold.value &&
          (side.is === asking.threshold.is || side.is === otherSide(asking.threshold).is),
      );
      if (asked) return { kind: 'bound', bound: asked };
    }
    return { kind: 'estimate', estimate: sides };
  }
  const problem = candidates.find((candidate) => candidate.kind === 'problem');
  if (problem?.kind === 'problem') return { kind: 'problem', problem: problem.problem };
  if (candidates.some((candidate) => candidate.kind === 'unknown')) return { kind: 'unknown' };
  return { kind: 'open' };
}

function several(fact: FactPath, values: { value: unknown; words: string }[]): AnswerProblem {
  switch (FACT_DOMAINS[fact].kind) {
    case 'boolean':
      return { kind: 'yesAndNo' };
    case 'integer':
    case 'number':
      return { kind: 'severalNumbers', typed: values.map((value) => value.words) };
    default:
      return { kind: 'severalChoices', titles: values.map((value) => value.words) };
  }
}

function withSides(estimate: SegmentEstimate, options: ReadOptions): Estimate {
  return {
    fact: estimate.fact,
    words: estimate.words,
    known: estimate.known,
    settles: settledSides(estimate.fact, estimate.known, options.thresholds),
  };
}

function dedupeBounds(bounds: FactBound[]): FactBound[] {
  return [
    ...new Map(bounds.map((bound) => [`${bound.fact} ${bound.is} ${bound.value}`, bound])).values(),
  ];
}

function answered(fact: FactPath, value: unknown, typed: string): Reply {
  const facts = validFacts(new Map([[fact, value]]));
  return {
    kind: 'statement',
    ...emptyStatement(),
    facts,
    given: [{ fact, value, words: typed, asAnswer: true }],
    pending: { kind: 'answered', value },
  };
}

function statementWith(
  statement: Statement,
  asking: Asking | undefined,
  problem: AnswerProblem,
): Reply {
  return asking
    ? { kind: 'statement', ...statement, pending: { kind: 'problem', problem } }
    : { kind: 'statement', ...statement };
}

function emptyStatement(): Statement {
  const facts: PartialFacts = {};
  return {
    facts,
    given: [],
    bounds: [],
    estimates: [],
    unknown: [],
    replaced: [],
    correction: false,
    partnerAsked: false,
    problems: [],
    ignored: [],
    looksLikeAssessment: false,
  };
}
