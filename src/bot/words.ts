/** What the bot itself says, in one place. Plain text: Teams shows it without markdown. */
export const BOT_WORDS = {
  startingQuestions: "Let's work out who should own it. I'll ask only what I still need.",
  unknownAction: 'That button isn\'t one I know. Type "help" to see what I can do.',
  badQuestion: 'That question is empty or longer than 500 characters. Please ask it again.',
  nothingToCancel: 'There is nothing to cancel. Type "assess" to start, or ask me a question.',
  nothingToGoBackTo: 'There is no question to go back to. Type "assess" to start.',
  noLastFacts:
    'There is no recommendation here yet to hand off. Describe the customer first, for example: "3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales".',
  resultReady: 'Here is my recommendation.',
  formNeeded: 'I need a few more facts to decide. Fill in what is missing and submit.',
  didNotUnderstand: (parts: string[]) => `I could not read: ${parts.join('; ')}.`,
} as const;
