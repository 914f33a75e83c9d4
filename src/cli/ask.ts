import { parseArgs } from 'node:util';
import {
  ask,
  AskInputError,
  type AskResult,
  type ScoredEntry,
  type UnansweredReason,
} from '../knowledge';
import { ANSWER_HEADINGS, REPHRASE_HINT, UNANSWERED_TEXT } from '../words/knowledge';
import { type CommandIO, EXIT, processIO } from './io';

const USAGE = [
  'usage: npm run ask -- [--json] "<question>"',
  'Answers a question from the FAQ sections of the seed documents, naming the source.',
  '  --json      print the ask() result as JSON',
  '  -h, --help  show this help',
  'Exit codes: 0 answered, 1 no good answer, 2 bad usage.',
].join('\n');

const SEE_ALSO_LIMIT = 2;

/** Writers for the two output streams; `processIO()` in production, buffers in tests. */
export type AskIO = Pick<CommandIO, 'stdout' | 'stderr'>;

/** `ask`: a question in, the best FAQ answer out. Returns the exit code. */
export function runAsk(argv: readonly string[], io: AskIO): number {
  let parsed: { values: { json?: boolean; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return EXIT.badInput;
  }
  if (parsed.values.help === true) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  // Unquoted words (`npm run ask -- how do I ...`) make one question.
  const question = parsed.positionals.join(' ').trim();
  if (question.length === 0) {
    io.stderr(`no question given: put it in quotes after the options\n${USAGE}`);
    return EXIT.badInput;
  }

  let result: AskResult;
  try {
    result = ask(question, { limit: 1 + SEE_ALSO_LIMIT });
  } catch (error) {
    if (!(error instanceof AskInputError)) throw error;
    io.stderr(error.issues.map((issue) => issue.message).join('\n'));
    return EXIT.badInput;
  }

  if (parsed.values.json === true) io.stdout(JSON.stringify(result, null, 2));
  else io.stdout(result.answered ? formatAnswer(result.results) : formatUnanswered(result.reason));
  return result.answered ? EXIT.ok : EXIT.noAnswer;
}

function formatAnswer(results: readonly ScoredEntry[]): string {
  const [best, ...related] = results;
  if (best === undefined) return '';
  const lines = [
    best.entry.question,
    '',
    best.entry.answer,
    '',
    `${ANSWER_HEADINGS.source}: ${best.entry.source}`,
  ];
  if (related.length > 0) {
    lines.push(
      '',
      `${ANSWER_HEADINGS.seeAlso}:`,
      ...related.map((result) => `- ${result.entry.question}`),
    );
  }
  return lines.join('\n');
}

function formatUnanswered(reason: UnansweredReason): string {
  return `${UNANSWERED_TEXT[reason]}\n${REPHRASE_HINT}`;
}

if (require.main === module) {
  process.exitCode = runAsk(process.argv.slice(2), processIO());
}
