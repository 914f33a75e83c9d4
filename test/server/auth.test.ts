import { teamsActivities } from '../support/activities';
import { captureLogs, postActivity, useTestServer } from '../support/http';
import { EchoBot } from './fixtures/bots';

describe('with an app id configured', () => {
  const bot = new EchoBot();
  const logs = captureLogs('warn');
  const server = useTestServer(() => ({
    bot,
    logger: logs.logger,
    env: {
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    },
  }));
  // The adapter prints auth failures with console.error itself; keep test output clean.
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  const message = () =>
    teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' }).personalMessage('let me in');

  it('answers a request without a bearer token with 401 and never runs the bot', async () => {
    const result = await postActivity(server.current.baseUrl, message());
    expect(result.status).toBe(401);
    expect(result.body).toEqual({
      code: 'Unauthorized',
      message: 'Missing or invalid bearer token.',
    });
    expect(bot.turns).toBe(0);
  });

  it('answers a token that is not a JWT with 401 and never runs the bot', async () => {
    const result = await postActivity(server.current.baseUrl, message(), {
      headers: { Authorization: 'Bearer not-a-jwt' },
    });
    expect(result.status).toBe(401);
    expect(bot.turns).toBe(0);
  });

  it('logs the refusal without the token', async () => {
    await postActivity(server.current.baseUrl, message(), {
      headers: { Authorization: 'Bearer secret-token-value' },
    });
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ msg: 'adapter refused the activity', status: 401 }),
    );
    expect(logs.text()).not.toContain('secret-token-value');
  });
});
