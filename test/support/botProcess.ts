import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { findFreePort } from './azurite';

const REPO_ROOT = path.resolve(__dirname, '../..');

/** The bot as its own process (`npm start` without npm), so a test can kill it for real. */
export interface BotProcess {
  baseUrl: string;
  child: ChildProcess;
  /** everything the process wrote, for failure messages */
  output(): string;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

export async function startBotProcess(
  env: Record<string, string>,
  port?: number,
): Promise<BotProcess> {
  const chosenPort = port ?? (await findFreePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(chosenPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const baseUrl = `http://127.0.0.1:${chosenPort}`;
  await waitUntilHealthy(baseUrl, exited, () => output);
  return {
    baseUrl,
    child,
    output: () => output,
    kill: async (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

async function waitUntilHealthy(
  baseUrl: string,
  exited: Promise<number | null>,
  output: () => string,
): Promise<void> {
  let stopped = false;
  void exited.then(() => (stopped = true));
  for (let attempt = 0; attempt < 300; attempt++) {
    if (stopped) throw new Error(`the bot exited while starting:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the bot did not become healthy in 30 s:\n${output()}`);
}
