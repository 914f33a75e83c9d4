import { ask, KNOWLEDGE_ENTRIES, type AskResult } from '../../src/knowledge';
import { PARAPHRASE_SET } from './paraphraseSet';

const { paraphrases, offTopic } = PARAPHRASE_SET;
const leadOf = (result: AskResult): string | undefined =>
  result.answered ? result.results[0]?.entry.id : undefined;

describe('the paraphrase set', () => {
  const ids = new Set(KNOWLEDGE_ENTRIES.map(({ id }) => id));

  it('names only entries that exist', () => {
    expect(paraphrases.filter(({ leads }) => !ids.has(leads))).toEqual([]);
  });

  it('has several paraphrases for every entry', () => {
    const counts = new Map<string, number>();
    for (const { leads } of paraphrases) counts.set(leads, (counts.get(leads) ?? 0) + 1);
    const few = [...ids].filter((id) => (counts.get(id) ?? 0) < 3);
    expect(few).toEqual([]);
  });

  it('asks each question once', () => {
    const asked = [...paraphrases.map(({ ask: question }) => question), ...offTopic].map((q) =>
      q.toLowerCase(),
    );
    expect(asked.filter((question, index) => asked.indexOf(question) !== index)).toEqual([]);
  });
});

describe('ask: a paraphrase leads with its entry', () => {
  it.each(paraphrases.map(({ ask: question, leads }) => [question, leads] as const))(
    '"%s" → %s',
    (question, leads) => {
      expect(leadOf(ask(question))).toBe(leads);
    },
  );
});

describe('ask: an off-topic question gets no answer', () => {
  it.each(offTopic)('"%s"', (question) => {
    expect(ask(question)).toMatchObject({ answered: false });
  });
});
