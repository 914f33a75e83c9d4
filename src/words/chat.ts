import { listWords } from './numbers';

/** What the bot says in chat besides its questions and cards. Plain text: never markdown. */
export const CHAT_WORDS = {
  startingQuestions: "Let's work out who should own it. I'll ask only what I still need.",
  startingOver: 'Starting over.',
  cancelled: 'Cancelled. Type "assess" to start again, or ask me a question.',
  nothingToUndo: 'This is the first question, so there is nothing to go back to.',
  questionsHelp:
    'Answer the question in your own words or with a button. You can also type ' +
    '"back" to change your last answer, "start over", or "cancel".',
  remaining: (count: number) => `(${count} questions at most to go)`,
  nothingToCancel: 'There is nothing to cancel. Type "assess" to start, or ask me a question.',
  nothingToGoBackTo: 'There is no question to go back to. Type "assess" to start.',
  nothingToSkip: 'There is no question to skip. Type "assess" to start, or ask me a question.',
  finishQuestionsFirst:
    'Let\'s finish these questions first (or type "cancel"); then I can post the handoff.',
  correctionNeedsMore: 'With that change I need to know a little more.',
  noLastFacts:
    'There is no recommendation here yet to hand off. Describe the customer first, for example: "3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales".',
  settleBeforeHandoff: (settle: string) =>
    `Who should own it still depends on what we don't know. ${settle} Tell me, and then I can post the handoff.`,
  formNeeded: 'I need a few more facts to decide. Fill in what is missing and submit.',
  didNotUnderstand: (parts: readonly string[]) => `I could not read: ${parts.join('; ')}.`,
  understood: (facts: readonly string[]) => `From your message: ${listWords(facts, 'and')}.`,
  unknownPerson: 'Teams did not say who you are, so I cannot record this. Please try again.',
  myHandoffsInPersonal:
    'I list your open handoffs in our 1:1 chat: open a chat with me and type "my handoffs".',
  welcomeSummary: 'Handoff Advisor',
} as const;

/** What the questions say besides the questions themselves. */
export const QUESTION_WORDS = {
  /** facts taken from an answer to another question: "Noted: the number of subscriptions is 2." */
  noted: (facts: readonly string[]) => `Noted: ${listWords(facts, 'and')}.`,
  /** a vague answer that still settles what the rules need: said, never silently taken */
  tookAs: (words: string, sides: readonly string[]) =>
    `I took "${words}" to mean ${listWords(sides, 'and')}.`,
  backToTheQuestion: 'Back to the question:',
  thresholdChoices: ['Yes', 'No', 'Not sure'],
  notSure: 'Not sure',
} as const;

/** What the bot says about card buttons and what they sent. */
export const ACTION_WORDS = {
  unknownAction: 'That button isn\'t one I know. Type "help" to see what I can do.',
  badQuestion: 'That question is empty or longer than 500 characters. Please ask it again.',
  badAction: (what: string) =>
    `That button sent something I can't use (${what}). Type "help" to start again, or use a fresh card.`,
  badHandoffAction: (what: string) =>
    `That handoff button sent something I can't use (${what}). ` +
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
  done: 'Done.',
} as const;

/** What a person sees when a turn fails: no internals, just what to do. */
export const FAILURE_WORDS = {
  turnFailed: 'Something went wrong on my side; please try again.',
  storageUnavailable:
    "I couldn't reach my storage just now, so nothing from that message was saved. Please try again in a moment.",
  stateReset:
    'I couldn\'t read where our conversation had got to, so the questions start over. Type "assess" to begin again, or ask me a question.',
  tenantRefused:
    'Handoff Advisor is not available to your organisation. Ask your administrator to add your tenant if you need it.',
} as const;
