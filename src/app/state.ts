import { z } from 'zod';
import { Person } from '../handoffs';
import { FACT_PATHS, type FactPath, PartialFacts } from '../rubric';

const StoredFactPath = z.enum(FACT_PATHS as [FactPath, ...FactPath[]]);

/** Where the questions in a personal chat have got to: the facts so far, and what is open. */
export const QuestionsState = z.object({
  facts: PartialFacts,
  /** ask the partner questions too */
  partner: z.boolean(),
  /** facts the person chose not to give (their absence means something: no account, short) */
  declined: z.array(StoredFactPath),
  /** facts answered in these questions, in order, so "back" can undo the last one */
  answered: z.array(StoredFactPath),
  /** the fact the open question asks for */
  asking: StoredFactPath.optional(),
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
