import { createReadiness } from '../../src/server/readiness';
import { startApp } from '../support/app';
import { captureLogs, getJson, startTestServer, type TestServer } from '../support/http';
import { deferred, EchoBot } from './fixtures/bots';

const running: TestServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function serverWith(ready?: () => Promise<void>, logger = captureLogs('warn').logger) {
  const server = await startTestServer({
    bot: new EchoBot(),
    logger,
    storageDescription: 'blob:bot-state',
    version: '2.0.0',
    ...(ready === undefined ? {} : { ready }),
  });
  running.push(server);
  return server;
}

describe('/healthz and /readyz', () => {
  it('/readyz answers 200 when the check passes', async () => {
    const server = await serverWith(async () => undefined);
    const result = await getJson(server.baseUrl, '/readyz');
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ status: 'ready', storage: 'blob:bot-state' });
  });

  it('/readyz answers 503 with the reason in words, while /healthz still says the process answers', async () => {
    const logs = captureLogs('warn');
    const server = await serverWith(async () => {
      throw new Error('Storage: blob container "bot-state" cannot be read: connect ECONNREFUSED');
    }, logs.logger);

    const ready = await getJson(server.baseUrl, '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toMatch(/^application\/json/);
    expect(ready.body).toEqual({
      status: 'unavailable',
      reason: 'Storage: blob container "bot-state" cannot be read: connect ECONNREFUSED',
    });
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'not ready', reason: expect.any(String) }),
    );

    const live = await getJson(server.baseUrl, '/healthz');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok', version: '2.0.0', storage: 'blob:bot-state' });
  });

  it('/readyz recovers as soon as the check passes again', async () => {
    let down = true;
    const server = await serverWith(async () => {
      if (down) throw new Error('Storage: the SQLite store cannot be read: disk I/O error');
    });
    expect((await getJson(server.baseUrl, '/readyz')).status).toBe(503);
    down = false;
    expect((await getJson(server.baseUrl, '/readyz')).status).toBe(200);
  });

  it('/readyz keeps keys and signatures out of its answer', async () => {
    const server = await serverWith(async () => {
      throw new Error(
        'cannot read DefaultEndpointsProtocol=https;AccountName=a;AccountKey=c2VjcmV0 at https://a.blob.core.windows.net/c?sv=1&sig=abcd%2Fef',
      );
    });
    const result = await getJson(server.baseUrl, '/readyz');
    const text = JSON.stringify(result.body);
    expect(text).not.toContain('c2VjcmV0');
    expect(text).not.toContain('abcd%2Fef');
    expect(text).toContain('AccountKey=***');
  });

  it('a server with nothing to check is ready once it answers', async () => {
    const server = await serverWith();
    expect((await getJson(server.baseUrl, '/readyz')).status).toBe(200);
  });

  it('probes that arrive while a check runs share it', async () => {
    const gate = deferred();
    let checks = 0;
    const server = await serverWith(async () => {
      checks += 1;
      await gate.promise;
    });
    const answers = Array.from({ length: 10 }, () => getJson(server.baseUrl, '/readyz'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    gate.resolve();
    expect((await Promise.all(answers)).map((answer) => answer.status)).toEqual(
      Array.from({ length: 10 }, () => 200),
    );
    expect(checks).toBe(1);
  });
});

describe('the whole app', () => {
  it('is ready while its storage can be read, and says why not once it cannot', async () => {
    const app = await startApp();
    try {
      const ready = await getJson(app.baseUrl, '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({
        status: 'ready',
        storage: expect.stringMatching(/^sqlite:/),
      });

      await app.app.store.close();
      const unready = await getJson(app.baseUrl, '/readyz');
      expect(unready.status).toBe(503);
      expect(unready.body).toEqual({
        status: 'unavailable',
        reason: expect.stringMatching(/^Storage: the SQLite store at ".*" is closed\./),
      });
      expect((await getJson(app.baseUrl, '/healthz')).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 20_000);
});

describe('createReadiness', () => {
  it('answers "not ready" when the check does not finish in time', async () => {
    const readiness = createReadiness(() => new Promise<void>(() => undefined), 50);
    expect(await readiness()).toEqual({
      ready: false,
      reason: 'the readiness check did not finish within 0.05 s',
    });
  });

  it.each([
    ['an error without a message', () => Promise.reject(new Error(''))],
    ['something that is not an error', () => Promise.reject('nope')],
    [
      'a check that throws before returning a promise',
      () => {
        throw new Error('');
      },
    ],
  ])('gives a reason for %s', async (_name, check) => {
    expect(await createReadiness(check, 1_000)()).toEqual({
      ready: false,
      reason: 'the readiness check failed without saying why',
    });
  });

  it('runs a fresh check after the last one finished', async () => {
    let checks = 0;
    const readiness = createReadiness(async () => {
      checks += 1;
    });
    await readiness();
    await readiness();
    expect(checks).toBe(2);
  });
});
