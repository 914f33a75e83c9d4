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
    // Why this answer: each rule in words, with its seed source; never the rule ids.
    expect(stdout).toContain(
      'More than one subscription, more than one region, or 10 or more VM SKUs makes the tier broad',
    );
    expect(stdout).toMatch(
      /\(Objective complexity rubric for CSAM→CSA escalation \(000_666a76bb29a055ec\.txt\)\)/,
    );
    expect(stdout).not.toContain('tier.broad');
    expect(stdout).toContain(
      'Complexity tier: Broad: the CSA leads design; the CSAM coordinates execution.',
    );
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
      /the facts are not valid:\n {2}For the number of distinct VM SKUs, give a whole number, 0 or more \(got -2\)\./,
    ],
    [
      'a bad choice, with the JSON values allowed',
      { ...facts, salesStage: 'soon' },
      /For the sales stage, give "presales" or "postsales" \(got "soon"\)\./,
    ],
    ['an unknown fact', { ...facts, colour: 'red' }, /"colour" is not a fact I know\./],
    [
      'a missing deciding fact',
      { supportContract: true },
      /more facts are needed to decide:\n {2}I still need to know the sales stage: "presales" or "postsales"\./,
    ],
    [
      'a bad range',
      { ...facts, ranges: { vmSkus: { gt: 3, gte: 4 } } },
      /The range for the number of distinct VM SKUs has two lower bounds/,
    ],
    ['not JSON', '{"salesStage": ', /the input is not valid JSON/],
    ['a JSON array', '[1,2]', /The facts must be one JSON object/],
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
    expect(stderr).toContain(
      'usage: npm run advise -- --input <facts.json | -> [--unknown <fact,fact>] [--json]',
    );
  });

  it('only partner facts: the support option, and no owner', async () => {
    const partner = { partner: { need: 'security-vulnerability' } };
    const text = await run(['--input', writeInput('partner.json', partner)]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toMatch(/^Handoff Advisor\nPartner support: MSRC\. Report vulnerabilities/);
    expect(text.stdout).not.toContain('Owner:');
    const json = await run(['--input', writeInput('partner.json', partner), '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      scope: 'partner',
      owner: null,
      supportOption: { option: 'MSRC' },
      rules: [{ id: 'partner.security.msrc' }],
    });
  });

  it('a number known only as a side of a threshold, under "ranges"', async () => {
    const { quotaGroupVcpus: _exact, ...rest } = simpleFacts();
    const input = { ...rest, ranges: { quotaGroupVcpus: { gt: 500 } } };
    const { code, stdout } = await run(['--input', writeInput('ranges.json', input), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ owner: 'CSA', tier: 'large' });
  });

  it('what-if entries in --json carry the facts they need', async () => {
    const input = { salesStage: 'postsales', supportContract: true, gpuOrRestricted: true };
    const { stdout } = await run(['--input', writeInput('few.json', input), '--json']);
    const entries = JSON.parse(stdout).whatIf as {
      fact: string;
      owner: string | null;
      needs: string[];
    }[];
    expect(entries.find((entry) => entry.fact === 'supportContract')).toMatchObject({
      owner: 'SE',
      needs: [],
    });
    expect(entries.find((entry) => entry.fact === 'gpuOrRestricted')).toMatchObject({
      owner: null,
      needs: expect.arrayContaining(['monthlySpendUsd', 'processCoordination']),
    });
  });

  describe('facts the customer does not know (--unknown)', () => {
    const { quotaGroupVcpus: _vcpus, ...withoutVcpus } = simpleFacts({ processCoordination: true });

    it('prints the conditional answer and what would settle it', async () => {
      const file = writeInput('unknown.json', withoutVcpus);
      const { code, stdout } = await run(['--input', file, '--unknown', 'quotaGroupVcpus']);
      expect(code).toBe(0);
      expect(stdout).toContain(
        'It depends: CSA if the largest quota group is over 500 vCPUs; otherwise CSAM.',
      );
      expect(stdout).toContain(
        'Knowing the number of vCPUs in the largest quota group would settle it.',
      );
      expect(stdout).toContain(
        'If the largest quota group is 500 vCPUs or fewer: Customer Success Account Manager (CSAM).',
      );
    });

    it('--json prints the cases as data', async () => {
      const file = writeInput('unknown.json', withoutVcpus);
      const { stdout } = await run(['--input', file, '--unknown', 'quotaGroupVcpus', '--json']);
      const answer = JSON.parse(stdout);
      expect(answer.settledBy).toEqual(['quotaGroupVcpus']);
      expect(
        answer.cases.map((c: { when: unknown; recommendation: { owner: string } }) => [
          c.when,
          c.recommendation.owner,
        ]),
      ).toEqual([
        [[{ fact: 'quotaGroupVcpus', is: 'gt', value: 500 }], 'CSA'],
        [[{ fact: 'quotaGroupVcpus', is: 'lte', value: 500 }], 'CSAM'],
      ]);
    });

    it('an unknown fact that does not matter gives the ordinary recommendation', async () => {
      const file = writeInput('unknown.json', { ...withoutVcpus, gpuOrRestricted: true });
      const { stdout } = await run(['--input', file, '--unknown', 'quotaGroupVcpus', '--json']);
      expect(JSON.parse(stdout)).toMatchObject({ owner: 'CSA', tier: 'restricted' });
    });

    it('a name that is not a fact exits 2, naming it', async () => {
      const file = writeInput('unknown.json', withoutVcpus);
      const { code, stderr } = await run(['--input', file, '--unknown', 'quotaGroupVcpus,vcpus']);
      expect(code).toBe(2);
      expect(stderr).toMatch(
        /--unknown names something that is not a fact:\n {2}"vcpus" is not a fact I know/,
      );
    });
  });

  it('--help lists the facts with their JSON names, words and values', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      / {2}quotaGroupVcpus +the number of vCPUs in the largest quota group: a whole number, 0 or more/,
    );
    expect(stdout).toMatch(/ {2}salesStage +the sales stage: "presales" or "postsales"/);
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
