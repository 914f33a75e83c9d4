/**
 * Understanding what people type: `readReply` for any message (commands, questions, answers to
 * the question pending, facts, corrections); and the older readers of one answer, of a one-line
 * description and of commands. The words people read are in src/words/understanding.ts.
 */
export {
  type AnswerResult,
  DECLINABLE_FACTS,
  MAX_ANSWER_LENGTH,
  understandAnswer,
} from './answers';
export {
  asksForAssessment,
  type Command,
  recognizeCommand,
  type RecognizedCommand,
} from './commands';
export {
  type DescriptionUnderstanding,
  MAX_DESCRIPTION_LENGTH,
  understandDescription,
} from './description';
export type { AnswerProblem } from './problems';
export { type Choice, NO_DESIGN_REVIEW, type Question, QUESTIONS } from './questions';
export { isSmallTalk } from './greetings';
export { readReply } from './reply';
export {
  Asking,
  Comparison,
  type Estimate,
  FactBound,
  type FactProblem,
  type GivenFact,
  isQuantityFact,
  type PendingReading,
  QUANTITY_FACTS,
  type QuantityFact,
  type Reply,
  ReplyContext,
  type Statement,
} from './replyTypes';
export { thresholdsOfTheRules } from './thresholds';
