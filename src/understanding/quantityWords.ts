import type { Comparison } from './replyTypes';

/**
 * Quantities named without a number, and the least each can mean: "a couple of subscriptions"
 * is more than one; "dozens of SKUs" at least 24. None has a most: "a few" is not a guess at 3.
 */
export const VAGUE_QUANTITIES: readonly (readonly [number, readonly string[]])[] = [
  [
    2,
    [
      ...['a couple', 'a couple of', 'couple of', 'couple', 'a few', 'few of', 'several'],
      ...['multiple', 'multi', 'many', 'lots', 'lots of', 'a lot of', 'a bunch', 'a bunch of'],
      ...['bunch of', 'a handful', 'a handful of', 'a number of', 'tons of', 'loads of'],
      ...['plenty of', 'numerous', 'various', 'some', 'a pair of', 'more than one'],
    ],
  ],
  [24, ['dozens', 'dozens of']],
  [200, ['hundreds', 'hundreds of', 'a few hundred', 'several hundred', 'a couple hundred']],
  [200, ['a couple of hundred']],
  [2_000, ['thousands', 'thousands of', 'a few thousand', 'several thousand']],
  [2_000, ['a couple thousand', 'a couple of thousand', 'a few k']],
  [20_000, ['tens of thousands', 'tens of thousands of']],
  [200_000, ['hundreds of thousands', 'hundreds of thousands of']],
  [2_000_000, ['millions', 'millions of']],
];

/**
 * Words that put a number on one side of it: "over 500", "10 or fewer", "up to 400". Each
 * applies to the number right after it, or else to the one before it ("500 or more").
 */
export const COMPARATORS: readonly (readonly [Comparison['is'], readonly string[]])[] = [
  ['gt', ['over', 'more than', 'above', 'greater than', 'in excess of', 'north of']],
  ['gt', ['upwards of', 'just over', 'well over', 'well above', 'bigger than', 'larger than']],
  ['gte', ['at least', 'no less than', 'no fewer than', 'minimum', 'min', 'or more']],
  ['gte', ['or above', 'and up', 'and above', 'or over', 'or higher']],
  ['lt', ['under', 'less than', 'fewer than', 'below', 'just under', 'south of']],
  ['lt', ['well under', 'well below', 'smaller than', 'lower than']],
  ['lte', ['up to', 'at most', 'no more than', 'not more than', 'maximum', 'max', 'or less']],
  ['lte', ['or fewer', 'or below', 'or under', 'or lower', 'tops']],
];

/** What opens a correction: "actually they have 3 regions", "make that 4 subs". */
export const CORRECTION_PHRASES = [
  ...['actually', 'make that', 'make it', 'no wait', 'wait', 'oops', 'scratch that'],
  ...['i mean', 'i meant', 'correction', 'my bad', 'sorry', 'change that to', 'change it to'],
  ...['should be', 'it should be', 'should have said', 'i should have said', 'instead'],
  ...['update', 'my mistake', 'typo'],
];
