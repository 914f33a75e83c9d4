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
  unknownPerson: 'Teams did not say who you are, so I cannot record this. Please try again.',
  badHandoffAction: (field: string, problem = 'is missing or not valid') =>
    `That handoff button sent something I can't use (${field || 'its data'}: ${problem}). ` +
    'Post the handoff again to get a fresh card.',
  handoffNotFound:
    'I can\'t find that handoff any more. Post it again from the recommendation ("Post handoff").',
  badHandoffFacts:
    'That button carried facts I can\'t decide on. Type "assess" to get a fresh recommendation, then post it.',
  choosePlace: 'Choose where to post it, then press "Post".',
  placeGone:
    "I'm no longer in that place, or it was removed. Choose another one, or add me there again.",
  notInPlace:
    'You can only post into a channel or chat you are in; say something there first or ask someone in it to post the handoff.',
  cannotPostElsewhere: 'I can only post the handoff here. Type "handoff" where the team meets.',
  couldNotPost: (place: string) =>
    `I couldn't post it in ${place}: I may have been removed from it. Try again, or choose another place.`,
  handoffPosted: 'Capacity governance handoff',
  myHandoffsInPersonal:
    'I list your open handoffs in our 1:1 chat: open a chat with me and type "my handoffs".',
} as const;
