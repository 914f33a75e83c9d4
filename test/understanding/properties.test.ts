import fc from 'fast-check';
import { FACT_DOMAINS, type FactPath, parsePartialFacts } from '../../src/rubric';
import {
  asksForAssessment,
  DECLINABLE_FACTS,
  MAX_DESCRIPTION_LENGTH,
  recognizeCommand,
  understandAnswer,
  understandDescription,
} from '../../src/understanding';
import { describeAnswerProblem } from '../../src/words/understanding';

const FACTS = Object.keys(FACT_DOMAINS) as FactPath[];

/** Words the parsers react to, so generated text reaches past the first check. */
const MEANINGFUL = [
  '3',
  '600',
  '1.5',
  '-2',
  '$60K',
  '€50k',
  '60,000',
  'a dozen',
  'two',
  'subscriptions',
  'regions',
  'SKUs',
  'vCPUs',
  'hours',
  'a month',
  'a year',
  'GPU',
  'no',
  'not',
  'without',
  'contract',
  'post-sales',
  'pre sales',
  'forecast',
  'architecture',
  'review',
  'quota strategy',
  'access & quota',
  'govern and ship',
  'in use',
  'partner',
  'ASfP',
  'break-fix',
  'on EA',
  'for',
  'Contoso',
  'account:',
  'maybe',
  'skip',
  'yes',
  'who should own',
];
const SEPARATORS = [', ', '; ', ' and ', '. ', '? ', ' ', ':', '\n', ''];
const ODD = [
  '${process.env.SECRET}',
  '{{account}}',
  '**bold** _it_ `code`',
  '<script>alert(1)</script>',
  '[link](http://x)',
  '😀👍🏽🇩🇪',
  'İstanbul ß ﬁ',
  '\u0000\u200b\ufeff',
  '1e400',
  '99999999999999999999999',
  '\\',
  '%s %d',
];

const descriptionLike = fc
  .array(fc.tuple(fc.constantFrom(...MEANINGFUL, ...ODD), fc.constantFrom(...SEPARATORS)), {
    maxLength: 30,
  })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  descriptionLike,
  fc.constantFrom(...ODD),
  fc
    .tuple(
      fc.constantFrom(...MEANINGFUL, ...ODD, 'x', '1 ', '1,'),
      fc.integer({ min: 1, max: 5000 }),
    )
    .map(([unit, times]) => unit.repeat(times).slice(0, 5000)),
);

function asFacts(fact: FactPath, value: unknown): unknown {
  return fact.startsWith('partner.')
    ? { partner: { [fact.slice('partner.'.length)]: value } }
    : { [fact]: value };
}

describe('understanding never breaks a turn', () => {
  it('understandDescription never throws, and its facts always pass parsePartialFacts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = understandDescription(text);
        expect(parsePartialFacts(result.facts)).toEqual({ ok: true, facts: result.facts });
        for (const part of result.ignored) {
          if (text.length <= MAX_DESCRIPTION_LENGTH) expect(text).toContain(part);
        }
        if (result.understood.some((path) => path.startsWith('partner.'))) {
          expect(result.partnerAsked).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('understandAnswer never throws for any fact and any text, and only returns valid values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FACTS), anyText, (fact, text) => {
        const result = understandAnswer(fact, text);
        if (!result.ok) {
          const message = describeAnswerProblem(fact, result.problem);
          expect(message.length).toBeGreaterThan(0);
          // Facts are named in words, never by their ids ("vmSkus", "partner.plan").
          for (const id of FACTS.filter((path) => /[A-Z.]/.test(path))) {
            expect(message).not.toContain(id);
          }
        } else if ('declined' in result) {
          expect(DECLINABLE_FACTS.has(fact)).toBe(true);
        } else {
          expect(parsePartialFacts(asFacts(fact, result.value)).ok).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('recognizeCommand and asksForAssessment never throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const command = recognizeCommand(text);
        if (command) expect(text.toLowerCase()).toContain(command.rest.toLowerCase());
        expect(typeof asksForAssessment(text)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
