import { request } from 'node:http';
import { teamsActivities } from '../support/activities';
import { createAdapter } from '../../src/teams/adapter';
import { createHttpServer } from '../../src/server';
import {
  captureLogs,
  expectReplies,
  silentLogger,
  startTestServer,
  testConfig,
} from '../support/http';
import { EchoBot, SlowBot } from './fixtures/bots';

const message = () =>
  teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' }).personalMessage('slow');

/** lets every pending callback and I/O event run, without waiting on the clock */
const flush = async (rounds = 10) => {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

/** a new TCP connection (no keep-alive reuse), to see whether the port still accepts */
const freshConnection = (port: number) =>
  new Promise<string>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
      res.resume();
      resolve(`status ${res.statusCode}`);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });

describe('graceful close', () => {
  it('stops taking requests, waits for the turn in flight, then calls onClose', async () => {
    const events: string[] = [];
    const bot = new SlowBot();
    const server = await startTestServer({
      bot,
      onClose: () => void events.push(`onClose (turn finished: ${bot.finished})`),
    });

    const turn = expectReplies(server.baseUrl, message());
    await bot.started.promise;

    const closed = server.close().then(() => events.push('close resolved'));
    await flush();
    expect(events).toEqual([]);
    expect(await freshConnection(server.port)).toBe('ECONNREFUSED');

    bot.release.resolve();
    await closed;
    expect(events).toEqual(['onClose (turn finished: true)', 'close resolved']);
    expect((await turn).map((reply) => reply.text)).toEqual(['done at last']);
  });

  it('calls onClose once however often close() is called', async () => {
    let calls = 0;
    const server = await startTestServer({ bot: new EchoBot(), onClose: () => void (calls += 1) });
    await Promise.all([server.close(), server.close()]);
    await server.close();
    expect(calls).toBe(1);
  });

  it('gives up on a turn that never ends after the drain timeout, and still calls onClose', async () => {
    const logs = captureLogs('warn');
    const bot = new SlowBot();
    const onClose = jest.fn();
    const server = await startTestServer({ bot, onClose, logger: logs.logger, drainTimeoutMs: 50 });

    const turn = expectReplies(server.baseUrl, message()).then(
      () => 'answered',
      () => 'connection dropped',
    );
    await bot.started.promise;
    await server.close();

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ msg: 'stopped waiting for turns in flight', inFlight: 1 }),
    );
    // The abandoned turn may still finish later; writing its answer to a closed socket is harmless.
    bot.release.resolve();
    expect(await turn).toBe('connection dropped');
    await flush();
    expect(bot.finished).toBe(true);
  });

  it('calls onClose even if the server never listened', async () => {
    const onClose = jest.fn();
    const config = testConfig();
    const http = createHttpServer({
      config,
      adapter: createAdapter(config, silentLogger()),
      bot: new EchoBot(),
      logger: silentLogger(),
      version: 'test',
      storageDescription: 'memory',
      onClose,
    });
    await http.close();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('will not listen again once closed', async () => {
    const server = await startTestServer({ bot: new EchoBot() });
    await server.close();
    await expect(server.http.listen()).rejects.toThrow(/closed/);
  });
});
