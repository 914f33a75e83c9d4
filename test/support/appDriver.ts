import { handleEvent } from '../../src/app/app';
import type { AppDeps, People } from '../../src/app/deps';
import type { InvokeAnswer, MeetingNotice } from '../../src/app/outputs';
import type { LoadedState, QuestionsState } from '../../src/app/state';
import { HandoffStore, type Person } from '../../src/handoffs';
import { ask } from '../../src/knowledge';
import { PlaceStore } from '../../src/places';
import { MemoryItemStore } from '../../src/storage';
import { readActivity } from '../../src/teams/activity';
import { type OutgoingMessage, toActivity } from '../../src/teams/messages';
import { eventFrom } from '../../src/teams/toEvent';
import { FIXED_TIME, type TeamsActivity, teamsActivities } from './activities';

/** What a turn of the application answered: the messages sent, and an invoke's answer. */
export interface DriverTurn {
  readonly replies: OutgoingMessage[];
  readonly updates: { messageId: string; activity: OutgoingMessage }[];
  /** the meeting notifications the turn asked for */
  readonly notices: MeetingNotice[];
  readonly invoke?: InvokeAnswer;
}

/**
 * The people of every conversation, as Teams would look them up: by Teams id or Entra object
 * id. Whoever is not listed is in no conversation.
 */
export function peopleDirectory(people: readonly Person[]): People & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    find: async (id) => {
      lookups.push(id);
      return people.find((person) => person.id === id || person.aadObjectId === id);
    },
  };
}

/**
 * The application layer on its own: events in, replies out, state kept in memory between
 * turns. Activities are read by the translator's own framework-free reader, so a test can
 * speak in the activities Teams sends; nothing of the bot SDK runs.
 */
export interface AppDriver {
  /** a personal-chat message; every reply of that turn */
  say(text: string): Promise<OutgoingMessage[]>;
  send(activity: TeamsActivity): Promise<DriverTurn>;
  readonly teams: ReturnType<typeof teamsActivities>;
  readonly deps: AppDeps;
}

export function createAppDriver(overrides: Partial<AppDeps> = {}): AppDriver {
  const items = new MemoryItemStore();
  const deps: AppDeps = {
    ask,
    handoffs: new HandoffStore(items),
    places: new PlaceStore(items),
    now: () => FIXED_TIME,
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    ...overrides,
  };
  const teams = teamsActivities({ serviceUrl: 'https://smba.example/teams/' });
  const conversations = new Map<string, LoadedState['conversation']>();
  const users = new Map<string, LoadedState['user']>();
  const questions = new Map<string, QuestionsState>();

  let posted = 0;
  const send = async (activity: TeamsActivity): Promise<DriverTurn> => {
    const reading = readActivity(activity);
    if (!reading.ok) throw new Error(`not an activity: ${JSON.stringify(reading.problems)}`);
    const event = eventFrom(reading.activity, reading.tenantId, activity.id);
    if (!event) return { replies: [], updates: [], notices: [] };
    const conversationId = activity.conversation.id;
    const userId = activity.from.id;
    const open = questions.get(conversationId);
    const output = await handleEvent(
      event,
      {
        conversation: conversations.get(conversationId) ?? {},
        user: users.get(userId) ?? {},
        ...(open ? { questions: open } : {}),
      },
      deps,
    );
    const { changes } = output;
    if (changes.conversation) conversations.set(conversationId, changes.conversation);
    if (changes.user) users.set(userId, changes.user);
    if (changes.questions === null) questions.delete(conversationId);
    else if (changes.questions) questions.set(conversationId, changes.questions);
    // As the translator does: each message posted gets an id, told to whoever asked for it.
    for (const effect of output.effects) {
      if (effect.kind === 'send' && effect.onPosted) await effect.onPosted(`sent-${++posted}`);
    }
    return {
      replies: output.effects.flatMap((effect) =>
        effect.kind === 'send' ? [toActivity(effect.message)] : [],
      ),
      updates: output.effects.flatMap((effect) =>
        effect.kind === 'update'
          ? [{ messageId: effect.messageId, activity: toActivity(effect.message) }]
          : [],
      ),
      notices: output.effects.flatMap((effect) =>
        effect.kind === 'notifyInMeeting' ? [effect.notice] : [],
      ),
      ...(output.invoke ? { invoke: output.invoke } : {}),
    };
  };
  return {
    teams,
    deps,
    send,
    say: async (text) => (await send(teams.personalMessage(text))).replies,
  };
}

/** The Adaptive Card a reply carries, if any. */
export function cardOf(
  reply: { attachments?: { contentType?: string; content?: unknown }[] } | undefined,
): Record<string, unknown> | undefined {
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
