import fc from 'fast-check';
import { FACT_PATHS, type FactPath, parsePartialFacts, readFact } from '../../src/rubric';
import { type Asking, QUESTIONS, readReply, QUANTITY_FACTS } from '../../src/understanding';
import { wordsOf } from '../../src/understanding/tokens';

/** Words that name a fact with its own noun: "two subs", "no contract", "forecast review". */
const count = (fact: FactPath, nouns: string[]) =>
  fc
    .tuple(
      fc.oneof(
        fc.integer({ min: 2, max: 5000 }).map(String),
        fc.constantFrom('two', 'three', 'a dozen', 'twelve', 'forty'),
      ),
      fc.constantFrom(...nouns),
    )
    .map(([number, noun]): [FactPath, string] => [fact, `${number} ${noun}`]);
const phrases = (fact: FactPath, texts: string[]) =>
  fc.constantFrom(...texts).map((text): [FactPath, string] => [fact, text]);

const NAMING = fc.oneof(
  count('subscriptions', ['subs', 'subscriptions', 'azure subscriptions']),
  count('regions', ['regions', 'azure regions']),
  count('vmSkus', ['SKUs', 'VM SKUs', 'vm sizes']),
  count('quotaGroupVcpus', ['vCPUs', 'cores', 'vcores']),
  phrases('monthlySpendUsd', ['$60k a month', '$45,000 per month', 'spend 80k monthly']),
  phrases('salesStage', ['post-sales', 'pre sales', 'after the sale', 'presales']),
  phrases('supportContract', ['no contract', 'they have Unified', 'premier support']),
  phrases('supportContract', ['without a support contract', 'a support contract']),
  phrases('gpuOrRestricted', ['GPU', 'no GPUs', 'restricted SKUs', 'GPU capacity']),
  phrases('processCoordination', ['needs process coordination', 'no process coordination']),
  phrases('designReview', ['forecast review', 'architecture review', 'quota strategy review']),
  phrases('phase', ['reserve phase', 'govern and ship phase']),
  phrases('maturity', ['cloud is in use', 'cloud affine']),
  phrases('partner.plan', ['ASfP', 'PSfP']),
  phrases('partner.need', ['break-fix', 'go-to-market', 'a security vulnerability']),
  phrases('partner.expectedHours', ['40 hours', '12 hrs']),
);
const BEFORE = ['', 'actually ', 'they have ', 'we have ', 'ok ', 'sorry, ', 'and ', 'oh and '];
const AFTER = ['', '.', '!', ' now', ' total', ' btw'];

/** The phrases a question takes as its own answer ("premier" to the partner's plan). */
function answerPhrases(fact: FactPath): string[] {
  return (QUESTIONS[fact].choices ?? []).flatMap((choice) => [
    choice.title,
    ...choice.synonyms,
    ...(typeof choice.value === 'string' ? [choice.value] : []),
  ]);
}

function contains(text: string, phrase: string): boolean {
  return ` ${wordsOf(text).join(' ')} `.includes(` ${wordsOf(phrase).join(' ')} `);
}

const ASKED = FACT_PATHS.filter((fact) => fact !== 'account');

describe('readReply: a recorded fact comes from words that name it or answer the question', () => {
  it('an answer to question A that names fact B with B’s words records B, never A', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...ASKED),
        NAMING,
        fc.constantFrom(...BEFORE),
        fc.constantFrom(...AFTER),
        (asked, [named, words], before, after) => {
          fc.pre(asked !== named);
          // Words that are A's own answers too ("premier" to the partner's plan) are A's.
          fc.pre(!answerPhrases(asked).some((phrase) => contains(words, phrase)));
          checked += 1;
          const text = `${before}${words}${after}`;
          const reply = readReply(text, { asking: { fact: asked } });
          expect(reply.kind).toBe('statement');
          if (reply.kind !== 'statement') return;
          expect(readFact(reply.facts, asked)).toBeUndefined();
          expect(['answered', 'bound']).not.toContain(reply.pending?.kind);
          expect(readFact(reply.facts, named)).toBeDefined();
          expect(reply.given.map((given) => given.fact)).toEqual([named]);
        },
      ),
      { numRuns: 600 },
    );
    expect(checked).toBeGreaterThan(300);
  });

  const anyAsking: fc.Arbitrary<Asking | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...FACT_PATHS).map((fact): Asking => ({ fact })),
    fc
      .tuple(fc.constantFrom(...QUANTITY_FACTS), fc.constantFrom('gt', 'lte'), fc.nat(1000))
      .map(([fact, is, value]): Asking => ({ fact, threshold: { is, value } })),
  );
  const replyLike = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc
      .array(
        fc.oneof(
          NAMING.map(([, words]) => words),
          fc.constantFrom('yes', 'no', 'not sure', '600', 'a few', '3-4', 'over 500', 'actually'),
          fc.constantFrom('how', 'what', '?', 'Contoso', 'Premier Foods', 'not', 'make that'),
        ),
        { maxLength: 6 },
      )
      .chain((parts) =>
        fc
          .array(fc.constantFrom(', ', ' ', ' and ', '. ', '? ', '; '), {
            minLength: parts.length,
            maxLength: parts.length,
          })
          .map((separators) => parts.map((part, at) => part + separators[at]).join('')),
      ),
  );

  it('every fact it gives is valid, read from words in the text, and only the question pending is answered without its own words', () => {
    fc.assert(
      fc.property(anyAsking, replyLike, (asking, text) => {
        const reply = readReply(text, asking ? { asking } : {});
        const statement =
          reply.kind === 'statement' ? reply : reply.kind === 'command' ? reply.details : undefined;
        if (!statement) return;
        expect(parsePartialFacts(statement.facts)).toEqual({ ok: true, facts: statement.facts });
        const recorded = FACT_PATHS.filter((fact) => readFact(statement.facts, fact) !== undefined);
        expect(statement.given.map((given) => given.fact).sort()).toEqual([...recorded].sort());
        for (const given of statement.given) {
          if (given.fact !== 'designReview') {
            expect(text.toLowerCase()).toContain(given.words.toLowerCase());
          }
          if (given.asAnswer) expect(given.fact).toBe(asking?.fact);
        }
        if (reply.kind === 'statement' && asking === undefined) {
          expect(reply.pending).toBeUndefined();
        }
      }),
      { numRuns: 600 },
    );
  });

  it('a question that names facts records none of them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ASKED),
        NAMING,
        fc.constantFrom(
          (words: string) => `how do I handle ${words}?`,
          (words: string) => `what if they have ${words}?`,
          (words: string) => `does ${words} change the owner?`,
          (words: string) => `can we do this with ${words}`,
          (words: string) => `not sure, what counts as ${words}?`,
        ),
        (asked, [, words], question) => {
          const text = question(words);
          expect(readReply(text, { asking: { fact: asked } })).toEqual({ kind: 'question', text });
        },
      ),
      { numRuns: 300 },
    );
  });
});
