import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findFreePort } from './azurite';
import { makeTempDir, removeTempDir } from './tempDir';

const PLAYGROUND_CLI = path.resolve(
  __dirname,
  '../../node_modules/@microsoft/m365agentsplayground/cli.js',
);

/** the name people see and @mention in the Playground, as in the app manifest */
export const PLAYGROUND_BOT_NAME = 'Handoff Advisor';
export const PLAYGROUND_TEAM_NAME = 'Contoso account team';
/** the Teams id of the person using the Playground's page (its config's current user) */
export const PLAYGROUND_USER_ID = 'user-id-0';

const DEFAULT_START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

export interface PlaygroundOptions {
  /** the bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages */
  readonly botEndpoint: string;
  /** where to serve the page; a free loopback port when left out */
  readonly port?: number;
  readonly startTimeoutMs?: number;
}

/** Microsoft 365 Agents Playground, serving its Teams-like page */
export interface RunningPlayground {
  /** the page to open, e.g. http://127.0.0.1:56150/ */
  readonly url: string;
  readonly port: number;
  /** everything the process wrote, for failure messages */
  output(): string;
  /** settles when the process has exited, whoever ended it */
  readonly exited: Promise<void>;
  /** kills the process group and waits until the process has exited */
  stop(): Promise<void>;
}

/**
 * Starts the Playground headless in the default delivery mode: it serves a mocked Teams
 * connector and the bot POSTs its replies there, as it does to Teams. It writes its log and
 * reads its config from a temp folder, so nothing lands in the working copy.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const workDir = await makeTempDir('playground');
  const configPath = path.join(workDir, 'playground.yml');
  // JSON is YAML: the Playground reads this file as its config.
  await writeFile(configPath, JSON.stringify(playgroundConfig(), null, 2));
  const requestedPort = options.port ?? (await findFreePort());

  const child = spawn(
    process.execPath,
    [
      PLAYGROUND_CLI,
      '--app-endpoint',
      options.botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(requestedPort),
      '--disable-telemetry',
    ],
    {
      cwd: workDir,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(workDir, 'playground.log'),
      },
      // Its own process group, so stop() can end the whole tree with one signal.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const watched = watch(child);
  const removeExitHook = killOnParentExit(child);

  const stop = async (): Promise<void> => {
    await terminate(child, watched.exited);
    removeExitHook();
    await removeTempDir(workDir);
  };

  try {
    const port = await watched.listeningPort(options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
    const url = `http://127.0.0.1:${port}/`;
    await waitForPage(url, watched.exited, watched.output);
    return { url, port, output: watched.output, exited: watched.exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The Playground's config: the bot named as in Teams, fresh chat ids on every start so no
 * conversation state carries over, and the five users its schema requires.
 */
export function playgroundConfig(): Record<string, unknown> {
  const person = (index: number, name: string, alias: string) => {
    const [givenName, surname] = name.split(' ');
    return {
      id: `user-id-${index}`,
      name,
      userPrincipleName: `${alias}@example.com`,
      aadObjectId: `00000000-0000-0000-0000-0000000000${20 + index}`,
      givenName,
      surname,
      email: `${alias}@example.com`,
    };
  };
  return {
    version: '0.1.1',
    tenantId: '00000000-0000-0000-0000-0000000000001',
    bot: { id: '00000000-0000-0000-0000-00000000000011', name: PLAYGROUND_BOT_NAME },
    currentUser: person(0, 'Alex Wilber', 'alexw'),
    users: [
      person(1, 'Megan Bowen', 'meganb'),
      person(2, 'Adele Vance', 'adelev'),
      person(3, 'Isaiah Langer', 'isaiahl'),
      person(4, 'Patti Fernandez', 'pattif'),
      person(5, 'Lynne Robbins', 'lynner'),
    ],
    personalChat: { id: randomUUID() },
    groupChat: { id: randomUUID(), name: 'Group Chat' },
    team: {
      id: 'team-id',
      name: PLAYGROUND_TEAM_NAME,
      aadGroupId: '00000000-0000-0000-0000-000000000031',
      channels: [{ id: 'channel-announcements-id', name: 'Announcements' }],
    },
  };
}

interface WatchedProcess {
  readonly exited: Promise<void>;
  output(): string;
  /** the port from its "Listening on <port>" line: it picks another one if the port is taken */
  listeningPort(timeoutMs: number): Promise<number>;
}

const LISTENING_LINE = /Listening on (\d+)/;

function watch(child: ChildProcess): WatchedProcess {
  let output = '';
  const append = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const listeningPort = (timeoutMs: number) =>
    new Promise<number>((resolve, reject) => {
      const check = () => {
        const match = LISTENING_LINE.exec(output);
        if (!match) return;
        finish();
        resolve(Number(match[1]));
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`the Playground did not start within ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      const onExit = () => {
        finish();
        reject(new Error(`the Playground exited while starting:\n${output}`));
      };
      const finish = () => {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        child.off('exit', onExit);
      };
      child.stdout?.on('data', check);
      child.once('exit', onExit);
      check();
    });

  return { exited, output: () => output, listeningPort };
}

async function waitForPage(url: string, exited: Promise<void>, output: () => string) {
  let stopped = false;
  void exited.then(() => (stopped = true));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (stopped) throw new Error(`the Playground exited before serving its page:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not serving yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the Playground did not serve ${url} within 10 s:\n${output()}`);
}

async function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** A detached child outlives its parent: end it if this process exits without stop(). */
function killOnParentExit(child: ChildProcess): () => void {
  const hook = () => signalGroup(child, 'SIGKILL');
  process.once('exit', hook);
  return () => process.off('exit', hook);
}
