import type { Member } from './placePeople';

/** Where an event happened: a 1:1 chat, a team channel, a group chat or a meeting's chat. */
export const CONVERSATION_KINDS = ['personal', 'channel', 'groupChat', 'meeting'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** How to reach the conversation again later: what a post into it needs besides its id. */
export interface ConversationAddress {
  readonly channelId: string;
  readonly serviceUrl: string;
  readonly locale?: string;
  readonly bot: { readonly id: string; readonly name?: string };
  /** Teams' own word for the conversation ("channel", "groupChat", "personal") */
  readonly conversationType?: string;
  readonly isGroup?: boolean;
}

/** The conversation an event happened in, as the translator read it from the activity. */
export interface Conversation {
  /** the id as Teams sends it: a channel thread's id carries ";messageid=…" */
  readonly id: string;
  readonly kind: ConversationKind;
  /** lower-cased; undefined when Teams named no tenant */
  readonly tenantId?: string;
  /** the chat's own name ('' when it has none) */
  readonly name: string;
  /** for a team channel: the team, and the channel (absent for a team's General channel) */
  readonly team?: { readonly id: string; readonly name: string };
  readonly channel?: { readonly id: string; readonly name: string };
  readonly meetingId?: string;
  readonly address: ConversationAddress;
}

/** What a conversationUpdate or installationUpdate says changed, the bot itself aside. */
export interface MembershipChange {
  readonly conversation: Conversation;
  /** who made the change (who added the bot, for one) */
  readonly by?: Member;
  readonly botAdded: boolean;
  readonly botRemoved: boolean;
  /** other people who joined or left */
  readonly joined: readonly Member[];
  readonly left: readonly Member[];
  /** Teams' channelData.eventType: channelCreated, teamRenamed, teamMemberRemoved, … */
  readonly eventType?: string;
}
