import { execFile } from 'node:child_process';
import path from 'node:path';
import { runAsk, type AskIO } from '../../src/cli/ask';
import { ask } from '../../src/knowledge';

const REPO_ROOT = path.resolve(__dirname, '../..');

function bufferedIO(): AskIO & { out: () => string; err: () => string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout: (text) => void stdout.push(text),
    stderr: (text) => void stderr.push(text),
    out: () => stdout.join('\n'),
    err: () => stderr.join('\n'),
  };
}

function run(...argv: string[]) {
  const io = bufferedIO();
  const code = runAsk(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('runAsk', () => {
  it('prints the best answer with its source, and exits 0', () => {
    const { code, stdout, stderr } = run('how do I track a consumption motion in MSX?');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(
      'How do I track that I have attempted to execute on Consumption Motions?',
    );
    expect(stdout).toContain('The primary mechanism of tracking execution');
    expect(stdout).toContain(
      'Source: 004_1fe65bf08b514e8d.txt › Tracking Consumption Motions in MSX',
    );
  });

  it('lists up to two related questions under "See also", in the order ask() ranks them', () => {
    const question = 'do I need to create a milestone for a CP?';
    const { code, stdout } = run(question);
    expect(code).toBe(0);
    const result = ask(question, { limit: 3 });
    const related = result.answered ? result.results.slice(1) : [];
    expect(related).toHaveLength(2);
    const seeAlso = stdout.split('See also:\n')[1]?.split('\n') ?? [];
    expect(seeAlso).toEqual(related.map(({ entry }) => `- ${entry.question}`));
  });

  it('joins unquoted words into one question', () => {
    const { code, stdout } = run('does', 'the', 'architecture', 'desk', 'do', 'break', 'fix?');
    expect(code).toBe(0);
    expect(stdout).toContain('The Partner Architecture Desk is not for:');
  });

  it('prints the ask() result as JSON with --json', () => {
    const question = 'can my customer use our partner support plan?';
    const { code, stdout } = run('--json', question);
    expect(code).toBe(0);
    const expected = ask(question, { limit: 3 });
    expect(JSON.parse(stdout)).toEqual(expected);
    expect(expected.answered && expected.results[0]?.entry.id).toBe(
      'partner.faq.end-customer-entitlement',
    );
  });

  it('says there is no good answer, suggests what to do, and exits 1', () => {
    const { code, stdout, stderr } = run('recipe for lasagna');
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/No FAQ entry matches that question/);
    expect(stdout).toMatch(/rephrasing/);
    expect(stdout).toMatch(/npm run advise/);
  });

  it('prints an unanswered result as JSON and exits 1', () => {
    const { code, stdout } = run('--json', 'asdfgh');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ answered: false, reason: 'no-match' });
  });

  it.each([
    ['no question', [], /no question given/],
    ['only options', ['--json'], /no question given/],
    ['a blank question', ['   '], /no question given/],
    ['an unknown option', ['--verbose', 'TPD'], /Unknown option '--verbose'/],
    ['a value for a flag', ['--json=yes', 'TPD'], /--json/],
    ['a question that is too long', ['x'.repeat(501)], /question is too long/],
  ])('exits 2 for %s, naming what is wrong', (_case, argv, message) => {
    const { code, stdout, stderr } = run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('shows usage with --help and exits 0', () => {
    const { code, stdout } = run('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: npm run ask -- \[--json\] "<question>"/);
  });

  it('takes a question that starts with a dash after --', () => {
    const { code, stderr } = run('--', '-TPD scope');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('the ask command', () => {
  const cli = (...argv: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/ask.ts', ...argv],
        { cwd: REPO_ROOT, timeout: 20_000 },
        (error, stdout, stderr) => {
          const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
          resolve({ code, stdout, stderr });
        },
      );
    });

  it('wires argv, the streams and the exit code', async () => {
    const [answered, usage] = await Promise.all([
      cli('how do I track a consumption motion in MSX?'),
      cli('--nope'),
    ]);
    expect(answered.code).toBe(0);
    expect(answered.stdout).toContain('Source: 004_1fe65bf08b514e8d.txt');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Unknown option '--nope'");
  }, 20_000);
});
