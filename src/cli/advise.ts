import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { textSummary } from '../present/textSummary';
import {
  missingFact,
  parsePartialFacts,
  recommend,
  type Recommendation,
  UndecidedError,
} from '../rubric';
import { type CommandIO, EXIT, processIO } from './io';

const USAGE = 'usage: npm run advise -- --input <facts.json | -> [--json]';

const Options = z.strictObject({
  input: z
    .string({ error: `--input is required: a JSON file of facts, or - for standard input` })
    .min(1),
  json: z.boolean().default(false),
  help: z.boolean().default(false),
});

/** `advise`: facts as JSON in, the recommendation out (a readable summary, or `--json`). */
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

  const input = await readInput(options.input, io);
  if ('error' in input) {
    io.stderr(input.error);
    return EXIT.badInput;
  }
  const parsed = parsePartialFacts(input.value);
  if (!parsed.ok) {
    const lines = parsed.problems.map((problem) => `  ${problem.message}`);
    io.stderr(`the facts are not valid:\n${lines.join('\n')}`);
    return EXIT.badInput;
  }

  let recommendation: Recommendation;
  try {
    recommendation = recommend(parsed.facts);
  } catch (error) {
    if (!(error instanceof UndecidedError)) throw error;
    const lines = error.needed.map((fact) => `  ${missingFact(fact).message}`);
    io.stderr(`more facts are needed to decide:\n${lines.join('\n')}`);
    return EXIT.badInput;
  }
  io.stdout(
    options.json
      ? JSON.stringify(recommendation, null, 2)
      : textSummary(recommendation, parsed.facts.account),
  );
  return EXIT.ok;
}

function parseOptions(argv: string[]): z.infer<typeof Options> | { error: string } {
  let values: unknown;
  try {
    values = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', short: 'i' },
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
    if ((values as { help?: boolean }).help) return { input: '', json: false, help: true };
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
