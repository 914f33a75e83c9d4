import { FACT_DOMAINS, type FactPath, OPTIONAL_FACTS, QUESTION_ORDER } from '../../src/rubric';
import {
  NO_DESIGN_REVIEW,
  QUESTIONS,
  readReply,
  thresholdsOfTheRules,
  understandAnswer,
} from '../../src/understanding';
import {
  askForEstimate,
  describeAnswerProblem,
  describeBound,
  FACT_NOUNS,
  thresholdQuestion,
} from '../../src/words/understanding';

const ASKED: FactPath[] = [...QUESTION_ORDER, ...OPTIONAL_FACTS];

describe('readReply: the whole result', () => {
  it('records "two subs" at the vCPU question for subscriptions, and asks again', () => {
    expect(readReply('two subs', { asking: { fact: 'quotaGroupVcpus' } })).toEqual({
      kind: 'statement',
      facts: { subscriptions: 2 },
      given: [{ fact: 'subscriptions', value: 2, words: 'two subs', asAnswer: false }],
      pending: { kind: 'open' },
      bounds: [],
      estimates: [],
      unknown: [],
      replaced: [],
      correction: false,
      partnerAsked: false,
      problems: [],
      ignored: [],
      looksLikeAssessment: false,
    });
  });

  it('reads "a couple of subscriptions" as more than one, named but not quantified', () => {
    const reply = readReply('a couple of subscriptions, they have Premier');
    expect(reply).toMatchObject({
      kind: 'statement',
      facts: { supportContract: true },
      estimates: [
        {
          fact: 'subscriptions',
          words: 'a couple of subscriptions',
          known: [{ is: 'gte', value: 2 }],
          settles: [{ fact: 'subscriptions', is: 'gt', value: 1 }],
        },
      ],
      bounds: [{ fact: 'subscriptions', is: 'gt', value: 1 }],
      looksLikeAssessment: true,
    });
  });

  it('takes back the value a correction replaces', () => {
    expect(readReply('sorry, 2 regions not 3')).toMatchObject({
      facts: { regions: 2 },
      replaced: [{ fact: 'regions', value: 3, words: 'not 3' }],
      correction: true,
    });
  });

  it('reports values a fact does not take, named with the fact, as problems', () => {
    expect(readReply('0 regions, GPU', { asking: { fact: 'supportContract' } })).toMatchObject({
      facts: { gpuOrRestricted: true },
      pending: { kind: 'open' },
      problems: [{ fact: 'regions', problem: { kind: 'belowMinimum', minimum: 1 } }],
    });
  });

  it('keeps the question pending with the problem of an unusable answer', () => {
    const reply = readReply('banana', { asking: { fact: 'supportContract' } });
    expect(reply).toMatchObject({ pending: { kind: 'problem', problem: { kind: 'notYesNo' } } });
    if (reply.kind !== 'statement' || reply.pending?.kind !== 'problem') throw new Error('no');
    expect(describeAnswerProblem('supportContract', reply.pending.problem)).toBe(
      'I couldn\'t tell whether "banana" means yes or no. I need a yes or no: Does the customer have a Microsoft support contract (Unified or Premier)?',
    );
  });

  it('gives the text after a command with the facts it names', () => {
    expect(readReply('asess Fabrikam, post-sales, 3 subs')).toMatchObject({
      kind: 'command',
      command: 'assess',
      rest: 'Fabrikam, post-sales, 3 subs',
      typo: true,
      details: { facts: { account: 'Fabrikam', salesStage: 'postsales', subscriptions: 3 } },
    });
  });

  it('takes "skip" at a question as not knowing, and as the command when none is pending', () => {
    expect(readReply('skip', { asking: { fact: 'regions' } })).toMatchObject({
      kind: 'statement',
      pending: { kind: 'unknown' },
      unknown: ['regions'],
    });
    expect(readReply('skip')).toMatchObject({ kind: 'command', command: 'skip' });
  });

  it('reads an empty reply as a problem with the question pending', () => {
    expect(readReply('   ', { asking: { fact: 'regions' } })).toMatchObject({
      pending: { kind: 'problem', problem: { kind: 'empty' } },
    });
  });

  it('uses the thresholds it is given instead of the rubric’s', () => {
    const thresholds = [{ fact: 'vmSkus' as const, is: 'gt' as const, value: 20 }];
    expect(readReply('dozens of SKUs', { thresholds })).toMatchObject({
      bounds: [{ fact: 'vmSkus', is: 'gt', value: 20 }],
    });
    expect(readReply('a few SKUs', { thresholds })).toMatchObject({ bounds: [] });
  });

  it('reads "architecture" as the partner’s need once the partner questions apply', () => {
    expect(readReply('architecture, ASfP', { partner: true })).toMatchObject({
      facts: { partner: { need: 'architecture', plan: 'asfp' } },
      partnerAsked: true,
    });
  });
});

describe('readReply answers every question as understandAnswer does', () => {
  const choiceWords = ASKED.flatMap((fact) =>
    (QUESTIONS[fact].choices ?? []).flatMap((choice) =>
      [choice.title, ...choice.synonyms].map((words) => [fact, words, choice.value] as const),
    ),
  );

  it.each(choiceWords)('%s: the answer %j means %j', (fact, words, value) => {
    const expected =
      FACT_DOMAINS[fact].kind === 'set' ? (value === NO_DESIGN_REVIEW ? [] : [value]) : value;
    expect(readReply(words, { asking: { fact } })).toMatchObject({
      kind: 'statement',
      pending: { kind: 'answered', value: expected },
    });
  });

  it.each(ASKED.filter((fact) => QUESTIONS[fact].example !== undefined))(
    "%s: the question's own example",
    (fact) => {
      const example = QUESTIONS[fact].example!;
      const old = understandAnswer(fact, example);
      expect(readReply(example, { asking: { fact } })).toMatchObject({
        pending: { kind: 'answered', value: 'value' in old ? old.value : undefined },
      });
    },
  );
});

describe('the thresholds of the rules', () => {
  it('are every comparison of a number fact in the rule book', () => {
    expect(thresholdsOfTheRules()).toEqual(
      expect.arrayContaining([
        { fact: 'quotaGroupVcpus', is: 'gt', value: 500 },
        { fact: 'monthlySpendUsd', is: 'gt', value: 50_000 },
        { fact: 'subscriptions', is: 'gt', value: 1 },
        { fact: 'regions', is: 'gt', value: 1 },
        { fact: 'vmSkus', is: 'gte', value: 10 },
        { fact: 'partner.expectedHours', is: 'lte', value: 25 },
      ]),
    );
  });
});

describe('words for reading replies', () => {
  it.each([
    [
      { fact: 'quotaGroupVcpus', is: 'gt', value: 500 },
      'Is the largest quota group over 500 vCPUs?',
    ],
    [
      { fact: 'monthlySpendUsd', is: 'gt', value: 50_000 },
      'Is the capacity spend over $50,000 a month?',
    ],
    [{ fact: 'subscriptions', is: 'gt', value: 1 }, 'Is the number of subscriptions over 1?'],
    [{ fact: 'vmSkus', is: 'gte', value: 10 }, 'Is the number of distinct VM SKUs 10 or more?'],
    [
      { fact: 'partner.expectedHours', is: 'lte', value: 25 },
      'Is the expected engagement 25 hours or less?',
    ],
  ] as const)('%j asks %j', (bound, question) => {
    expect(thresholdQuestion(bound)).toBe(question);
  });

  it('says what a side of a threshold means', () => {
    expect(describeBound({ fact: 'quotaGroupVcpus', is: 'lte', value: 500 })).toBe(
      'the largest quota group is 500 vCPUs or less',
    );
  });

  it('asks for a number named but not given, quoting what was typed', () => {
    expect(
      askForEstimate({ fact: 'subscriptions', words: 'a few subs', known: [], settles: [] }),
    ).toBe(
      'You said "a few subs", and the recommendation needs the number. How many Azure subscriptions are in scope?',
    );
  });

  it.each(ASKED)('names %s in words, never by its id', (fact) => {
    expect(FACT_NOUNS[fact]).not.toMatch(/[A-Z][a-z]+[A-Z]|\./);
    const problem = describeAnswerProblem(fact, { kind: 'notExact', typed: 'a few' });
    expect(problem).toContain(FACT_NOUNS[fact]);
    expect(problem).not.toContain(fact.includes('.') || /[A-Z]/.test(fact) ? fact : '\u0000');
  });
});
