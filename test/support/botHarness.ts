import { type Activity, MemoryStorage, type Storage, TestAdapter } from 'botbuilder';
import { HandoffBot } from '../../src/bot/handoffBot';
import { createBotState } from '../../src/bot/state';
import { ask } from '../../src/knowledge';

/** The bot on botbuilder's TestAdapter: say something, get every reply of that turn. */
export interface BotHarness {
  adapter: TestAdapter;
  storage: Storage;
  say(text: string): Promise<Partial<Activity>[]>;
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
}

export function createBotHarness(storage: Storage = new MemoryStorage()): BotHarness {
  const state = createBotState(storage);
  const bot = new HandoffBot({ state, ask });
  const adapter = new TestAdapter((context) => bot.run(context));
  const drain = () => {
    const replies: Partial<Activity>[] = [];
    for (let reply = adapter.getNextReply(); reply; reply = adapter.getNextReply())
      replies.push(reply);
    return replies;
  };
  return {
    adapter,
    storage,
    say: async (text) => {
      await adapter.receiveActivity(text);
      return drain();
    },
    send: async (activity) => {
      await adapter.receiveActivity({ ...adapter.makeActivity(), ...activity });
      return drain();
    },
  };
}

/** The Adaptive Card a reply carries, if any. */
export function cardOf(reply: Partial<Activity> | undefined): Record<string, unknown> | undefined {
  const attachment = reply?.attachments?.find(
    (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  return attachment?.content as Record<string, unknown> | undefined;
}

/** Every string in a card, for asserting what it shows. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') texts.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(card);
  return texts.join('\n');
}
