import { z } from 'zod';
import { ACCOUNT_MAX_LENGTH, OWNERS, PartialFacts } from '../rubric';
import { StoredRecommendation } from './recommendation';

/**
 * proposed → accepted → completed. A hand-back by the owner, or a decline by the person it was
 * proposed to, returns it to proposed for anyone; a reassign proposes it to another person.
 */
export const HANDOFF_STATUSES = ['proposed', 'accepted', 'completed'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

/** What people do to a handoff; each one is a history entry. */
export const HANDOFF_ACTIONS = [
  'propose',
  'accept',
  'decline',
  'handBack',
  'reassign',
  'complete',
] as const;
export type HandoffAction = (typeof HANDOFF_ACTIONS)[number];

/** A hand-back's or a decline's reason is shown to everyone: long enough to say why, no essay. */
export const REASON_MAX_LENGTH = 500;
/** Teams display names and ids are far shorter; the bound keeps a forged one off the card. */
const NAME_MAX_LENGTH = 256;
const ID_MAX_LENGTH = 512;

/** "h" and 20 hex digits: made from the request that proposed it (see handoffIdFor). */
export const HandoffId = z
  .string()
  .regex(/^h[0-9a-f]{20}$/, 'must be a handoff id: "h" and 20 hexadecimal digits');
export type HandoffId = z.infer<typeof HandoffId>;

/** Someone in Teams: the user id the bot sees ("29:…"), the display name, the Entra object id. */
export const Person = z.object({
  id: z.string().min(1).max(ID_MAX_LENGTH),
  name: z.string().max(NAME_MAX_LENGTH),
  aadObjectId: z.string().max(ID_MAX_LENGTH).optional(),
});
export type Person = z.infer<typeof Person>;

/** One thing someone did, when; appended, never rewritten. */
export const HistoryEntry = z.object({
  at: z.iso.datetime(),
  by: Person,
  action: z.enum(HANDOFF_ACTIONS),
  /** why it was handed back or declined */
  reason: z.string().max(REASON_MAX_LENGTH).optional(),
  /** whom it was proposed or reassigned to, when someone was named */
  to: Person.optional(),
  /** the activity that asked for it: the same request delivered again changes nothing */
  requestId: z.string().min(1).max(ID_MAX_LENGTH),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** The conversation the handoff card was posted into. */
export const PostedIn = z.object({
  conversationId: z.string().min(1).max(ID_MAX_LENGTH),
  /** the place's name when it was posted, for "my handoffs" */
  name: z.string().max(NAME_MAX_LENGTH),
});
export type PostedIn = z.infer<typeof PostedIn>;

/** A handoff people act on: the recommendation it was made from, who owns it, what happened. */
export const HandoffRecord = z.object({
  id: HandoffId,
  /** the Teams tenant it belongs to: actions from another tenant are not taken */
  tenantId: z.string().max(ID_MAX_LENGTH).optional(),
  account: z.string().max(ACCOUNT_MAX_LENGTH),
  facts: PartialFacts,
  recommendation: StoredRecommendation,
  /** the persona the rubric recommended (the recommendation's owner); null for a partner's own request */
  recommendedOwner: z.enum(OWNERS).nullable(),
  status: z.enum(HANDOFF_STATUSES),
  proposedBy: Person,
  /** who accepted it; null while proposed */
  owner: Person.nullable(),
  /**
   * the one person it is proposed to, who alone may accept or decline it; null while anyone
   * may accept it (and once accepted). Records from before people were named have none.
   */
  proposedTo: Person.nullable().default(null),
  postedIn: PostedIn,
  /** the id of the message that carries its card there, once the card is posted */
  postedMessageId: z.string().min(1).max(ID_MAX_LENGTH).optional(),
  /** what the page a meeting notification opens asks for, so only its recipient can read it */
  noticeToken: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  history: z.array(HistoryEntry).min(1),
});
export type HandoffRecord = z.infer<typeof HandoffRecord>;

/** The same person, by Teams user id or, where both carry one, by Entra object id. */
export function samePerson(a: Person, b: Person): boolean {
  if (a.id === b.id) return true;
  return a.aadObjectId !== undefined && a.aadObjectId === b.aadObjectId;
}

/** Whether the handoff still needs someone: proposed or accepted, not completed. */
export function isOpen(record: HandoffRecord): boolean {
  return record.status !== 'completed';
}
