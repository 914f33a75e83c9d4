import { readReply, type Asking, type Reply } from '../../src/understanding';
import { CORPUS, type CorpusRow } from './corpus';

function askingOf(row: CorpusRow): Asking | undefined {
  return typeof row.at === 'string' ? { fact: row.at } : row.at;
}

function label(row: CorpusRow): string {
  const at = row.at === undefined ? '(no question)' : JSON.stringify(row.at);
  return `${at} ← ${JSON.stringify(row.text)}`;
}

describe('readReply: a corpus of answers and one-liners as busy people type them', () => {
  it('has at least 150 rows', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CORPUS.map((row) => [label(row), row] as const))('%s', (_, row) => {
    const asking = askingOf(row);
    const reply: Reply = readReply(row.text, asking ? { asking } : {});
    const { expect: expected } = row;
    if (expected === 'question') {
      expect(reply).toEqual({ kind: 'question', text: row.text.trim() });
      return;
    }
    if (typeof expected === 'object' && 'command' in expected) {
      expect(reply.kind).toBe('command');
      if (reply.kind !== 'command') return;
      expect(reply.command).toBe(expected.command);
      expect(reply.typo).toBe(expected.typo === true);
      expect(reply.details.facts).toEqual(expected.facts ?? {});
      return;
    }
    expect(reply.kind).toBe('statement');
    if (reply.kind !== 'statement') return;
    if (expected === 'unknown') {
      expect(reply.pending).toEqual({ kind: 'unknown' });
      expect(reply.facts).toEqual({});
      return;
    }
    if (expected === 'ask again') {
      expect(reply.facts).toEqual({});
      expect(['problem', 'estimate', 'open']).toContain(reply.pending?.kind);
      return;
    }
    if ('bound' in expected) {
      expect(reply.pending).toEqual({ kind: 'bound', bound: expected.bound });
      expect(reply.bounds).toContainEqual(expected.bound);
      expect(reply.facts).toEqual({});
      return;
    }
    expect(reply.facts).toEqual(expected.facts);
    if (asking) {
      if (expected.askAgain) {
        expect(reply.pending?.kind).not.toBe('answered');
        expect(reply.pending?.kind).not.toBe('bound');
      } else {
        expect(reply.pending?.kind).toBe('answered');
      }
    }
    if (expected.bounds) expect(reply.bounds).toEqual(expected.bounds);
    if (expected.estimates) {
      expect(reply.estimates.map((estimate) => estimate.fact)).toEqual(expected.estimates);
    }
    if (expected.unknown) expect(reply.unknown).toEqual(expected.unknown);
    expect(reply.correction).toBe(expected.correction === true);
    if (expected.assessment !== undefined) {
      expect(reply.looksLikeAssessment).toBe(expected.assessment);
    }
  });
});
