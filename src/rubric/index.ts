/** The rubric: facts in, a recommendation out. Shared by the bot, the CLI and the tests. */
export * from './facts';
export { type FactTest, FactTest as FactTestSchema, opposite } from './conditions';
export { factsStillNeeded, type NeededOptions } from './needed';
export {
  type AnswerCase,
  type CapacityRecommendation,
  type ConditionalAnswer,
  decide,
  type Decision,
  type DecideOptions,
  type FiredRule,
  hasOwner,
  type PartnerRecommendation,
  recommend,
  type Recommendation,
  type RecommendOptions,
  RUBRIC_VERSION,
  type SupportOptionAdvice,
  UndecidedError,
} from './recommend';
export { ruleSays, tierMeaningFor, whatIfChangeOf } from './earlierVersions';
export { RUBRIC, Rubric, type RoleView } from './rubric';
export { RULE_BOOK } from './rules';
export { scopeOf } from './scope';
export {
  answerRange,
  recordThresholdAnswer,
  thresholdQuestion,
  type ThresholdQuestion,
} from './thresholds';
export * from './types';
export {
  type FactProblem,
  type FactProblemCode,
  missingFact,
  parseFacts,
  parsePartialFacts,
  type ParseResult,
  RANGE_PROBLEMS,
  type RangeProblem,
} from './validation';
export type { WhatIf } from './whatIf';
