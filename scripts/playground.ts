/**
 * Microsoft 365 Agents Playground for a bot already running on this machine (`npm start`, then
 * `npm run playground`): a Teams-like page with a personal chat, a group chat and a team channel.
 * It opens no browser; it prints the page's address. BOT_ENDPOINT points it at another bot,
 * PLAYGROUND_PORT serves the page on another port.
 */
import { z } from 'zod';
import { PLAYGROUND_BOT_NAME, startPlayground } from '../test/support/playground';

const Settings = z.object({
  BOT_ENDPOINT: z
    .url({ error: 'BOT_ENDPOINT must be a URL, e.g. http://127.0.0.1:3978/api/messages' })
    .default('http://127.0.0.1:3978/api/messages'),
  PLAYGROUND_PORT: z.coerce
    .number()
    .int()
    .min(1, { error: 'PLAYGROUND_PORT must be a port number from 1 to 65535' })
    .max(65_535, { error: 'PLAYGROUND_PORT must be a port number from 1 to 65535' })
    .default(56_150),
});

async function main(): Promise<void> {
  const parsed = Settings.safeParse(process.env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) process.stderr.write(`${issue.message}\n`);
    process.exit(2);
  }
  const { BOT_ENDPOINT: botEndpoint, PLAYGROUND_PORT: port } = parsed.data;

  const playground = await startPlayground({ botEndpoint, port });
  process.stdout.write(
    [
      `Agents Playground for ${botEndpoint}`,
      `Open ${playground.url} in a browser; @mention "${PLAYGROUND_BOT_NAME}" in the channel.`,
      // The Playground cannot be told to bind to loopback only.
      'It listens on all network interfaces: use it on a trusted network only.',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async () => {
    stopping = true;
    await playground.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await playground.exited;
  if (stopping) return;
  process.stderr.write(`The Playground stopped by itself:\n${playground.output()}\n`);
  process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
