import { z } from 'zod';

/** Where handoff cards can be posted: a team channel, a group chat or a meeting's chat. */
export const PLACE_KINDS = ['channel', 'groupChat', 'meeting'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

const ID_MAX_LENGTH = 512;
export const NAME_MAX_LENGTH = 256;
const Id = z.string().min(1).max(ID_MAX_LENGTH);
const Name = z.string().max(NAME_MAX_LENGTH);

/**
 * What the bot needs to post into the place later: a conversation reference without the
 * activity it was taken from, so a post starts a new message rather than a reply.
 */
export const PlaceReference = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  locale: z.string().optional(),
  bot: z.object({ id: Id, name: Name.optional() }),
  conversation: z.object({
    id: Id,
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
    name: Name.optional(),
  }),
});
export type PlaceReference = z.infer<typeof PlaceReference>;

export const Place = z.object({
  /** the conversation id posts go to (a channel's id, never a thread's) */
  id: Id,
  kind: z.enum(PLACE_KINDS),
  /** the channel's or the chat's own name, as Teams sent it ('' when it has none) */
  name: Name,
  /** the team a channel belongs to */
  team: z.object({ id: Id, name: Name }).optional(),
  reference: PlaceReference,
  /** when the bot was added there */
  since: z.iso.datetime(),
});
export type Place = z.infer<typeof Place>;

/** Every place the bot is in, for one tenant: one stored item. */
export const TenantPlaces = z.object({ places: z.array(Place) });
export type TenantPlaces = z.infer<typeof TenantPlaces>;

/** A thread's conversation id ("19:…@thread.tacv2;messageid=17") without the thread. */
export function withoutThread(conversationId: string): string {
  const thread = conversationId.indexOf(';messageid=');
  return thread === -1 ? conversationId : conversationId.slice(0, thread);
}
