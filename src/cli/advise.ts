import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { conditionalSummary, textSummary } from '../present/textSummary';
import {
  decide,
  FACT_PATHS,
  type FactPath,
  type FactProblem,
  missingFact,
  parsePartialFacts,
} from '../rubric';
import { describeAllowed, describeProblem, FACT_NAMES } from '../words/facts';
import { type CommandIO, EXIT, processIO } from './io';

const USAGE = [
  'usage: npm run advise -- --input <facts.json | -> [--unknown <fact,fact>] [--json]',
  '',
  'The input is one JSON object of the facts known. A number known only as a side of a',
  'threshold goes under "ranges", e.g. {"ranges": {"quotaGroupVcpus": {"gt": 500}}}.',
  '--unknown names facts the customer does not know: the answer is then conditional on them.',
  '',
  'Facts:',
  ...FACT_PATHS.map(
    (fact) =>
      `  ${fact.padEnd(28)} ${FACT_NAMES[fact]}: ${describeAllowed(fact, { values: 'json' })}`,
  ),
].join('\n');

/** The facts as a person writing JSON names them: allowed values are shown as JSON. */
const JSON_WORDS = { values: 'json' } as const;
const line = (problem: FactProblem) => `  ${describeProblem(problem, JSON_WORDS)}`;

const Options = z.strictObject({
  input: z
    .string({ error: `--input is required: a JSON file of facts, or - for standard input` })
    .min(1),
  unknown: z.string().default(''),
  json: z.boolean().default(false),
  help: z.boolean().default(false),
});

/**
 * `advise`: facts as JSON in, the recommendation out (a readable summary, or `--json`). With
 * facts the customer does not know (`--unknown`), the conditional answer when they matter.
 */
export async function runAdvise(argv: string[], io: CommandIO): Promise<number> {
  const options = parseOptions(argv);
  if ('error' in options) {
    io.stderr(`${options.error}\n${USAGE}`);
    return EXIT.badInput;
  }
  if (options.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const unknown = readUnknown(options.unknown);
  if ('problems' in unknown) {
    io.stderr(
      `--unknown names something that is not a fact:\n${unknown.problems.map(line).join('\n')}`,
    );
    return EXIT.badInput;
  }

  const input = await readInput(options.input, io);
  if ('error' in input) {
    io.stderr(input.error);
    return EXIT.badInput;
  }
  const parsed = parsePartialFacts(input.value);
  if (!parsed.ok) {
    io.stderr(`the facts are not valid:\n${parsed.problems.map(line).join('\n')}`);
    return EXIT.badInput;
  }

  const decision = decide(parsed.facts, { unknown: unknown.facts });
  switch (decision.kind) {
    case 'needsFacts':
      io.stderr(
        `more facts are needed to decide:\n${decision.needed.map(missingFact).map(line).join('\n')}`,
      );
      return EXIT.badInput;
    case 'recommendation':
      io.stdout(
        options.json
          ? JSON.stringify(decision.recommendation, null, 2)
          : textSummary(decision.recommendation, parsed.facts.account),
      );
      return EXIT.ok;
    case 'conditional':
      io.stdout(
        options.json
          ? JSON.stringify(decision.answer, null, 2)
          : conditionalSummary(decision.answer, parsed.facts.account),
      );
      return EXIT.ok;
  }
}

function readUnknown(list: string): { facts: FactPath[] } | { problems: FactProblem[] } {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  const known = new Set<string>(FACT_PATHS);
  const problems = names
    .filter((name) => !known.has(name))
    .map((name): FactProblem => {
      const partner = name.startsWith('partner.');
      return {
        code: 'unknownFact',
        fact: name,
        name: partner ? name.slice('partner.'.length) : name,
        within: partner ? 'partner' : 'facts',
      };
    });
  return problems.length > 0 ? { problems } : { facts: names as FactPath[] };
}

function parseOptions(argv: string[]): z.infer<typeof Options> | { error: string } {
  let values: unknown;
  try {
    values = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', short: 'i' },
        unknown: { type: 'string', short: 'u' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { error: (error as Error).message };
  }
  const options = Options.safeParse(values);
  if (!options.success) {
    if ((values as { help?: boolean }).help) {
      return { input: '', unknown: '', json: false, help: true };
    }
    return { error: options.error.issues.map((issue) => issue.message).join('\n') };
  }
  return options.data;
}

async function readInput(
  source: string,
  io: CommandIO,
): Promise<{ value: unknown } | { error: string }> {
  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { error: `cannot read ${source}: ${reason}` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `the input is not valid JSON: ${(error as Error).message}` };
  }
}

if (require.main === module) {
  runAdvise(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
