import { z } from 'zod';

export const QUESTION_MAX_LENGTH = 500;
export const DEFAULT_LIMIT = 3;
export const MAX_LIMIT = 10;

export const Question = z
  .string({ error: 'question must be text' })
  .trim()
  .min(1, 'question is empty: type a question')
  .max(
    QUESTION_MAX_LENGTH,
    `question is too long: keep it to ${QUESTION_MAX_LENGTH} characters or fewer`,
  );
export type Question = z.infer<typeof Question>;

export const AskOptions = z.strictObject({
  limit: z
    .number({ error: 'limit must be a number' })
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(MAX_LIMIT, `limit must be at most ${MAX_LIMIT}`)
    .optional(),
});
export type AskOptions = z.infer<typeof AskOptions>;

/** One problem with the input to `ask`, as data: the field and what to fix. */
export interface AskInputIssue {
  field: string;
  message: string;
}

/** Thrown by `ask` for input it cannot search with; `issues` names every problem. */
export class AskInputError extends Error {
  override readonly name = 'AskInputError';

  constructor(readonly issues: readonly AskInputIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
  }
}

/** Validates the question and options; throws AskInputError naming what is wrong. */
export function parseAskInput(
  question: unknown,
  options: unknown,
): { question: string; limit: number } {
  const issues: AskInputIssue[] = [];
  const parsedQuestion = Question.safeParse(question);
  if (!parsedQuestion.success) {
    issues.push(
      ...parsedQuestion.error.issues.map((issue) => ({
        field: 'question',
        message: issue.message,
      })),
    );
  }
  const parsedOptions = AskOptions.safeParse(options ?? {});
  if (!parsedOptions.success) {
    issues.push(
      ...parsedOptions.error.issues.map((issue) => ({
        field: issue.path.length > 0 ? `options.${issue.path.join('.')}` : 'options',
        message: describeOptionsIssue(issue),
      })),
    );
  }
  if (!parsedQuestion.success || !parsedOptions.success) throw new AskInputError(issues);
  return { question: parsedQuestion.data, limit: parsedOptions.data.limit ?? DEFAULT_LIMIT };
}

function describeOptionsIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown option: ${issue.keys.join(', ')}`;
  if (issue.path.length === 0) return 'options must be an object, e.g. { limit: 3 }';
  return issue.message;
}
