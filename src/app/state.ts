import { z } from 'zod';
import { Person } from '../handoffs';
import { FactPathSchema, PartialFacts, RANGED_FACTS } from '../rubric';
import { Asking } from '../understanding';

/** What "back" returns to: the facts as they were before an answer changed them. */
const QuestionsSnapshot = z.object({
  facts: PartialFacts,
  /** facts the person chose not to give, whose absence means something (no account name) */
  declined: z.array(FactPathSchema),
  /** facts nobody knows, not even as a side of a threshold: the answer may depend on them */
  unknown: z.array(FactPathSchema),
});

/** Where the questions in a personal chat have got to: the facts so far, and what is open. */
export const QuestionsState = QuestionsSnapshot.extend({
  /** what the request asks about: the customer's capacity, a partner's support, or both */
  scope: z.enum(['capacity', 'partner', 'both']),
  /** the states before each answer that changed something, for "back" */
  history: z.array(QuestionsSnapshot),
  /** the question open */
  asking: Asking.optional(),
  /** the threshold question open, for a number the person doesn't know */
  threshold: z
    .object({ fact: z.enum(RANGED_FACTS), is: z.enum(['gt', 'gte']), value: z.number() })
    .optional(),
});
export type QuestionsState = z.infer<typeof QuestionsState>;

/** What the bot remembers about a conversation, besides the questions under way. */
export const ConversationMemory = z.object({
  /** the facts of the last recommendation given here: the handoff command posts these */
  lastFacts: PartialFacts.optional(),
});
export type ConversationMemory = z.infer<typeof ConversationMemory>;

/** How many previews of a handoff a person may have open at once, one per conversation. */
export const DRAFTS_KEPT = 5;

/**
 * A handoff a message extension previewed and has not posted yet: what "Send" posts and "Edit"
 * opens again. Kept by the bot, so the preview card Teams hands back is never trusted.
 */
export const HandoffDraft = z.object({
  conversationId: z.string().min(1).max(512),
  facts: PartialFacts,
  proposedTo: Person.optional(),
  at: z.iso.datetime(),
});
export type HandoffDraft = z.infer<typeof HandoffDraft>;

/** What the bot remembers about a person, across conversations. */
export const UserMemory = z.object({
  /** the facts of the person's last recommendation, for posting it elsewhere */
  lastFacts: PartialFacts.optional(),
  /** what the last recommendation was about, and the facts nobody knew: a correction keeps them */
  lastScope: z.enum(['capacity', 'partner', 'both']).optional(),
  lastUnknown: z.array(FactPathSchema).optional(),
  /** the handoffs previewed in a message extension, not yet sent: the latest per conversation */
  handoffDrafts: z.array(HandoffDraft).max(DRAFTS_KEPT).optional(),
});
export type UserMemory = z.infer<typeof UserMemory>;

/** The state a turn starts from, as loaded for the event's conversation and person. */
export interface LoadedState {
  readonly conversation: ConversationMemory;
  readonly user: UserMemory;
  /** the questions under way in this (personal) conversation */
  readonly questions?: QuestionsState;
  /** what was stored could not be read and was replaced: the person is told */
  readonly lost?: boolean;
}

/** What a turn changed; an absent part is left as it was. */
export interface StateChanges {
  conversation?: ConversationMemory;
  user?: UserMemory;
  /** the questions now open, or null when none are (finished, cancelled) */
  questions?: QuestionsState | null;
}
