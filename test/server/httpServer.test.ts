import { request } from 'node:http';
import { ActivityHandler, type AdaptiveCardInvokeResponse } from 'botbuilder';
import { FAILURE_WORDS } from '../../src/words/chat';
import { createHttpServer, listenHost } from '../../src/server';
import { teamsActivities } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import {
  captureLogs,
  expectReplies,
  getJson,
  postActivity,
  postRaw,
  silentLogger,
  testConfig,
  useTestServer,
} from '../support/http';
import { createAdapter } from '../../src/teams/adapter';
import { EchoBot, FailingBot } from './fixtures/bots';

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());

describe('the HTTP host in local anonymous mode', () => {
  const echo = new EchoBot();
  const server = useTestServer(() => ({
    bot: echo,
    env: { MAX_BODY_BYTES: '2048' },
    version: '1.2.3',
    storageDescription: 'sqlite (test)',
  }));
  const teams = () => teamsActivities({ serviceUrl: connector.url });

  it('answers /healthz with its status, version and storage', async () => {
    const result = await getJson(server.current.baseUrl, '/healthz');
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toMatch(/^application\/json/);
    expect(result.body).toEqual({ status: 'ok', version: '1.2.3', storage: 'sqlite (test)' });
  });

  it('returns the replies in the HTTP response with expectReplies', async () => {
    const replies = await expectReplies(server.current.baseUrl, teams().personalMessage('hello'));
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'message', text: 'echo: hello' });
  });

  it('posts the reply to the connector in the normal delivery mode', async () => {
    const message = teams().channelMessage('3 subscriptions');
    const result = await postActivity(server.current.baseUrl, message);
    expect(result.status).toBe(200);

    const [reply] = await connector.nextActivities(1);
    expect(reply.kind).toBe('reply');
    expect(reply.conversationId).toBe(message.conversation.id);
    expect(reply.activityId).toBe(message.id);
    expect(reply.activity).toMatchObject({
      type: 'message',
      text: 'echo: <at>Handoff Advisor</at> 3 subscriptions',
      replyToId: message.id,
    });
  });

  it('refuses a body over MAX_BODY_BYTES with 413 and never runs the bot', async () => {
    const turnsBefore = echo.turns;
    const huge = { ...teams().personalMessage('x'.repeat(4096)) };
    const result = await postActivity(server.current.baseUrl, huge);
    expect(result.status).toBe(413);
    expect(result.body).toEqual({
      code: 'PayloadTooLarge',
      message: 'Request body is larger than 2048 bytes.',
    });
    expect(echo.turns).toBe(turnsBefore);
  });

  it('refuses an oversized body sent without Content-Length (chunked) with 413', async () => {
    const { port } = server.current;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/messages',
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i += 1) req.write(`{"pad":"${'y'.repeat(1000)}"}`);
      req.end();
    });
    expect(status).toBe(413);
  });

  it.each([
    ['malformed JSON', '{"type": "message", ', 'InvalidJson'],
    ['an empty body', '', 'InvalidJson'],
    ['an object without a type', '{"text":"hi"}', 'NotAnActivity'],
    ['an empty type', '{"type":""}', 'NotAnActivity'],
    ['a JSON array', '[{"type":"message"}]', 'NotAnActivity'],
    ['a JSON string', '"message"', 'NotAnActivity'],
  ])('answers %s with 400 and a JSON message', async (_name, body, code) => {
    const result = await postRaw(server.current.baseUrl, body);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ code, message: expect.any(String) });
  });

  it('answers a body that is not JSON by its content type with 415', async () => {
    const result = await postRaw(server.current.baseUrl, '{"type":"message"}', {
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(result.status).toBe(415);
    expect(result.body).toMatchObject({ code: 'UnsupportedMediaType' });
  });

  it('answers a compressed body with 415 instead of inflating it', async () => {
    const result = await postRaw(server.current.baseUrl, 'not really gzip', {
      headers: { 'Content-Encoding': 'gzip' },
    });
    expect(result.status).toBe(415);
  });

  it.each([
    ['GET', '/nope'],
    ['POST', '/api/nope'],
  ])('answers %s %s with 404', async (method, path) => {
    const response = await fetch(`${server.current.baseUrl}${path}`, { method });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'ResourceNotFound' });
  });

  it('answers GET /api/messages with 405', async () => {
    const response = await fetch(`${server.current.baseUrl}/api/messages`);
    expect(response.status).toBe(405);
  });

  it('is still healthy after all the refused requests', async () => {
    expect((await getJson(server.current.baseUrl, '/healthz')).status).toBe(200);
    const replies = await expectReplies(
      server.current.baseUrl,
      teams().personalMessage('still here'),
    );
    expect(replies[0].text).toBe('echo: still here');
  });
});

describe('a turn that fails', () => {
  const logs = captureLogs('error');
  const server = useTestServer(() => ({ bot: new FailingBot(), logger: logs.logger }));

  it('tells the user politely, without internals, and logs the error with the correlation id', async () => {
    const message = teamsActivities({ serviceUrl: connector.url }).personalMessage('help');
    const replies = await expectReplies(server.current.baseUrl, message);

    expect(replies.map((reply) => reply.text)).toEqual([FAILURE_WORDS.turnFailed]);
    expect(JSON.stringify(replies)).not.toContain('hunter2');
    const failure = logs.lines().find((line) => line.msg === 'turn failed');
    expect(failure).toMatchObject({
      correlationId: message.id,
      conversationType: 'personal',
      activityType: 'message',
      err: { message: FailingBot.SECRET_DETAIL },
    });
  });

  it('keeps serving after the failure', async () => {
    expect((await getJson(server.current.baseUrl, '/healthz')).status).toBe(200);
  });
});

describe('invoke responses', () => {
  const ACCEPTED_CARD = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Accepted' }],
  };
  class CardBot extends ActivityHandler {
    protected override async onAdaptiveCardInvoke(): Promise<AdaptiveCardInvokeResponse> {
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: ACCEPTED_CARD,
      };
    }
  }
  const server = useTestServer(() => ({ bot: new CardBot() }));

  it('passes the bot invoke response body through unchanged', async () => {
    const action = teamsActivities({ serviceUrl: connector.url }).cardAction({
      verb: 'accept',
      data: { handoffId: 'h-1' },
    });
    const result = await postActivity(server.current.baseUrl, action);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: ACCEPTED_CARD,
    });
  });

  it('answers an unhandled invoke with 501 (the adapter default)', async () => {
    const unknownInvoke = {
      ...teamsActivities({ serviceUrl: connector.url }).cardAction({ verb: 'x' }),
      name: 'composeExtension/query',
    };
    const result = await postActivity(server.current.baseUrl, unknownInvoke);
    expect(result.status).toBe(501);
  });
});

describe('where the server listens', () => {
  const anonymous = testConfig();
  const withCredentials = testConfig({
    MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppTenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  });
  const parts = () => ({
    adapter: createAdapter(anonymous, silentLogger()),
    bot: new EchoBot(),
    logger: silentLogger(),
    version: 'test',
    storageDescription: 'memory',
  });

  it.each(['0.0.0.0', '::', '192.168.1.10', 'localhost'])(
    'refuses to listen on %s in local anonymous mode',
    (host) => {
      expect(() => createHttpServer({ ...parts(), config: anonymous, host })).toThrow(
        /only listens on 127\.0\.0\.1/,
      );
    },
  );

  it('listens on 127.0.0.1 by default in local anonymous mode and reports the real port', async () => {
    const http = createHttpServer({ ...parts(), config: anonymous, port: 0 });
    const address = await http.listen();
    expect(address.host).toBe('127.0.0.1');
    expect(address.port).toBeGreaterThan(0);
    await http.close();
  });

  it('listens on every interface by default with credentials, or where it is told', () => {
    expect(listenHost(withCredentials.auth)).toBe('0.0.0.0');
    expect(listenHost(withCredentials.auth, '10.0.0.4')).toBe('10.0.0.4');
    expect(listenHost(anonymous.auth)).toBe('127.0.0.1');
  });
});

describe('when the adapter itself fails', () => {
  it('answers 500 with a fixed message, logs the reason as an error, and keeps serving', async () => {
    const config = testConfig();
    const logs = captureLogs('warn');
    const adapter = createAdapter(config, silentLogger());
    let failures = 1;
    const runTurn = adapter.runTurn.bind(adapter);
    adapter.runTurn = async (...args) => {
      if (failures-- > 0) throw new Error('identity service at https://login.example unreachable');
      return runTurn(...args);
    };
    const http = createHttpServer({
      config,
      adapter,
      bot: new EchoBot(),
      logger: logs.logger,
      version: 'test',
      storageDescription: 'memory',
      port: 0,
    });
    const { port } = await http.listen();
    const baseUrl = `http://127.0.0.1:${port}`;
    try {
      const message = teamsActivities({ serviceUrl: connector.url }).personalMessage('hello');
      const failed = await postActivity(baseUrl, message);
      expect(failed.status).toBe(500);
      expect(failed.body).toEqual({
        code: 'InternalError',
        message: 'The bot could not process this activity.',
      });
      expect(logs.lines()).toContainEqual(
        expect.objectContaining({
          level: 'error',
          msg: 'adapter could not run the turn',
          reason: 'identity service at https://login.example unreachable',
        }),
      );
      const replies = await expectReplies(baseUrl, message);
      expect(replies[0]).toMatchObject({ text: 'echo: hello' });
    } finally {
      await http.close();
    }
  });
});
