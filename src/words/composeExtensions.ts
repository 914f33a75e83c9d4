import type { RequestProblem } from '../app/events';

/** What the message extension's commands say, in their dialogs and in the search list. */
export const COMPOSE_WORDS = {
  unknownCommand:
    'That command is not one Handoff Advisor has. Its commands are "Hand off" and "Ask": update the app in Teams if one is missing.',
  onlyShared:
    'A handoff is for the people of a channel, a group chat or a meeting chat: start it there. In our 1:1 chat, type "handoff" to post your last recommendation into one.',
  dialogTitle: 'Hand off',
  previewGone:
    'That preview is no longer available (it was sent, or it is more than a day old). Start "Hand off" again.',
  couldNotPostHere:
    'I could not post the handoff here: add Handoff Advisor to this conversation first, then try again.',
  typeQuestion: 'Type a question, for example "how do I request a quota increase?"',
  questionTooLong: (maxLength: number) =>
    `That question is too long: keep it to ${maxLength} characters or fewer.`,
  noAnswer:
    'No answer in the FAQ matches that. Try other words, or ask me in a chat to assess an account.',
  /** a search result's second line: the start of the answer and where it comes from */
  resultText: (answer: string, source: string) => `${answer}\nSource: ${source}`,
} as const;

/** The parts of a message extension request, as a person would name them. */
const FIELD_WORDS: Record<string, string> = {
  commandId: 'which command it is',
  commandContext: 'where the command was started',
  data: "the form's answers",
  botMessagePreviewAction: 'what to do with the preview',
  parameters: 'what was typed in the search',
  queryOptions: 'which results to show',
  messagePayload: 'the message it was started from',
  value: 'its content',
};

const PROBLEM_WORDS: Record<RequestProblem['problem'], string> = {
  missing: 'missing',
  wrongType: 'not of the right kind',
  notAllowed: 'not one of the values allowed',
  tooLong: 'too long',
  outOfRange: 'out of range',
};

/** Why a message extension request was refused: each part that is wrong, in words. */
export function malformedRequest(problems: readonly RequestProblem[]): string {
  const parts = problems.map((problem) => {
    const top = problem.field.split('.')[0] ?? problem.field;
    return `${FIELD_WORDS[top] ?? 'a part of it'}: ${PROBLEM_WORDS[problem.problem]}`;
  });
  return `That request is not one Handoff Advisor can use (${[...new Set(parts)].join('; ')}). Start the command again from Teams.`;
}
