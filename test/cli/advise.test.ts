import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAdvise } from '../../src/cli/advise';
import type { CommandIO } from '../../src/cli/io';
import { recommend } from '../../src/rubric';
import { simpleFacts } from '../support/facts';

const REPO_ROOT = path.resolve(__dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'advise-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeInput(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function run(argv: string[], stdin = '') {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CommandIO = {
    stdout: (text) => void stdout.push(text),
    stderr: (text) => void stderr.push(text),
    readStdin: async () => stdin,
  };
  const code = await runAdvise(argv, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('advise command line', () => {
  const facts = simpleFacts({
    account: 'Contoso',
    vmSkus: 14,
    processCoordination: true,
    phase: 'reserve',
  });

  it('prints a readable summary', async () => {
    const { code, stdout, stderr } = await run(['--input', writeInput('facts.json', facts)]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Handoff Advisor: Contoso');
    expect(stdout).toContain('Owner: Customer Success Architect (CSA)');
    expect(stdout).toContain('9 VM SKUs or fewer → CSAM');
    expect(stdout).toContain('Capacity reservations: https://learn.microsoft.com/');
    expect(stdout).toMatch(/tier\.broad \(000_666a76bb29a055ec\.txt › Objective complexity rubric/);
  });

  it('--json prints exactly the recommend object', async () => {
    const { code, stdout } = await run(['--input', writeInput('facts.json', facts), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(recommend(facts))));
  });

  it('reads standard input with --input -', async () => {
    const { code, stdout } = await run(['--input', '-', '--json'], JSON.stringify(facts));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).owner).toBe('CSA');
  });

  it.each([
    [
      'a bad fact value',
      { ...facts, vmSkus: -2 },
      /vmSkus: must be a whole number, 0 or more \(got -2\)/,
    ],
    ['an unknown fact', { ...facts, colour: 'red' }, /colour: is not a known fact/],
    [
      'a missing deciding fact',
      { supportContract: true },
      /more facts are needed to decide:\n {2}salesStage: is required/,
    ],
    ['not JSON', '{"salesStage": ', /the input is not valid JSON/],
    ['a JSON array', '[1,2]', /the facts must be a JSON object/],
  ])('%s exits 2 naming the problem', async (_name, content, message) => {
    const { code, stdout, stderr } = await run(['--input', writeInput('bad.json', content)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it.each([
    ['no --input', [], /--input is required/],
    ['an unknown flag', ['--input', 'x.json', '--colour'], /Unknown option '--colour'/],
    ['a positional argument', ['facts.json'], /Unexpected argument 'facts.json'/],
  ])('%s exits 2 with the usage', async (_name, argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage: npm run advise -- --input <facts.json | -> [--json]');
  });

  it('a file that does not exist exits 2 naming the file', async () => {
    const missing = path.join(dir, 'nope.json');
    const { code, stderr } = await run(['--input', missing]);
    expect(code).toBe(2);
    expect(stderr).toBe(`cannot read ${missing}: ENOENT`);
  });

  it('runs as a real process: npm run advise -- --input <file> --json', async () => {
    const file = writeInput('real.json', facts);
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/advise.ts', '--input', file, '--json'],
        { cwd: REPO_ROOT },
        (error, stdout) => resolve({ code: error ? (error.code as number) : 0, stdout }),
      );
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).tier).toBe('broad');
  }, 30_000);

  it('a real process with bad facts exits 2', async () => {
    const file = writeInput('real-bad.json', { ...facts, salesStage: 'soon' });
    const code = await new Promise<number | null>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/advise.ts', '--input', file],
        { cwd: REPO_ROOT },
        (error) => resolve(error ? (error.code as number) : 0),
      );
    });
    expect(code).toBe(2);
  }, 30_000);
});
