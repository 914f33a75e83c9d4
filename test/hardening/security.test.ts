import { FAILURE_WORDS } from '../../src/words/chat';
import { teamsActivities, TENANT_ID } from '../support/activities';
import { useApp } from '../support/app';
import { cardOf, cardText } from '../support/appDriver';
import { captureLogs, expectReplies, postActivity, postRaw } from '../support/http';
import { storedKeys } from '../support/storeRows';

const OTHER_TENANT = '11111111-2222-3333-4444-555555555555';
const serviceUrl = 'http://127.0.0.1:9/';

describe('ALLOWED_TENANTS', () => {
  const app = useApp({ ALLOWED_TENANTS: TENANT_ID });

  it('refuses another tenant politely and writes no state', async () => {
    const before = storedKeys(app.current.dataDir);
    const outsider = teamsActivities({ serviceUrl, tenantId: OTHER_TENANT });
    const replies = await expectReplies(app.current.baseUrl, outsider.personalMessage('assess'));
    expect(replies.map((reply) => reply.text)).toEqual([FAILURE_WORDS.tenantRefused]);
    expect(storedKeys(app.current.dataDir)).toEqual(before);
  });

  it('answers a card action from another tenant with the refusal, not the action', async () => {
    const outsider = teamsActivities({ serviceUrl, tenantId: OTHER_TENANT });
    const response = await postActivity(
      app.current.baseUrl,
      outsider.cardAction({ verb: 'editAnswers', data: { facts: {} } }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: FAILURE_WORDS.tenantRefused,
    });
  });

  it('an activity that names no tenant is refused too', async () => {
    const activity = {
      ...teamsActivities({ serviceUrl }).personalMessage('assess'),
      channelData: {},
    };
    activity.conversation = { ...activity.conversation, tenantId: undefined };
    const replies = await expectReplies(app.current.baseUrl, activity);
    expect(replies.map((reply) => reply.text)).toEqual([FAILURE_WORDS.tenantRefused]);
  });

  it('serves the allowed tenant (in any letter case) and keeps its state', async () => {
    const member = teamsActivities({ serviceUrl, tenantId: TENANT_ID.toUpperCase() });
    const replies = await expectReplies(app.current.baseUrl, member.personalMessage('assess'));
    expect(replies.at(-1)?.text).toMatch(/support contract/i);
    expect(storedKeys(app.current.dataDir).some((key) => key.includes('conversations'))).toBe(true);
  });
});

describe('with credentials configured', () => {
  const logs = captureLogs('warn');
  const app = useApp(
    {
      MicrosoftAppId: '6a3e1e8c-5a8f-4d55-9f3e-2b7d6c1a9e40',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    },
    logs.logger,
  );

  it.each([
    ['no Authorization header', {}],
    ['a bearer token that is not a JWT', { Authorization: 'Bearer not-a-token' }],
  ])('a request with %s gets 401 and touches no state', async (_name, headers) => {
    const console = jest.spyOn(global.console, 'error');
    const before = storedKeys(app.current.dataDir);
    const activity = teamsActivities({ serviceUrl }).personalMessage('assess');
    const response = await postActivity(app.current.baseUrl, activity, { headers });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      code: 'Unauthorized',
      message: 'Missing or invalid bearer token.',
    });
    expect(storedKeys(app.current.dataDir)).toEqual(before);
    // The refusal is in the bot's own log, with the adapter's reason; nothing on the console.
    expect(logs.lines().at(-1)).toMatchObject({
      msg: 'adapter refused the activity',
      status: 401,
      correlationId: activity.id,
    });
    expect(console).not.toHaveBeenCalled();
    console.mockRestore();
  });
});

describe('bad requests to the whole bot', () => {
  const app = useApp({ MAX_BODY_BYTES: '4096' });
  const teams = teamsActivities({ serviceUrl });

  it('a body over MAX_BODY_BYTES gets 413', async () => {
    const response = await postActivity(
      app.current.baseUrl,
      teams.personalMessage('x'.repeat(5000)),
    );
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({
      code: 'PayloadTooLarge',
      message: 'Request body is larger than 4096 bytes.',
    });
  });

  it('malformed JSON gets 400', async () => {
    const response = await postRaw(app.current.baseUrl, '{"type": "message", ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'InvalidJson' });
  });

  it('an activity without a conversation id gets 400 naming the field', async () => {
    const activity = {
      ...teams.personalMessage('assess'),
      conversation: { conversationType: 'personal' },
    };
    const response = await postActivity(app.current.baseUrl, activity);
    expect(response.status).toBe(400);
    expect((response.body as { message: string }).message).toContain(
      '"conversation.id" must be a non-empty string',
    );
  });

  it('an unknown activity type is accepted and ignored', async () => {
    const replies = await expectReplies(app.current.baseUrl, {
      ...teams.personalMessage('hi'),
      type: 'holographicCall',
    });
    expect(replies).toEqual([]);
  });

  it('an Action.Submit with a value that is not an object is answered, not crashed on', async () => {
    const replies = await expectReplies(app.current.baseUrl, {
      ...teams.personalMessage(''),
      text: undefined,
      value: 'boom',
    });
    // Not a verb at all: a card says the button is not one the bot knows.
    expect(replies).toHaveLength(1);
    expect(cardText(cardOf(replies[0]))).toMatch(/isn't one I know/);
  });
});
