import type { Person } from '../handoffs';
import { withoutThread } from '../places';
import type { PartialFacts } from '../rubric';
import { DRAFTS_KEPT, type HandoffDraft, type UserMemory } from './state';

/** A preview left unsent this long is gone: "Send" then asks to start again. */
export const DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The person's unsent preview in this conversation, if one is still fresh. */
export function draftIn(
  user: UserMemory,
  conversationId: string,
  now: Date,
): HandoffDraft | undefined {
  const key = withoutThread(conversationId);
  return fresh(user, now).find((draft) => draft.conversationId === key);
}

/** The person's memory with this preview kept (one per conversation, the newest few). */
export function withDraft(
  user: UserMemory,
  conversationId: string,
  draft: { facts: PartialFacts; proposedTo?: Person },
  now: Date,
): UserMemory {
  const key = withoutThread(conversationId);
  const kept = fresh(user, now).filter((other) => other.conversationId !== key);
  const next: HandoffDraft = { conversationId: key, ...draft, at: now.toISOString() };
  return { ...user, handoffDrafts: [...kept, next].slice(-DRAFTS_KEPT) };
}

/** The person's memory without the preview of this conversation (it was sent). */
export function withoutDraft(user: UserMemory, conversationId: string, now: Date): UserMemory {
  const key = withoutThread(conversationId);
  const kept = fresh(user, now).filter((draft) => draft.conversationId !== key);
  const { handoffDrafts: _dropped, ...rest } = user;
  return kept.length === 0 ? rest : { ...rest, handoffDrafts: kept };
}

function fresh(user: UserMemory, now: Date): HandoffDraft[] {
  return (user.handoffDrafts ?? []).filter(
    (draft) => now.getTime() - Date.parse(draft.at) < DRAFT_LIFETIME_MS,
  );
}
