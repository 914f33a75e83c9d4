/** What the qualifying dialog says besides its questions. */
export const DIALOG_WORDS = {
  cancelled: 'Cancelled. Type "assess" to start again, or ask me a question.',
  startingOver: 'Starting over.',
  nothingToUndo: 'This is the first question, so there is nothing to go back to.',
  help:
    'Answer the question in your own words or with a button. You can also type ' +
    '"back" to change your last answer, "start over", or "cancel".',
  remaining: (count: number) => `(${count} questions at most to go)`,
} as const;
