/**
 * Handoffs people act on: the record, its transitions (pure: time and the request id are
 * passed in) and its store over the storage port.
 */
export {
  HANDOFF_ACTIONS,
  HANDOFF_STATUSES,
  HandoffId,
  HandoffRecord,
  type HandoffAction,
  type HandoffStatus,
  HistoryEntry,
  isOpen,
  Person,
  PostedIn,
  REASON_MAX_LENGTH,
  samePerson,
} from './record';
export { StoredRecommendation } from './recommendation';
export { handoffIdFor, proposeHandoff, type ProposeInput } from './propose';
export {
  allowedActions,
  applyAction,
  type HandoffRequest,
  type PersonAction,
  REFUSAL_CODES,
  type Refusal,
  type RefusalCode,
  type TransitionResult,
} from './transitions';
export { type HandoffStanding, type StandingCode, standingOf } from './status';
export {
  type ActOutcome,
  HandoffStore,
  type HandoffStoreOptions,
  handoffKey,
  userIndexKey,
} from './store';
