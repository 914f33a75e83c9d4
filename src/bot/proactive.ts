import type { ConversationReference, TurnContext } from 'botbuilder';

/**
 * Posts into a conversation the bot is not in a turn of (a remembered place). The app gives
 * the bot one over its CloudAdapter; without one the bot cannot post elsewhere.
 */
export interface ProactiveSender {
  continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}
