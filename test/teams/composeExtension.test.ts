import type { EventBase } from '../../src/app/events';
import { composeEventFrom, COMPOSE_INVOKES } from '../../src/teams/composeExtension';
import { messageText } from '../../src/teams/messageText';

const BASE = {
  requestId: 'r1',
  from: { id: '29:avery', name: 'Avery Field' },
  conversation: {
    id: '19:chat@thread.v2',
    kind: 'groupChat',
    name: 'Chat',
    address: { channelId: 'msteams', serviceUrl: 'https://smba.example/', bot: { id: '28:bot' } },
  },
} as const satisfies EventBase;

describe('messageText: what a "…" menu hands over, as a person reads it', () => {
  it.each([
    ['plain text as it is', 'text', ' 3 subscriptions ', '3 subscriptions'],
    [
      'paragraphs as lines',
      'html',
      '<p>3 subscriptions</p><p>2 regions</p>',
      '3 subscriptions\n2 regions',
    ],
    ['a line break', 'html', 'GPU<br/>contract', 'GPU\ncontract'],
    [
      'character references',
      'html',
      '$60K &amp; GPU &lt;b&gt; &#8364;5 &#x41;',
      '$60K & GPU <b> €5 A',
    ],
    ['no-break spaces', 'html', '3&nbsp;subscriptions', '3 subscriptions'],
    ['a mention as its name', 'html', '<at id="0">Jane Doe</at> 2 regions', 'Jane Doe 2 regions'],
    ['script and style left out', 'html', '<style>p{}</style><script>alert(1)</script>ok', 'ok'],
    ['a reference that is no character', 'html', 'a&#xD800;b &#0; &bogus;', 'a b &bogus;'],
  ])('%s', (_name, contentType, content, text) => {
    expect(messageText(content, contentType)).toBe(text);
  });
});

describe('composeEventFrom: message extension invokes as application events', () => {
  it.each([
    [
      'fetchTask from the compose box',
      COMPOSE_INVOKES.fetchTask,
      { commandId: 'handOff', commandContext: 'compose' },
      { step: 'open', context: 'compose' },
    ],
    [
      'fetchTask from the command box',
      COMPOSE_INVOKES.fetchTask,
      { commandId: 'handOff', commandContext: 'commandbox' },
      { step: 'open', context: 'commandBox' },
    ],
    [
      'fetchTask from a message',
      COMPOSE_INVOKES.fetchTask,
      {
        commandId: 'handOff',
        commandContext: 'message',
        messagePayload: { body: { contentType: 'html', content: '<p>GPU</p>' } },
      },
      { step: 'open', context: 'message', messageText: 'GPU' },
    ],
    [
      'a submit',
      COMPOSE_INVOKES.submitAction,
      { commandId: 'handOff', data: { vmSkus: '3' } },
      { step: 'submit', data: { vmSkus: '3' } },
    ],
    [
      'a preview edited',
      COMPOSE_INVOKES.submitAction,
      { commandId: 'handOff', botMessagePreviewAction: 'edit', botActivityPreview: [{}] },
      { step: 'editPreview' },
    ],
    [
      'a preview sent',
      COMPOSE_INVOKES.submitAction,
      { commandId: 'handOff', botMessagePreviewAction: 'send' },
      { step: 'sendPreview' },
    ],
  ])('%s', (_name, name, value, expected) => {
    expect(composeEventFrom(name, value, BASE)).toMatchObject({
      type: 'composeAction',
      commandId: 'handOff',
      ...expected,
    });
  });

  it('a sent preview carries nothing from the card Teams hands back', () => {
    const event = composeEventFrom(
      COMPOSE_INVOKES.submitAction,
      {
        commandId: 'handOff',
        botMessagePreviewAction: 'send',
        data: { forged: true },
        botActivityPreview: [{ attachments: [] }],
      },
      BASE,
    );
    expect(event).not.toHaveProperty('data');
  });

  it('a query: its parameters by name, the first run, and the page asked for', () => {
    expect(
      composeEventFrom(
        COMPOSE_INVOKES.query,
        {
          commandId: 'searchAnswers',
          parameters: [{ name: 'question', value: 'quota' }],
          queryOptions: { skip: 5, count: 10 },
        },
        BASE,
      ),
    ).toMatchObject({
      type: 'composeSearch',
      parameters: { question: 'quota' },
      initialRun: false,
      skip: 5,
      count: 10,
    });
    expect(
      composeEventFrom(
        COMPOSE_INVOKES.query,
        { commandId: 'searchAnswers', parameters: [{ name: 'initialRun', value: 'true' }] },
        BASE,
      ),
    ).toMatchObject({ initialRun: true, skip: 0, count: 25 });
  });

  it.each([
    [
      'fetchTask',
      COMPOSE_INVOKES.fetchTask,
      { commandId: '' },
      [{ field: 'commandId', problem: 'missing' }],
    ],
    [
      'fetchTask',
      COMPOSE_INVOKES.fetchTask,
      { commandId: 'x'.repeat(65) },
      [{ field: 'commandId', problem: 'tooLong' }],
    ],
    [
      'submitAction',
      COMPOSE_INVOKES.submitAction,
      { commandId: 'handOff', data: null },
      [{ field: 'data', problem: 'wrongType' }],
    ],
    [
      'query',
      COMPOSE_INVOKES.query,
      { commandId: 'searchAnswers', queryOptions: { count: 0 } },
      [{ field: 'queryOptions.count', problem: 'outOfRange' }],
    ],
    ['query', COMPOSE_INVOKES.query, null, [{ field: 'value', problem: 'wrongType' }]],
  ])('%s with %j: malformed, naming the field', (_kind, name, value, problems) => {
    expect(composeEventFrom(name, value, BASE)).toMatchObject({ type: 'malformed', problems });
  });
});
