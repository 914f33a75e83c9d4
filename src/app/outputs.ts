import type { AdaptiveCardJson } from '../cards';
import type { Person } from '../handoffs';

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

/**
 * A private notice to people in the meeting the event's chat belongs to, shown on the meeting
 * stage while it runs: a title, and the page it opens.
 */
export interface MeetingNotice {
  readonly meetingId: string;
  /** at most ten; the meeting notification API takes no more */
  readonly recipients: readonly Person[];
  readonly title: string;
  /** an https page on the bot's own domain (the app's valid domains) */
  readonly url: string;
  /** on whose behalf: Teams shows their picture with it */
  readonly from: Person;
}

/** What the translator does in the conversation of the event, in this order. */
export type Effect =
  /** a new message (in a channel, a reply in the event's thread) */
  | {
      readonly kind: 'send';
      readonly message: Message;
      /** told the id of the message once it is posted (when the channel gives one) */
      readonly onPosted?: (messageId: string) => Promise<void>;
    }
  /** a card already posted, replaced where it is for everyone */
  | { readonly kind: 'update'; readonly messageId: string; readonly message: Message }
  /** a meeting notification: when the meeting is not running, or Teams refuses it, it is logged */
  | { readonly kind: 'notifyInMeeting'; readonly notice: MeetingNotice };

/** A search result of a message extension: what the list shows, and the card it inserts. */
export interface SearchResult {
  readonly title: string;
  readonly text: string;
  readonly card: AdaptiveCardJson;
}

/** What an invoke (a card's Action.Execute, a message extension's request) is answered with. */
export type InvokeAnswer =
  /** the card that replaces the one acted on, for the person who acted */
  | { readonly kind: 'card'; readonly card: AdaptiveCardJson }
  /** a short notice Teams shows the person who acted (on the card, in the dialog, the list) */
  | { readonly kind: 'message'; readonly text: string }
  /** a dialog (task module) showing this card, opened or kept open */
  | { readonly kind: 'dialog'; readonly title: string; readonly card: AdaptiveCardJson }
  /** what the command would post, for the person to edit or send */
  | { readonly kind: 'preview'; readonly card: AdaptiveCardJson }
  /** a search command's results */
  | { readonly kind: 'searchResults'; readonly results: readonly SearchResult[] }
  /** done, nothing more to show: the dialog closes */
  | { readonly kind: 'done' }
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
