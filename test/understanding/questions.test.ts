import { FACT_DOMAINS, type FactPath, OPTIONAL_FACTS, QUESTION_ORDER } from '../../src/rubric';
import { NO_DESIGN_REVIEW, QUESTIONS, understandAnswer } from '../../src/understanding';

const ASKED: FactPath[] = [...QUESTION_ORDER, ...OPTIONAL_FACTS];

describe('QUESTIONS: the words of every question', () => {
  it('has one question for every fact the bot asks, and no other', () => {
    expect(Object.keys(QUESTIONS).sort()).toEqual([...ASKED].sort());
  });

  it.each(ASKED)('%s is asked in plain text', (fact) => {
    const { prompt } = QUESTIONS[fact];
    expect(prompt.trim()).toBe(prompt);
    expect(prompt).not.toMatch(/[*_`#<>[\]]|\$\{/);
  });

  it.each(ASKED.filter((fact) => ['enum', 'set', 'boolean'].includes(FACT_DOMAINS[fact].kind)))(
    '%s offers exactly the values its fact takes',
    (fact) => {
      const domain = FACT_DOMAINS[fact];
      const offered = (QUESTIONS[fact].choices ?? []).map((choice) => choice.value);
      if (domain.kind === 'boolean') expect(offered).toEqual([true, false]);
      if (domain.kind === 'enum') expect(offered).toEqual([...domain.values]);
      if (domain.kind === 'set') expect(offered).toEqual([...domain.values, NO_DESIGN_REVIEW]);
    },
  );

  const choiceWords = ASKED.flatMap((fact) =>
    (QUESTIONS[fact].choices ?? []).flatMap((choice) =>
      [choice.title, ...choice.synonyms].map((words) => [fact, words, choice.value] as const),
    ),
  );

  it.each(choiceWords)('%s: the answer %j means %j', (fact, words, value) => {
    const expected =
      FACT_DOMAINS[fact].kind === 'set' ? (value === NO_DESIGN_REVIEW ? [] : [value]) : value;
    expect(understandAnswer(fact, words)).toEqual({ ok: true, value: expected });
  });

  it.each(ASKED.filter((fact) => QUESTIONS[fact].example !== undefined))(
    "%s: the question's own example is understood",
    (fact) => {
      expect(understandAnswer(fact, QUESTIONS[fact].example!).ok).toBe(true);
    },
  );

  it('asks what the brief words', () => {
    expect(QUESTIONS.supportContract.prompt).toBe(
      'Does the customer have a Microsoft support contract (Unified or Premier)?',
    );
    expect(QUESTIONS.designReview.prompt).toBe(
      'Which engineering design reviews are needed? forecast validation, architecture change, complex quota strategy — or none',
    );
    expect(QUESTIONS['partner.expectedHours'].prompt).toBe(
      "About how many hours do you expect? (say 'skip' if it's a short engagement)",
    );
  });
});
