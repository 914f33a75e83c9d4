/** Words that mean the same whatever the fact: declining, hedging, negating, yes and no. */

/** A whole answer made of these (and filler) means "I won't or can't say". */
export const DECLINE_PHRASES = [
  'skip',
  'skip it',
  'skip this',
  'skip this one',
  'skip this question',
  'pass',
  'not sure',
  'not really sure',
  "i'm not sure",
  'unsure',
  'not certain',
  "don't know",
  'dont know',
  'do not know',
  'dunno',
  'idk',
  'no idea',
  'no clue',
  'unknown',
  'n/a',
  "can't say",
  'cannot say',
  'rather not say',
  'leave it out',
  'leave it blank',
];

/** Uncertainty: an answer or description part with these is not taken as a yes or a fact. */
export const HEDGE_PHRASES = [
  ...DECLINE_PHRASES.filter((phrase) => !phrase.startsWith('skip') && phrase !== 'pass'),
  'maybe',
  'perhaps',
  'possibly',
  'probably',
  'might',
  'might be',
  'not yet known',
  'hard to say',
  'tbd',
  'to be decided',
  'to be confirmed',
  'tbc',
];

/** Words that turn the keyword after them around: "no GPU", "without a support contract". */
export const NEGATION_WORDS = [
  'no',
  'not',
  'non',
  'without',
  'never',
  'zero',
  "doesn't",
  'doesnt',
  'does not',
  "don't",
  'dont',
  'do not',
  "isn't",
  'is not',
  "aren't",
  'are not',
  "hasn't",
  'has not',
  "haven't",
  'have not',
  'lacks',
  'lacking',
  'missing',
];

/** Politeness and glue that neither adds nor changes meaning. */
export const FILLER_WORDS = [
  'please',
  'pls',
  'thanks',
  'thank you',
  'thx',
  'ok',
  'okay',
  'hi',
  'hello',
  'hey',
  'just',
  'sorry',
  'really',
  'honestly',
  'for now',
  'yet',
  'right now',
  'i',
  "i'm",
  'we',
  'the',
  'a',
  'an',
  'it',
  'is',
];

/** Yes and no beyond what the boolean recognizer hears (it misses "nah", "correct", "they do"). */
export const YES_PHRASES = [
  'yes',
  'absolutely',
  'of course',
  'correct',
  'definitely',
  'indeed',
  'affirmative',
  'i think so',
  'think so',
  'they do',
  'they have',
  'it does',
  'we do',
  'needed',
  'required',
];

export const NO_PHRASES = [
  'no',
  'nah',
  'n',
  'not really',
  'not at all',
  'no way',
  'negative',
  'never',
  'none',
  'of course not',
  "i don't think so",
  "don't think so",
  'dont think so',
  "they don't",
  'they do not',
  "they haven't",
  "it doesn't",
  'it does not',
  "we don't",
  'not needed',
  'not required',
];

/** "None" for a set or a count that may be zero. */
export const NONE_PHRASES = [
  'none',
  'no',
  'nothing',
  'not any',
  'neither',
  'none of them',
  'none of those',
  'no reviews',
  'no review',
  'no design review',
  'no design reviews',
  'not needed',
];

/** Every member of a set. */
export const ALL_PHRASES = ['all', 'all of them', 'all three', 'all 3', 'every one', 'everything'];

/** How often an amount of money is spent; only a monthly amount is a monthly spend. */
export const MONTH_PHRASES = ['a month', 'per month', 'month', 'monthly', 'mo', 'pm', 'p m'];
export const OTHER_PERIOD_PHRASES: readonly (readonly [string, string])[] = [
  ['a year', 'year'],
  ['per year', 'year'],
  ['year', 'year'],
  ['yearly', 'year'],
  ['annual', 'year'],
  ['annually', 'year'],
  ['per annum', 'year'],
  ['arr', 'year'],
  ['a quarter', 'quarter'],
  ['per quarter', 'quarter'],
  ['quarterly', 'quarter'],
  ['a week', 'week'],
  ['per week', 'week'],
  ['weekly', 'week'],
  ['a day', 'day'],
  ['per day', 'day'],
  ['daily', 'day'],
];

/** Hours, and the time units that are not hours (converting them would be a guess). */
export const HOUR_WORDS = ['hour', 'hours', 'hr', 'hrs', 'h'];
export const OTHER_TIME_WORDS = [
  'minute',
  'minutes',
  'min',
  'mins',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
];
