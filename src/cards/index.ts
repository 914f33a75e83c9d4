/**
 * Every card the bot sends, as plain Adaptive Card JSON (the bot wraps it in an attachment).
 * Templates live in `cards/`; the words the cards compute live in `./words`.
 */
export { answerCard, type AnswerCardInput } from './answer';
export { factsFormCard, type FactsFormInput } from './factsForm';
export { FORM_FIELDS, PARTNER_SWITCH_ID } from './formFields';
export {
  handoffCard,
  type HandoffCardInput,
  handoffWorkflowCard,
  type HandoffWorkflowCardInput,
} from './handoff';
export type { AdaptiveCardJson, JsonObject, JsonValue } from './json';
export { myHandoffsCard, type MyHandoffsCardInput } from './myHandoffs';
export { noAnswerCard, type NoAnswerCardInput } from './noAnswer';
export { problemCard, type ProblemCardInput } from './problem';
export { type PlaceChoice, postHandoffCard, type PostHandoffCardInput } from './postHandoff';
export {
  type FieldProblem,
  FormProblem,
  type FormProblemCode,
  requiredProblem,
} from './formProblems';
export {
  factsFormPrefill,
  type FormReading,
  readFactsForm,
  requiredFacts,
  requiredInputs,
} from './readFactsForm';
export {
  type ConditionalCardInput,
  conditionalResultCard,
  resultCard,
  type ResultCardInput,
} from './result';
export {
  CardActionData,
  ChosenPerson,
  FORM_VERBS,
  type FormVerb,
  HandoffActionData,
  PLACE_INPUT_ID,
  PostHandoffData,
  PostHandoffToData,
  PROPOSED_TO_INPUT_ID,
  REASON_INPUT_ID,
  REASSIGN_INPUT_ID,
  type Verb,
  VERBS,
} from './verbs';
export { welcomeCard } from './welcome';
export { handoffCardLink } from './messageLink';
export { noOwnerLabel, shortAnswer, sourceText } from './words';
