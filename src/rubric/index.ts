/** The rubric: facts in, a recommendation out. Shared by the bot, the CLI and the tests. */
export * from './facts';
export { factsStillNeeded, type NeededOptions } from './needed';
export { recommend, type Recommendation, RUBRIC_VERSION, UndecidedError } from './recommend';
export { CompiledRubric, RUBRIC } from './rubric';
export { RULE_BOOK } from './rules';
export * from './types';
export {
  describeProblems,
  missingFact,
  type FactProblem,
  parseFacts,
  parsePartialFacts,
  type ParseResult,
} from './validation';
export type { WhatIf } from './whatIf';
export {
  describeAllowed,
  describeChange,
  DESIGN_REVIEW_LABELS,
  ENUM_LABELS,
  formatUsd,
  OWNER_LABELS,
} from './words';
