export {
  ask,
  ANSWER_THRESHOLD,
  createKnowledgeBase,
  knowledgeBase,
  RELATED_THRESHOLD,
} from './search';
export type { AskResult, KnowledgeBase, ScoredEntry, UnansweredReason } from './search';
export { KNOWLEDGE_ENTRIES } from './entries';
export { KnowledgeEntry, parseEntries, splitSource } from './entry';
export { KNOWN_LINK_HOSTS, KNOWN_MAIL_DOMAIN, textParts, type TextPart } from './links';
export {
  AskInputError,
  AskOptions,
  DEFAULT_LIMIT,
  MAX_LIMIT,
  parseAskInput,
  Question,
  QUESTION_MAX_LENGTH,
} from './input';
export type { AskInputIssue } from './input';
