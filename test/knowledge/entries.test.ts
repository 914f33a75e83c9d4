import { KNOWLEDGE_ENTRIES, KnowledgeEntry, parseEntries, splitSource } from '../../src/knowledge';
import { SEED_FILES } from '../../src/rubric/rules/sources';
import { headingsOf, readSeed, seedFileNames } from './seeds';

const validEntry = (overrides: Partial<KnowledgeEntry> = {}): KnowledgeEntry => ({
  id: 'sample.entry',
  question: 'What is a sample?',
  answer: 'A sample answer.',
  source: `${SEED_FILES.partner} › Partner Support FAQ`,
  ...overrides,
});

describe('knowledge entries', () => {
  const seedFiles = seedFileNames();

  it('has entries from every seed section the knowledge base covers', () => {
    const files = new Set(KNOWLEDGE_ENTRIES.map((entry) => splitSource(entry.source)?.file));
    expect([...files].sort()).toEqual(Object.values(SEED_FILES).sort());
  });

  it('gives every entry a unique id', () => {
    const ids = KNOWLEDGE_ENTRIES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(KNOWLEDGE_ENTRIES.map((entry) => [entry.id, entry] as const))(
    '%s cites a seed file that exists and a heading that occurs in it',
    (_id, entry) => {
      const source = splitSource(entry.source);
      expect(source).toBeDefined();
      if (source === undefined) return;
      expect(seedFiles).toContain(source.file);
      expect(headingsOf(readSeed(source.file))).toContain(source.heading);
    },
  );

  it.each(KNOWLEDGE_ENTRIES.map((entry) => [entry.id, entry] as const))(
    '%s answers in plain text',
    (_id, entry) => {
      expect(entry.answer).not.toMatch(/<\/?[a-z][^>]*>|\*\*|\]\(|&[a-z]+;|\|/i);
      expect(entry.answer).not.toMatch(/^#/m);
    },
  );
});

describe('parseEntries', () => {
  it('accepts valid entries', () => {
    expect(parseEntries([validEntry()])).toEqual([validEntry()]);
  });

  it.each([
    [
      'a duplicate id',
      [validEntry(), validEntry()],
      /"sample\.entry" is used by more than one entry/,
    ],
    ['an empty question', [validEntry({ question: '  ' })], /question must not be empty/],
    ['an empty answer', [validEntry({ answer: '' })], /answer must not be empty/],
    ['an answer with HTML', [validEntry({ answer: '<b>bold</b>' })], /answer must be plain text/],
    ['an answer with markdown', [validEntry({ answer: '**bold**' })], /answer must be plain text/],
    ['an unknown seed file', [validEntry({ source: 'nope.txt › Heading' })], /source must be/],
    ['a source with no heading', [validEntry({ source: SEED_FILES.roles })], /source must be/],
    ['a malformed id', [validEntry({ id: 'Not An Id' })], /id must be lower-case/],
    ['empty keywords', [validEntry({ keywords: [] })], /keywords, when given, must not be empty/],
    ['no entries at all', [], /at least one entry/],
  ])('rejects %s, naming the problem', (_case, data, message) => {
    expect(() => parseEntries(data)).toThrow(message);
  });

  it('names the entry at fault', () => {
    expect(() => parseEntries([validEntry(), validEntry({ id: 'other', answer: '' })])).toThrow(
      /entry 1 \(other\)\.answer/,
    );
  });
});
