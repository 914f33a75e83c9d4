import fc from 'fast-check';
import { QUESTIONS } from '../../src/understanding';
import { teamsActivities } from '../support/activities';
import { useApp } from '../support/app';
import { cardOf, cardText } from '../support/appDriver';
import { expectReplies, getJson, postRaw } from '../support/http';

const TOTAL = 10_000;
const PARALLEL = 8;
const serviceUrl = 'http://127.0.0.1:9/';
const teams = teamsActivities({ serviceUrl });

const HOSTILE_TEXT = [
  '${1+1}',
  '${jsonStringify($root)}',
  '{{DATE(2025-01-01T00:00:00Z, SHORT)}}',
  '[click](http://evil.example)',
  '**bold** _it_ `code`',
  '<script>alert(1)</script><b>x</b>',
  '\u0000\u0007\u202e',
  '🙂'.repeat(50),
  'assess ' + 'x'.repeat(3000),
];

/** A request body and whether it is a valid turn that must leave state behind. */
interface Sample {
  body: string;
  /** a valid "assess" in a fresh conversation: its dialog state must be stored afterwards */
  startsDialogIn?: string;
}

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 50, unit: 'grapheme' }),
);
const jsonValue = fc.jsonValue({ maxDepth: 4 });

const validAssess: fc.Arbitrary<Sample> = fc.uuid().map((id) => {
  const activity = teams.personalMessage('assess');
  const conversationId = `a:fuzz-${id}`;
  return {
    body: JSON.stringify({
      ...activity,
      conversation: { ...activity.conversation, id: conversationId },
      deliveryMode: 'expectReplies',
    }),
    startsDialogIn: conversationId,
  };
});

const validMessage: fc.Arbitrary<Sample> = fc
  .tuple(fc.constantFrom('personal', 'channel', 'groupChat', 'meeting'), text)
  .map(([kind, message]) => {
    const build = {
      personal: teams.personalMessage,
      channel: teams.channelMessage,
      groupChat: teams.groupChatMessage,
      meeting: teams.meetingChatMessage,
    }[kind];
    return { body: JSON.stringify({ ...build(message), deliveryMode: 'expectReplies' }) };
  });

const cardActions: fc.Arbitrary<Sample> = fc
  .tuple(
    fc.constantFrom('editAnswers', 'submitFacts', 'submitHandoff', 'ask', 'startOver', 'nope', ''),
    jsonValue,
    fc.boolean(),
  )
  .map(([verb, data, asInvoke]) => {
    const activity = asInvoke
      ? teams.cardAction({
          verb,
          data: typeof data === 'object' && data !== null && !Array.isArray(data) ? data : { data },
        })
      : {
          ...teams.cardSubmit({}),
          value: { verb, ...(typeof data === 'object' && data !== null ? data : { data }) },
        };
    return { body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }) };
  });

const halfValid: fc.Arbitrary<Sample> = fc
  .tuple(
    fc.constantFrom(
      'type',
      'channelId',
      'serviceUrl',
      'from',
      'conversation',
      'text',
      'value',
      'entities',
      'channelData',
      'recipient',
    ),
    jsonValue,
  )
  .map(([field, value]) => ({
    body: JSON.stringify({
      ...teams.personalMessage('assess'),
      deliveryMode: 'expectReplies',
      [field]: value,
    }),
  }));

/** Every field the bot reads, and values of the wrong type for it (or the right type, forged). */
const READ_FIELDS = [
  ['conversation', 'name'],
  ['conversation', 'tenantId'],
  ['conversation', 'conversationType'],
  ['from', 'name'],
  ['from', 'aadObjectId'],
  ['recipient', 'name'],
  ['channelData', 'tenant'],
  ['channelData', 'team'],
  ['channelData', 'channel'],
  ['channelData', 'meeting'],
  ['channelData', 'eventType'],
  ['locale'],
  ['membersAdded'],
  ['membersRemoved'],
  ['action'],
  ['replyToId'],
  ['name'],
  ['text'],
] as const;
const wrongType = fc.oneof(
  fc.array(fc.string(), { maxLength: 3 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant([null]),
  fc.string({ maxLength: 20 }),
);
const forgedTypes: fc.Arbitrary<Sample> = fc
  .tuple(
    fc.constantFrom(...READ_FIELDS),
    wrongType,
    fc.constantFrom('personal', 'channel', 'install'),
  )
  .map(([path, value, kind]) => {
    const activity: Record<string, unknown> = JSON.parse(
      JSON.stringify(
        kind === 'personal'
          ? teams.personalMessage('assess')
          : kind === 'channel'
            ? teams.channelMessage('handoff 3 subscriptions, GPU, contract, post-sales')
            : teams.installUpdate('team'),
      ),
    );
    if (path.length === 1) activity[path[0]] = value;
    else activity[path[0]] = { ...(activity[path[0]] as object), [path[1]]: value };
    return { body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }) };
  });

const hostile: fc.Arbitrary<Sample> = fc.oneof(
  fc.string({ maxLength: 300 }).map((body) => ({ body })),
  jsonValue.map((value) => ({ body: JSON.stringify(value) })),
  fc.constant({ body: '{"__proto__": {"polluted": true}, "type": "message"}' }),
  fc.constant({ body: '['.repeat(5000) + ']'.repeat(5000) }),
  fc.constant({
    body: JSON.stringify({ ...teams.personalMessage('hi'), text: 'x'.repeat(300_000) }),
  }),
);

const samples: fc.Arbitrary<Sample> = fc.oneof(
  { arbitrary: validAssess, weight: 2 },
  { arbitrary: validMessage, weight: 3 },
  { arbitrary: cardActions, weight: 2 },
  { arbitrary: halfValid, weight: 2 },
  { arbitrary: forgedTypes, weight: 2 },
  { arbitrary: hostile, weight: 1 },
);

describe('fuzz: generated activities through the real server', () => {
  const app = useApp();

  it(`${TOTAL.toLocaleString('en-US')} valid, half-valid and hostile activities: no 5xx, the server stays up, valid state is kept`, async () => {
    // One in ten is delivered twice at once, as Teams does when the bot is slow to answer.
    const inputs = fc
      .sample(samples, { numRuns: TOTAL, seed: 20261122 })
      .flatMap((sample, index) => (index % 10 === 0 ? [sample, sample] : [sample]));
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    const dialogs: string[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < inputs.length; i = next++) {
        const sample = inputs[i]!;
        const response = await postRaw(app.current.baseUrl, sample.body);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500)
          serverErrors.push(`${response.status} for ${sample.body.slice(0, 200)}`);
        if (sample.startsDialogIn && response.status === 200) dialogs.push(sample.startsDialogIn);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));

    expect(serverErrors).toEqual([]);
    expect((await getJson(app.current.baseUrl, '/healthz')).status).toBe(200);
    expect([...statuses.keys()].every((status) => [200, 400, 413].includes(status))).toBe(true);
    expect(dialogs.length).toBeGreaterThan(TOTAL / 10);

    // Every dialog a valid "assess" started is in storage, waiting at its first question.
    // ConversationState's key: channel, conversation id, then its (empty) namespace.
    const keyOf = (id: string) => `msteams/conversations/${id}/`;
    const stored = await app.current.app.store.items.read(dialogs.map(keyOf));
    const missing = dialogs.filter((id) => {
      const value = stored.get(keyOf(id))?.value as { dialogState?: { dialogStack?: unknown[] } };
      return !(value?.dialogState?.dialogStack?.length ?? 0);
    });
    expect(missing).toEqual([]);

    // …and resumes: the first one's next answer moves it on to the second question.
    const resumed = teams.personalMessage('yes');
    const replies = await expectReplies(app.current.baseUrl, {
      ...resumed,
      conversation: { ...resumed.conversation, id: dialogs[0]! },
    });
    expect(replies.at(-1)?.text).toContain(QUESTIONS.salesStage.prompt);

    // Nothing forged broke the tenant: a handoff in a channel and "my handoffs" still answer.
    const handoff = await expectReplies(
      app.current.baseUrl,
      teams.channelMessage('handoff Contoso: 3 subscriptions, GPU, contract, post-sales'),
    );
    expect(cardText(cardOf(handoff.at(-1)))).toContain('Proposed');
    // (The questions a fuzzed "assess" left open are asked again after the list.)
    const mine = await expectReplies(app.current.baseUrl, teams.personalMessage('my handoffs'));
    expect(mine.map((reply) => cardText(cardOf(reply))).join('\n')).toContain('Contoso');
  }, 240_000);
});
