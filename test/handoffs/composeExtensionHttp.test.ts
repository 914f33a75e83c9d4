import type { Activity } from 'botbuilder';
import type { AdaptiveCardJson } from '../../src/cards';
import { userIndexKey } from '../../src/handoffs';
import { inputsOf } from '../cards/support/cardChecks';
import { TENANT_ID, teamsActivities } from '../support/activities';
import { type FakeConnector, startFakeConnector } from '../support/fakeConnector';
import { account, FILLED_FORM, JANE, LEE } from '../support/handoffForms';
import { postActivity } from '../support/http';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import {
  cardIn,
  cardLines,
  type HandoffApp,
  shownText,
  startHandoffApp,
} from './support/handoffApp';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/** The parts of a message extension's invoke response the tests read. */
interface ComposeBody {
  task?: {
    type: 'continue' | 'message';
    value:
      | string
      | {
          title: string;
          height: unknown;
          width: unknown;
          card: { contentType: string; content: AdaptiveCardJson };
        };
  };
  composeExtension?: {
    type: 'botMessagePreview' | 'result' | 'message';
    text?: string;
    attachmentLayout?: string;
    activityPreview?: {
      type: string;
      attachments: { contentType: string; content: AdaptiveCardJson }[];
    };
    attachments?: {
      contentType: string;
      content: AdaptiveCardJson;
      preview: { contentType: string; content: { title: string; text: string } };
    }[];
  };
}

describe('message extension invokes over HTTP: real server, real SQLite, the fake connector', () => {
  let dataDir: string;
  let connector: FakeConnector;
  let bot: HandoffApp;
  let teams: ReturnType<typeof teamsActivities>;

  beforeAll(async () => {
    dataDir = await makeTempDir('compose-http');
    connector = await startFakeConnector();
    bot = await startHandoffApp(dataDir, undefined, { PUBLIC_BASE_URL: 'https://handoff.example' });
    teams = teamsActivities({ serviceUrl: connector.url });
    connector.setMembers([JANE, LEE, account(teams.user) as typeof JANE]);
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
    await removeTempDir(dataDir);
  });

  const invoke = async (activity: Partial<Activity>) => {
    const result = await postActivity(bot.baseUrl, activity);
    return { status: result.status, body: result.body as ComposeBody };
  };
  const dialogCard = (body: ComposeBody): AdaptiveCardJson => {
    const value = body.task?.value;
    if (body.task?.type !== 'continue' || typeof value !== 'object') {
      throw new Error(`expected a dialog, got ${JSON.stringify(body)}`);
    }
    expect(value.card.contentType).toBe(ADAPTIVE);
    return value.card.content;
  };

  describe('"Hand off" (composeExtension/fetchTask and submitAction)', () => {
    it('fetchTask from the compose box: a dialog with the facts form', async () => {
      const { status, body } = await invoke(teams.composeFetchTask());
      expect(status).toBe(200);
      expect(body.task).toMatchObject({
        type: 'continue',
        value: { title: 'Hand off', height: 'large', width: 'medium' },
      });
      const card = dialogCard(body);
      expect(card.actions).toEqual([
        { type: 'Action.Submit', title: 'Preview the handoff', data: { dialog: 'submitHandoff' } },
      ]);
      expect(inputsOf(card).has('proposedTo')).toBe(true);
    });

    it('fetchTask from a message\'s "…" menu: the facts read from its HTML, and the form says which', async () => {
      const { body } = await invoke(
        teams.composeFetchTask({
          commandContext: 'message',
          messageHtml:
            '<div><p>Fabrikam:&nbsp;3 subscriptions,<br>2 regions, 14 SKUs</p><p>$60K a month, GPU</p></div>',
        }),
      );
      const card = dialogCard(body);
      expect(cardLines(card)).toContain('I read these from the message:');
      expect(inputsOf(card).get('subscriptions')?.value).toBe(3);
      expect(inputsOf(card).get('regions')?.value).toBe(2);
      expect(inputsOf(card).get('vmSkus')?.value).toBe(14);
      expect(inputsOf(card).get('monthlySpendUsd')?.value).toBe(60_000);
      expect(inputsOf(card).get('gpuOrRestricted')?.value).toBe('true');
    });

    it('submitAction: a bot message preview of the card; "Edit" opens the form again; "Send" posts it', async () => {
      connector.reset();
      const submitted = await invoke(
        teams.composeSubmit({ data: { ...FILLED_FORM, proposedTo: JANE.aadObjectId } }),
      );
      expect(submitted.status).toBe(200);
      expect(submitted.body.composeExtension).toMatchObject({
        type: 'botMessagePreview',
        activityPreview: { type: 'message', attachments: [{ contentType: ADAPTIVE }] },
      });
      const preview = submitted.body.composeExtension!.activityPreview!.attachments[0]!.content;
      expect(shownText(preview)).toContain('<at>Jane Doe</at>, it is yours to accept or decline.');
      // The person was looked up in the conversation; nothing is posted before "Send".
      expect(connector.calls.map((call) => call.kind)).toEqual(['getMember']);

      const edited = await invoke(teams.composeSubmit({ previewAction: 'edit' }));
      const form = dialogCard(edited.body);
      expect(inputsOf(form).get('account')?.value).toBe('Contoso');
      expect(inputsOf(form).get('proposedTo')?.value).toBe(JANE.aadObjectId);

      connector.reset();
      const sent = await invoke(teams.composeSubmit({ previewAction: 'send' }));
      expect(sent).toEqual({ status: 200, body: {} });
      const [posted] = await connector.nextActivities(1);
      // Posted by the bot into that conversation, as the proactive posts are.
      expect(posted).toMatchObject({ conversationId: '19:group-chat@thread.v2' });
      const card = cardIn(posted!.activity);
      expect(card.msteams).toEqual({
        entities: [
          {
            type: 'mention',
            text: '<at>Jane Doe</at>',
            mentioned: { id: JANE.id, name: JANE.name },
          },
        ],
      });
      expect(card.refresh).toMatchObject({ userIds: [JANE.id] });
      const handoffId = cardLines(card)
        .find((line) => line.startsWith('Handoff '))!
        .split(' ')[1]!;
      await expect(bot.record(handoffId)).resolves.toMatchObject({
        status: 'proposed',
        proposedTo: JANE,
        postedIn: { conversationId: '19:group-chat@thread.v2', name: 'Contoso handoff' },
        postedMessageId: expect.stringMatching(/^posted-\d+$/),
      });
      // Jane finds it among her handoffs.
      const index = await bot.read([userIndexKey(JANE)]);
      expect(Object.values(index)[0]).toMatchObject({ ids: [handoffId] });
    });

    it('"Send" without a preview to send: says so, in the dialog', async () => {
      const { status, body } = await invoke(
        teams.composeSubmit({ previewAction: 'send', conversation: 'channel' }),
      );
      expect(status).toBe(200);
      expect(body.task).toEqual({
        type: 'message',
        value: expect.stringMatching(/^That preview is no longer available/),
      });
    });
  });

  describe('"Ask" (composeExtension/query)', () => {
    it('answers with FAQ result cards, each with a preview of its title, answer and source', async () => {
      const { status, body } = await invoke(
        teams.composeQuery({ parameters: { question: 'how do partners get support?' } }),
      );
      expect(status).toBe(200);
      expect(body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
      const attachments = body.composeExtension!.attachments!;
      expect(attachments.length).toBeGreaterThan(0);
      for (const attachment of attachments) {
        expect(attachment.contentType).toBe(ADAPTIVE);
        expect(attachment.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
        expect(attachment.preview.content.text).toMatch(/\nSource: /);
        expect(shownText(attachment.content)).toContain(attachment.preview.content.title);
      }
    });

    it('a question with no answer: one line in the list', async () => {
      const { status, body } = await invoke(
        teams.composeQuery({ parameters: { question: 'what is the weather in Redmond?' } }),
      );
      expect(status).toBe(200);
      expect(body.composeExtension).toEqual({
        type: 'message',
        text: expect.stringMatching(/^No answer in the FAQ matches that/),
      });
    });
  });

  describe('bad and forged payloads: answered in words, never crashed on', () => {
    it.each<[string, () => Partial<Activity>, number, string]>([
      [
        'fetchTask with an unknown command id',
        () => teams.composeFetchTask({ commandId: 'exportAll' }),
        200,
        'That command is not one Handoff Advisor has.',
      ],
      [
        'fetchTask without a command id',
        () => ({ ...teams.composeFetchTask(), value: { commandContext: 'compose' } }),
        400,
        'which command it is: missing',
      ],
      [
        'submitAction without the form',
        () => ({
          ...teams.composeSubmit(),
          value: { commandId: 'handOff', commandContext: 'compose' },
        }),
        400,
        "the form's answers: missing",
      ],
      [
        'submitAction with a form of the wrong type',
        () => ({ ...teams.composeSubmit(), value: { commandId: 'handOff', data: [1, 2] } }),
        400,
        "the form's answers: not of the right kind",
      ],
      [
        'submitAction with a preview action that is neither edit nor send',
        () => ({
          ...teams.composeSubmit(),
          value: { commandId: 'handOff', botMessagePreviewAction: 'post' },
        }),
        400,
        'what to do with the preview: not one of the values allowed',
      ],
      [
        'fetchTask with a value that is not an object',
        () => ({ ...teams.composeFetchTask(), value: 'handOff' }),
        400,
        'its content: not of the right kind',
      ],
    ])('%s', async (_name, build, status, words) => {
      connector.reset();
      const answer = await invoke(build());
      expect(answer.status).toBe(status);
      expect(answer.body.task).toEqual({ type: 'message', value: expect.stringContaining(words) });
      expect(connector.activities()).toEqual([]);
    });

    it.each<[string, unknown, string]>([
      [
        'an unknown command id',
        { commandId: 'findAll', parameters: [{ name: 'question', value: 'quota' }] },
        'That command is not one Handoff Advisor has.',
      ],
      ['no command id', { parameters: [] }, 'which command it is: missing'],
      [
        'parameters of the wrong type',
        { commandId: 'searchAnswers', parameters: { question: 'quota' } },
        'what was typed in the search: not of the right kind',
      ],
      [
        'asking for 1,000 results',
        { commandId: 'searchAnswers', queryOptions: { skip: 0, count: 1000 } },
        'which results to show: out of range',
      ],
    ])('query with %s', async (_name, value, words) => {
      const answer = await invoke({ ...teams.composeQuery(), value });
      expect([200, 400]).toContain(answer.status);
      expect(answer.body.composeExtension).toEqual({
        type: 'message',
        text: expect.stringContaining(words),
      });
    });

    it('a message extension invoke it does not handle (link unfurling) gets a 400 that names it', async () => {
      const result = await postActivity(bot.baseUrl, {
        ...teams.composeQuery(),
        name: 'composeExtension/queryLink',
        value: { url: 'https://contoso.example' },
      });
      expect(result.status).toBe(400);
      expect(JSON.stringify(result.body)).toContain(
        'Handoff Advisor does not handle \\"composeExtension/queryLink\\" requests.',
      );
    });

    it('an activity whose two tenant ids disagree is refused before any command runs', async () => {
      const forged = teams.composeFetchTask();
      forged.conversation = { ...forged.conversation, tenantId: 'another-tenant' };
      const result = await postActivity(bot.baseUrl, forged);
      expect(result.status).toBe(400);
      expect(JSON.stringify(result.body)).toContain('must name the same tenant');
    });
  });
});

describe('message extensions for a tenant that may not use the bot', () => {
  let dataDir: string;
  let connector: FakeConnector;
  let bot: HandoffApp;
  beforeAll(async () => {
    dataDir = await makeTempDir('compose-tenant');
    connector = await startFakeConnector();
    bot = await startHandoffApp(dataDir, undefined, { ALLOWED_TENANTS: TENANT_ID });
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
    await removeTempDir(dataDir);
  });

  const outsider = () =>
    teamsActivities({
      serviceUrl: connector.url,
      tenantId: '00000000-0000-0000-0000-0000000000ff',
    });

  it.each<[string, (t: ReturnType<typeof teamsActivities>) => Partial<Activity>, string]>([
    ['fetchTask', (t) => t.composeFetchTask(), 'task'],
    ['submitAction', (t) => t.composeSubmit({ data: FILLED_FORM }), 'task'],
    ['query', (t) => t.composeQuery({ parameters: { question: 'quota' } }), 'composeExtension'],
  ])(
    '%s from another tenant: refused, in the words its surface shows',
    async (_name, build, part) => {
      const result = await postActivity(bot.baseUrl, build(outsider()));
      expect(result.status).toBe(200);
      const text = JSON.stringify(result.body);
      expect(Object.keys(result.body as object)).toEqual([part]);
      expect(text).toContain('Handoff Advisor is not available to your organisation.');
      expect(connector.calls).toEqual([]);
    },
  );

  it('the same from the allowed tenant is served', async () => {
    const allowed = teamsActivities({ serviceUrl: connector.url });
    const result = await postActivity(bot.baseUrl, allowed.composeFetchTask());
    expect((result.body as ComposeBody).task?.type).toBe('continue');
  });
});
