import type { BotState as FrameworkState, StatePropertyAccessor, Storage } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { PartialFacts } from '../rubric';
import { JsonCheckedState } from './jsonCheckedState';

/** What the bot remembers about a conversation, besides the dialog stack. */
export interface ConversationMemory {
  /** the facts of the last recommendation given here: the handoff command posts these */
  lastFacts?: PartialFacts;
}

/** What the bot remembers about a person, across conversations. */
export interface UserMemory {
  /** the facts of the person's last recommendation, for posting it elsewhere */
  lastFacts?: PartialFacts;
}

/** Typed accessors over botbuilder's conversation and user state. */
export interface BotState {
  conversationState: FrameworkState;
  userState: FrameworkState;
  dialogState: StatePropertyAccessor<DialogState>;
  conversation: StatePropertyAccessor<ConversationMemory>;
  user: StatePropertyAccessor<UserMemory>;
}

/** conversation and user state kept in `storage` */
export function createBotState(storage: Storage): BotState {
  const conversationState = JsonCheckedState.forConversations(storage);
  const userState = JsonCheckedState.forUsers(storage);
  return {
    conversationState,
    userState,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    conversation: conversationState.createProperty<ConversationMemory>('advisor'),
    user: userState.createProperty<UserMemory>('advisor'),
  };
}
