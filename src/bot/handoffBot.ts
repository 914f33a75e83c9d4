import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ChannelAccount,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { welcomeCard } from '../cards';
import { HandoffStore } from '../handoffs';
import type { AskResult } from '../knowledge';
import { createLogger, type Logger } from '../logger';
import { PlaceStore } from '../places';
import { type ItemStore, MemoryItemStore, type OnCorrupt } from '../storage';
import { type CardReply, handleCardAction } from './cardActions';
import { conversationKind } from './conversationKind';
import { DialogRunner } from './dialogRunner';
import type { BotEnvironment } from './environment';
import { answerHandoffInvoke, sendHandoffReply } from './handoffDelivery';
import { handlePersonalMessage } from './personalChat';
import { rememberPersonHere, updatePlaces } from './placeMemory';
import type { ProactiveSender } from './proactive';
import { cardMessage, plainMessage } from './replies';
import { handleSharedMessage } from './sharedChat';
import type { BotState } from './state';

export interface HandoffBotOptions {
  state: BotState;
  ask(question: string): AskResult;
  /** where handoffs and the places the bot is in are kept (the state's storage, in the app) */
  items?: ItemStore;
  /** posts into remembered places; without it handoffs are posted only where they are asked for */
  proactive?: ProactiveSender;
  /** the time of each action (default: the system clock) */
  now?: () => Date;
  logger?: Logger;
}

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE_CONTENT_TYPE = 'application/vnd.microsoft.activity.message';

/**
 * Handoff Advisor in Teams: the qualifying dialog in personal chat, one-message answers in
 * channels, group chats and meeting chats, handoff cards people act on, and card actions
 * routed by verb.
 */
export class HandoffBot extends TeamsActivityHandler {
  private readonly env: BotEnvironment;

  constructor(options: HandoffBotOptions) {
    super();
    const items = options.items ?? new MemoryItemStore();
    const logger = options.logger ?? createLogger({ level: 'silent' });
    const onCorrupt: OnCorrupt = (key, problem) =>
      logger.warn({ key, problem }, 'a stored item was not valid: it was set aside');
    const storeOptions = { onCorrupt };
    this.env = {
      state: options.state,
      dialogs: new DialogRunner(options.state),
      ask: options.ask,
      handoffs: new HandoffStore(items, storeOptions),
      places: new PlaceStore(items, storeOptions),
      ...(options.proactive ? { proactive: options.proactive } : {}),
      now: options.now ?? (() => new Date()),
      logger,
    };

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    // Where the bot is added, removed or renamed: remembered for posting handoffs there.
    this.onConversationUpdate(async (context, next) => {
      await updatePlaces(this.env, context);
      await next();
    });
    this.onInstallationUpdate(async (context, next) => {
      await updatePlaces(this.env, context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (addsThisBot(context.activity.membersAdded, context.activity.recipient)) {
        await context.sendActivity(cardMessage(welcomeCard(), 'Handoff Advisor'));
      }
      await next();
    });
  }

  /** State is saved once, at the end of the turn, whatever the turn did. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.env.state.conversationState.saveChanges(context);
    await this.env.state.userState.saveChanges(context);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    await rememberPersonHere(this.env, context);
    // A card's Action.Submit arrives as a message whose value carries the verb.
    if (activity.value !== undefined && !activity.text) {
      await this.sendCardReply(context, await handleCardAction(this.env, context, activity.value));
      return;
    }
    const kind = conversationKind(activity);
    if (kind === 'personal') {
      await handlePersonalMessage(this.env, context, (activity.text ?? '').trim());
      return;
    }
    // Only the bot's own mention is taken out; other people's mentions stay part of the text.
    const text = TurnContext.removeRecipientMention(activity) ?? '';
    await handleSharedMessage(this.env, context, text.trim());
  }

  /** Action.Execute: the reply card replaces the card in place for the person who acted. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    await rememberPersonHere(this.env, context);
    const action = invokeValue?.action;
    const reply = await handleCardAction(this.env, context, {
      ...action?.data,
      verb: action?.verb,
    });
    if ('handoff' in reply) {
      const card = await answerHandoffInvoke(context, reply.handoff, this.env.logger);
      return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card };
    }
    if ('card' in reply) return { statusCode: 200, type: CARD_CONTENT_TYPE, value: reply.card };
    const text = 'text' in reply ? reply.text : 'Done.';
    // Teams shows a message-type response as a short notice; its value is the text itself.
    return {
      statusCode: 200,
      type: MESSAGE_CONTENT_TYPE,
      value: text as unknown as Record<string, unknown>,
    };
  }

  private async sendCardReply(context: TurnContext, reply: CardReply): Promise<void> {
    if ('handoff' in reply) await sendHandoffReply(context, reply.handoff, this.env.logger);
    else if ('card' in reply) await context.sendActivity(cardMessage(reply.card));
    else if ('text' in reply) await context.sendActivity(plainMessage(reply.text));
  }
}

function addsThisBot(members: ChannelAccount[] | undefined, bot: ChannelAccount): boolean {
  return (members ?? []).some((member) => member.id === bot.id);
}
