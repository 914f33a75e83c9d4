import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findFreePort } from '../support/azurite';
import { makeTempDir, removeTempDir } from '../support/tempDir';

// The real entry point, run as `npm start` runs it (node with tsx, without the build step), from
// an empty folder so that a developer's own .env cannot change what is tested.
const ROOT = path.resolve(__dirname, '..', '..');
const ENTRY = path.join(ROOT, 'src', 'index.ts');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

interface Bot {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

let dir: string;
const running = new Set<ChildProcessWithoutNullStreams>();
beforeEach(async () => {
  dir = await makeTempDir('entry');
});
afterEach(async () => {
  running.forEach((child) => child.kill('SIGKILL'));
  running.clear();
  await removeTempDir(dir);
});

function startBot(env: Record<string, string>): Bot {
  const child = spawn(process.execPath, ['--import', TSX, ENTRY], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: path.join(dir, 'data'), ...env },
    stdio: 'pipe',
  });
  running.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, exited, stderr: () => stderr };
}

/** resolves once stdout has a line containing `text`; keeps reading until then */
function lineOnStdout(child: ChildProcessWithoutNullStreams, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes(text)) {
        child.stdout.off('data', onData);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', () => reject(new Error(`the bot exited before logging "${text}"`)));
  });
}

describe('the entry point', () => {
  let occupier: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (occupier ? occupier.close(() => resolve()) : resolve()));
    occupier = undefined;
  });

  it('says what to do when its port is taken, without a stack trace, and exits 1', async () => {
    const port = await findFreePort();
    occupier = createServer();
    await new Promise<void>((resolve) => occupier?.listen(port, '127.0.0.1', resolve));

    const bot = startBot({ PORT: String(port), LOG_LEVEL: 'silent' });
    const { code } = await bot.exited;
    expect(code).toBe(1);
    expect(bot.stderr()).toBe(
      `Handoff Advisor could not start: Port ${port} on 127.0.0.1 is already in use by another ` +
        'process. Stop that process, or set PORT to a free port.\n',
    );
  }, 30_000);

  it('exits on SIGTERM although the process reading its logs has gone (broken pipe)', async () => {
    const port = await findFreePort();
    const bot = startBot({ PORT: String(port), LOG_LEVEL: 'info' });
    await lineOnStdout(bot.child, 'Handoff Advisor is listening');

    // The log reader goes away: every later write to stdout meets a closed pipe.
    bot.child.stdout.destroy();
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.stderr()).toBe('');
  }, 30_000);

  it('exits on SIGTERM although its log reader has stopped reading (a full pipe)', async () => {
    const port = await findFreePort();
    const bot = startBot({ PORT: String(port), LOG_LEVEL: 'info' });
    await lineOnStdout(bot.child, 'Handoff Advisor is listening');

    // The reader is alive but reads nothing more: the pipe fills up and stays full.
    bot.child.stdout.pause();
    // Each refusal is logged; 1,000 of them are far more than a pipe holds. Sent 50 at a time,
    // well under the connection cap.
    const statuses = new Set<number>();
    for (let round = 0; round < 20; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          fetch(`http://127.0.0.1:${port}/api/messages`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{"not":"an activity"}',
          }).then((response) => response.status),
        ),
      );
      answers.forEach((status) => statuses.add(status));
    }
    expect(statuses).toEqual(new Set([400]));

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});
