import type { Activity, ChannelAccount, ConversationAccount, Entity } from 'botbuilder';

/** an activity as Teams sends it to the bot (Activity marks several fields required that Teams omits) */
export type TeamsActivity = Partial<Activity> &
  Pick<Activity, 'type' | 'channelId' | 'serviceUrl' | 'from' | 'recipient' | 'conversation'> & {
    id: string;
  };

export const BOT_NAME = 'Handoff Advisor';
export const BOT: ChannelAccount = { id: '28:bot-app-id', name: BOT_NAME };
export const USER: ChannelAccount = {
  id: '29:user-1',
  name: 'Avery Field',
  aadObjectId: '00000000-0000-0000-0000-0000000000a1',
};
export const TENANT_ID = '00000000-0000-0000-0000-00000000c0de';
export const TEAM = { id: '19:team-general@thread.tacv2', name: 'Contoso account team' };
export const CHANNEL = { id: '19:channel-capacity@thread.tacv2', name: 'Capacity' };
export const MEETING_ID = 'MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==';
/** a fixed time, so no test depends on the clock */
export const FIXED_TIME = new Date('2025-01-15T10:00:00.000Z');

export interface TeamsActivityOptions {
  /** where the bot sends replies: the fake connector's url in tests */
  readonly serviceUrl: string;
  readonly tenantId?: string;
  readonly bot?: ChannelAccount;
  readonly user?: ChannelAccount;
  readonly timestamp?: Date;
}

export interface MessageOptions {
  readonly from?: ChannelAccount;
  readonly id?: string;
  /** set for replies in a channel thread (the root message id) */
  readonly replyToId?: string;
  /** people @mentioned in the text as `<at>Name</at>`: each gets its mention entity */
  readonly mentions?: readonly ChannelAccount[];
}

export type ConversationKind = 'personal' | 'channel' | 'groupChat' | 'meeting';

export interface ComposeActionOptions {
  readonly commandId?: string;
  /** where it was started; `message` sends `messageHtml` as the message's payload */
  readonly commandContext?: 'compose' | 'message' | 'commandbox';
  readonly messageHtml?: string;
  readonly conversation?: ConversationKind;
  readonly from?: ChannelAccount;
}

export interface ComposeSubmitOptions extends ComposeActionOptions {
  /** the dialog's inputs */
  readonly data?: unknown;
  /** "edit" or "send" on the preview */
  readonly previewAction?: 'edit' | 'send';
}

export interface ComposeQueryOptions {
  readonly commandId?: string;
  /** the parameters typed: { question: "…" } */
  readonly parameters?: Record<string, string>;
  readonly skip?: number;
  readonly count?: number;
  readonly conversation?: ConversationKind;
}

export interface CardActionOptions {
  readonly verb: string;
  readonly data?: Record<string, unknown>;
  /** the id of the message carrying the card */
  readonly replyToId?: string;
  readonly conversation?: 'personal' | 'channel' | 'groupChat' | 'meeting';
  readonly from?: ChannelAccount;
}

export interface TeamsActivityBuilders {
  /** 1:1 chat with the bot */
  personalMessage(text: string, options?: MessageOptions): TeamsActivity;
  /** a team channel message that @mentions the bot, as Teams requires for bots in channels */
  channelMessage(text: string, options?: MessageOptions): TeamsActivity;
  /** a group chat message that @mentions the bot */
  groupChatMessage(text: string, options?: MessageOptions): TeamsActivity;
  /** a message in a meeting's chat (a group chat carrying the meeting id) that @mentions the bot */
  meetingChatMessage(text: string, options?: MessageOptions): TeamsActivity;
  /** an Adaptive Card Action.Submit: a message with `value` and no text */
  cardSubmit(
    value: Record<string, unknown>,
    options?: MessageOptions & { conversation?: CardActionOptions['conversation'] },
  ): TeamsActivity;
  /** an Adaptive Card Action.Execute (invoke `adaptiveCard/action`) */
  cardAction(options: CardActionOptions): TeamsActivity;
  /** a message extension's action command asking for its dialog (composeExtension/fetchTask) */
  composeFetchTask(options?: ComposeActionOptions): TeamsActivity;
  /** the dialog submitted, or its preview edited or sent (composeExtension/submitAction) */
  composeSubmit(options?: ComposeSubmitOptions): TeamsActivity;
  /** a message extension's search (composeExtension/query) */
  composeQuery(options?: ComposeQueryOptions): TeamsActivity;
  /** the bot added to a personal chat or a team: conversationUpdate with the bot in membersAdded */
  installUpdate(scope?: 'personal' | 'team'): TeamsActivity;
  /** people other than the bot joining a team */
  membersAdded(members: ChannelAccount[]): TeamsActivity;
  readonly bot: ChannelAccount;
  readonly user: ChannelAccount;
  readonly tenantId: string;
}

/**
 * Activity ids count up across every builder set of a test file: Teams gives each activity its
 * own id, and the bot ignores a delivery of an id it has already taken. A file's ids are the
 * same every run.
 */
let sequence = 0;
const nextId = () => `activity-${++sequence}`;

/** builders for Teams-shaped activities sent to `serviceUrl` */
export function teamsActivities(options: TeamsActivityOptions): TeamsActivityBuilders {
  const { serviceUrl } = options;
  const tenantId = options.tenantId ?? TENANT_ID;
  const bot = options.bot ?? BOT;
  const user = options.user ?? USER;
  const timestamp = options.timestamp ?? FIXED_TIME;

  const mentionText = `<at>${bot.name}</at>`;
  const mention: Entity = { type: 'mention', mentioned: { ...bot }, text: mentionText };

  const conversations = {
    personal: (): ConversationAccount => ({
      id: `a:personal-${user.id}`,
      conversationType: 'personal',
      isGroup: false,
      tenantId,
      name: '',
    }),
    channel: (rootId: string): ConversationAccount => ({
      id: `${CHANNEL.id};messageid=${rootId}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId,
      name: CHANNEL.name,
    }),
    team: (): ConversationAccount => ({
      id: TEAM.id,
      conversationType: 'channel',
      isGroup: true,
      tenantId,
      name: TEAM.name,
    }),
    groupChat: (): ConversationAccount => ({
      id: '19:group-chat@thread.v2',
      conversationType: 'groupChat',
      isGroup: true,
      tenantId,
      name: 'Contoso handoff',
    }),
    meeting: (): ConversationAccount => ({
      id: '19:meeting_abc@thread.v2',
      conversationType: 'groupChat',
      isGroup: true,
      tenantId,
      name: 'Contoso capacity review',
    }),
  };

  const channelData = {
    personal: () => ({ tenant: { id: tenantId } }),
    channel: () => ({
      teamsTeamId: TEAM.id,
      teamsChannelId: CHANNEL.id,
      team: { ...TEAM },
      channel: { ...CHANNEL },
      tenant: { id: tenantId },
    }),
    team: () => ({ team: { ...TEAM }, tenant: { id: tenantId }, eventType: 'teamMemberAdded' }),
    groupChat: () => ({ tenant: { id: tenantId } }),
    meeting: () => ({ tenant: { id: tenantId }, meeting: { id: MEETING_ID } }),
  };

  const base = (
    type: string,
    conversation: ConversationAccount,
    data: Record<string, unknown>,
    from: ChannelAccount = user,
    id: string = nextId(),
  ): TeamsActivity => ({
    type,
    id,
    timestamp,
    channelId: 'msteams',
    serviceUrl,
    from: { ...from },
    recipient: { ...bot },
    conversation,
    channelData: data,
    locale: 'en-US',
  });

  const message = (
    kind: 'personal' | 'channel' | 'groupChat' | 'meeting',
    text: string,
    messageOptions: MessageOptions = {},
  ): TeamsActivity => {
    const id = messageOptions.id ?? nextId();
    const conversation =
      kind === 'channel'
        ? conversations.channel(messageOptions.replyToId ?? id)
        : conversations[kind]();
    const mentioned = kind !== 'personal';
    const people: Entity[] = (messageOptions.mentions ?? []).map((person) => ({
      type: 'mention',
      mentioned: { id: person.id, name: person.name },
      text: `<at>${person.name}</at>`,
    }));
    return {
      ...base('message', conversation, channelData[kind](), messageOptions.from, id),
      text: mentioned ? `${mentionText} ${text}` : text,
      textFormat: 'plain',
      ...(mentioned ? { entities: [mention, ...people] } : {}),
      ...(messageOptions.replyToId !== undefined ? { replyToId: messageOptions.replyToId } : {}),
    };
  };

  const conversationFor = (kind: ConversationKind): ConversationAccount =>
    kind === 'channel'
      ? { ...conversations.channel('root'), id: CHANNEL.id }
      : conversations[kind]();

  const composeInvoke = (
    name: string,
    {
      commandId = 'handOff',
      commandContext = 'compose',
      messageHtml,
      conversation = 'groupChat',
      from,
    }: ComposeActionOptions,
    extra: Record<string, unknown>,
  ): TeamsActivity => ({
    ...base('invoke', conversationFor(conversation), channelData[conversation](), from),
    name,
    value: {
      commandId,
      commandContext,
      context: { theme: 'default' },
      ...(commandContext === 'message'
        ? {
            messagePayload: {
              id: '1736935000000',
              body: { contentType: 'html', content: messageHtml ?? '' },
              from: { user: { id: user.id, displayName: user.name } },
            },
          }
        : {}),
      ...extra,
    },
  });

  return {
    bot,
    user,
    tenantId,
    personalMessage: (text, messageOptions) => message('personal', text, messageOptions),
    channelMessage: (text, messageOptions) => message('channel', text, messageOptions),
    groupChatMessage: (text, messageOptions) => message('groupChat', text, messageOptions),
    meetingChatMessage: (text, messageOptions) => message('meeting', text, messageOptions),
    cardSubmit: (value, messageOptions = {}) => ({
      ...base(
        'message',
        messageOptions.conversation === 'channel'
          ? conversations.channel(messageOptions.replyToId ?? 'root')
          : conversations[messageOptions.conversation ?? 'personal'](),
        channelData[messageOptions.conversation ?? 'personal'](),
        messageOptions.from,
        messageOptions.id,
      ),
      value,
      ...(messageOptions.replyToId !== undefined ? { replyToId: messageOptions.replyToId } : {}),
    }),
    cardAction: ({ verb, data = {}, replyToId, conversation = 'personal', from }) => {
      const id = nextId();
      const account =
        conversation === 'channel'
          ? conversations.channel(replyToId ?? id)
          : conversations[conversation]();
      return {
        ...base('invoke', account, channelData[conversation](), from, id),
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        ...(replyToId !== undefined ? { replyToId } : {}),
      };
    },
    composeFetchTask: (composeOptions = {}) =>
      composeInvoke('composeExtension/fetchTask', composeOptions, {}),
    composeSubmit: ({ data, previewAction, ...composeOptions } = {}) =>
      composeInvoke(
        'composeExtension/submitAction',
        composeOptions,
        previewAction === undefined
          ? { data: data ?? {} }
          : { botMessagePreviewAction: previewAction, botActivityPreview: [{ type: 'message' }] },
      ),
    composeQuery: ({
      commandId = 'searchAnswers',
      parameters = {},
      skip = 0,
      count = 25,
      conversation = 'groupChat',
    } = {}) => ({
      ...base('invoke', conversationFor(conversation), channelData[conversation]()),
      name: 'composeExtension/query',
      value: {
        commandId,
        parameters: Object.entries(parameters).map(([name, value]) => ({ name, value })),
        queryOptions: { skip, count },
      },
    }),
    installUpdate: (scope = 'personal') => ({
      ...(scope === 'team'
        ? base('conversationUpdate', conversations.team(), channelData.team())
        : base('conversationUpdate', conversations.personal(), channelData.personal())),
      membersAdded: [{ id: bot.id, name: bot.name }],
    }),
    membersAdded: (members) => ({
      ...base('conversationUpdate', conversations.team(), channelData.team()),
      membersAdded: members.map((member) => ({ ...member })),
    }),
  };
}
