import type { AdaptiveCardJson } from '../cards';

/** Something the bot says: plain text (never read as markdown), or an Adaptive Card. */
export type Message =
  | {
      readonly kind: 'text';
      readonly text: string;
      /** buttons under the text that answer with their title */
      readonly suggestions?: readonly string[];
    }
  | {
      readonly kind: 'card';
      readonly card: AdaptiveCardJson;
      /** shown in notifications and chat lists; the bot's own words, never a user's */
      readonly summary?: string;
    };

/** What the translator does in the conversation of the event, in this order. */
export type Effect =
  /** a new message (in a channel, a reply in the event's thread) */
  | { readonly kind: 'send'; readonly message: Message }
  /** a card already posted, replaced where it is for everyone */
  | { readonly kind: 'update'; readonly messageId: string; readonly message: Message };

/** What an invoke (a card's Action.Execute) is answered with. */
export type InvokeAnswer =
  /** the card that replaces the one acted on, for the person who acted */
  | { readonly kind: 'card'; readonly card: AdaptiveCardJson }
  /** a short notice Teams shows the person who acted */
  | { readonly kind: 'message'; readonly text: string }
  /** the request itself was wrong (400) or the bot failed (500): the words say which */
  | {
      readonly kind: 'error';
      readonly status: 400 | 500;
      readonly code: string;
      readonly message: string;
    };

export const text = (words: string, suggestions?: readonly string[]): Message =>
  suggestions === undefined || suggestions.length === 0
    ? { kind: 'text', text: words }
    : { kind: 'text', text: words, suggestions };

export const card = (content: AdaptiveCardJson, summary?: string): Message =>
  summary === undefined
    ? { kind: 'card', card: content }
    : { kind: 'card', card: content, summary };
