import Database from 'better-sqlite3';
import path from 'node:path';
import { VERBS } from '../../src/cards';
import { SQLITE_FILE_NAME } from '../../src/storage';
import { FAILURE_WORDS } from '../../src/words/chat';
import { QUESTIONS } from '../../src/understanding';
import { CHANNEL, teamsActivities, TENANT_ID } from '../support/activities';
import { useApp } from '../support/app';
import { cardOf, cardText } from '../support/appDriver';
import { type FakeConnector, startFakeConnector } from '../support/fakeConnector';
import { expectReplies, postActivity } from '../support/http';
import { storedKeys } from '../support/storeRows';

const ONE_LINER = '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales';

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());

/** Rewrites a stored row's text as it is, the way a damaged or forged record would sit there. */
function overwriteRow(dataDir: string, key: string, text: string): void {
  const db = new Database(path.join(dataDir, SQLITE_FILE_NAME));
  try {
    const changed = db.prepare('UPDATE store_items SET value = ? WHERE key = ?').run(text, key);
    expect(changed.changes).toBe(1);
  } finally {
    db.close();
  }
}

const problemOf = (body: unknown) => (body as { message?: string }).message ?? '';

describe('forged activities are refused where they come in, and break nothing for anyone', () => {
  const app = useApp();
  const teams = () => teamsActivities({ serviceUrl: connector.url });

  it.each<[string, (activity: Record<string, unknown>) => Record<string, unknown>, string]>([
    [
      'a conversation name that is a list',
      (a) => ({ ...a, conversation: { ...(a.conversation as object), name: ['x'] } }),
      '"conversation.name" must be a string',
    ],
    [
      'a tenant id that is a number',
      (a) => ({ ...a, conversation: { ...(a.conversation as object), tenantId: 42 } }),
      '"conversation.tenantId" must be a non-empty string',
    ],
    [
      'a sender name that is an object',
      (a) => ({ ...a, from: { ...(a.from as object), name: { first: 'x' } } }),
      '"from.name" must be a string',
    ],
    ['a locale that is an object', (a) => ({ ...a, locale: { en: 1 } }), '"locale"'],
    [
      'membersAdded as a string',
      (a) => ({ ...a, membersAdded: 'x' }),
      '"membersAdded" must be a list',
    ],
    ['membersAdded holding null', (a) => ({ ...a, membersAdded: [null] }), '"membersAdded.0"'],
    ['membersRemoved as a string', (a) => ({ ...a, membersRemoved: 'x' }), '"membersRemoved"'],
    ['an action that is a number', (a) => ({ ...a, action: 5 }), '"action" must be a string'],
    [
      'a mention that names nobody',
      (a) => ({ ...a, entities: [{ type: 'mention', text: '<at>x</at>' }] }),
      'does not say who is mentioned',
    ],
    [
      'an unpaired surrogate in the conversation id',
      (a) => ({ ...a, conversation: { ...(a.conversation as object), id: 'a:\ud800x' } }),
      '"conversation.id" must be well-formed Unicode text',
    ],
    [
      'channelData naming another tenant than the conversation',
      (a) => ({ ...a, channelData: { tenant: { id: '11111111-2222-3333-4444-555555555555' } } }),
      '"conversation.tenantId" must name the same tenant as channelData.tenant.id',
    ],
  ])('%s gets 400 naming the field, and stores nothing', async (_name, forge, words) => {
    const before = storedKeys(app.current.dataDir);
    const forged = forge({ ...teams().installUpdate('team') } as Record<string, unknown>);
    const response = await postActivity(app.current.baseUrl, forged);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'NotAnActivity' });
    expect(problemOf(response.body)).toContain(words);
    expect(storedKeys(app.current.dataDir)).toEqual(before);
  });

  it('after every forgery, handoffs in the tenant and the personal picker still work', async () => {
    const replies = await expectReplies(
      app.current.baseUrl,
      teams().channelMessage(`handoff Contoso: ${ONE_LINER}`),
    );
    expect(cardText(cardOf(replies.at(-1)))).toContain(
      'Proposed: waiting for someone to accept it',
    );
    const picker = await expectReplies(app.current.baseUrl, teams().personalMessage('handoff'));
    expect(cardText(cardOf(picker.at(-1)))).toContain(CHANNEL.name);
    const mine = await expectReplies(app.current.baseUrl, teams().personalMessage('my handoffs'));
    expect(cardText(cardOf(mine.at(-1)))).toContain('Contoso');
    expect(storedKeys(app.current.dataDir)).toContain(`places/${TENANT_ID}`);
  });
});

describe('invokes are always answered with a proper invoke response', () => {
  const app = useApp();
  const teams = () => teamsActivities({ serviceUrl: connector.url });

  it.each<[string, unknown]>([
    ['a value that is a list', []],
    ['an action that is null', { action: null }],
    ['an action without a verb', { action: { type: 'Action.Execute', data: {} } }],
  ])('%s: 200 with a card saying the button is unknown, nothing posted', async (_name, value) => {
    connector.reset();
    const response = await postActivity(app.current.baseUrl, {
      ...teams().cardAction({ verb: 'x' }),
      value,
    });
    expect(response.status).toBe(200);
    const body = response.body as { type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(body.value)).toContain("That button isn't one I know.");
    expect(connector.calls).toEqual([]);
  });

  it.each(['composeExtension/unknownThing', 'signin/nothing', 'x'])(
    'an invoke it does not handle (%s): 400 with an error body that names it',
    async (name) => {
      connector.reset();
      const response = await postActivity(app.current.baseUrl, {
        ...teams().cardAction({ verb: 'x' }),
        name,
      });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: {
          code: 'NotSupported',
          message: `Handoff Advisor does not handle "${name}" requests.`,
        },
      });
      expect(connector.calls).toEqual([]);
    },
  );
});

describe('unreadable state never locks a person out', () => {
  const app = useApp();
  const teams = teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' });
  const conversationKey = () =>
    `msteams/conversations/${teams.personalMessage('').conversation.id}/`;

  it.each([
    ['a row that is not JSON', '{"advisor": {"lastFacts": '],
    [
      'a row naming a dialog this version does not have',
      JSON.stringify({ dialogState: { dialogStack: [{ id: 'waterfall', state: {} }] } }),
    ],
    [
      'questions of the wrong shape',
      JSON.stringify({
        dialogState: { dialogStack: [{ id: 'qualifyingDialog', state: { facts: 'not facts' } }] },
      }),
    ],
  ])(
    '%s: the person is told the questions start over, and "help" and "assess" work',
    async (_name, row) => {
      await expectReplies(app.current.baseUrl, teams.personalMessage('assess'));
      overwriteRow(app.current.dataDir, conversationKey(), row);
      const help = await expectReplies(app.current.baseUrl, teams.personalMessage('help'));
      expect(help[0]?.text).toBe(FAILURE_WORDS.stateReset);
      expect(cardText(cardOf(help.at(-1)))).toContain('assess');
      const again = await expectReplies(app.current.baseUrl, teams.personalMessage('assess'));
      expect(again.at(-1)?.text).toContain(QUESTIONS.supportContract.prompt);
      expect(again.map((reply) => reply.text)).not.toContain(FAILURE_WORDS.stateReset);
    },
  );
});

describe('handoff actions are taken only where the handoff was posted', () => {
  const app = useApp();
  const teams = () => teamsActivities({ serviceUrl: connector.url });

  async function proposed(): Promise<string> {
    const replies = await expectReplies(
      app.current.baseUrl,
      teams().channelMessage(`handoff Contoso: ${ONE_LINER}`),
    );
    const card = cardOf(replies.at(-1));
    const accept = (card?.actions as { verb?: string; data?: { handoffId?: string } }[]).find(
      (action) => action.verb === VERBS.acceptHandoff,
    );
    return accept!.data!.handoffId!;
  }

  it.each([VERBS.acceptHandoff, VERBS.refreshHandoff])(
    '%s from a personal chat finds nothing, shows nothing of it, and changes nothing',
    async (verb) => {
      const handoffId = await proposed();
      connector.reset();
      const response = await postActivity(
        app.current.baseUrl,
        teams().cardAction({ verb, data: { handoffId }, conversation: 'personal' }),
      );
      expect(response.body).toMatchObject({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: expect.stringContaining("can't find that handoff"),
      });
      expect(JSON.stringify(response.body)).not.toContain('Contoso');
      expect(connector.calls).toEqual([]);
      const again = await postActivity(
        app.current.baseUrl,
        teams().cardAction({
          verb: VERBS.refreshHandoff,
          data: { handoffId },
          conversation: 'channel',
        }),
      );
      expect(cardText((again.body as { value: unknown }).value)).toContain('Proposed');
    },
  );
});

describe('the same activity delivered again', () => {
  const app = useApp();

  it('twenty deliveries of one "handoff" at once post one card and store one handoff', async () => {
    const teams = teamsActivities({ serviceUrl: connector.url });
    const message = teams.channelMessage(`handoff Contoso: ${ONE_LINER}`);
    connector.reset();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => postActivity(app.current.baseUrl, message)),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    const [card] = await connector.nextActivities(1);
    expect(cardText(cardOf(card?.activity))).toContain('Proposed');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.activities()).toHaveLength(1);
    expect(
      storedKeys(app.current.dataDir).filter((key) => key.startsWith('handoffs/')),
    ).toHaveLength(1);
  });

  it('a delivery of an answer already taken does not answer the next question with it', async () => {
    const teams = teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' });
    await expectReplies(app.current.baseUrl, teams.personalMessage('assess'));
    const yes = teams.personalMessage('yes');
    const first = await expectReplies(app.current.baseUrl, yes);
    expect(first.at(-1)?.text).toContain(QUESTIONS.salesStage.prompt);
    expect(await expectReplies(app.current.baseUrl, yes)).toEqual([]);
    const next = await expectReplies(app.current.baseUrl, teams.personalMessage('help'));
    expect(next.at(-1)?.text).toContain(QUESTIONS.salesStage.prompt);
  });
});
