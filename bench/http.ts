/**
 * `npm run bench`: the advisor against a minimal echo bot on the same stack (restify,
 * CloudAdapter, expectReplies, as the Bot Framework samples write it), in one run, with the same
 * load on loopback. The advisor's virtual users each walk a full qualifying conversation ending
 * in the result card; the echo bot's answer every message at once. A second echo bot runs on the
 * advisor's own HTTP host, to show what the host itself costs or saves. It prints throughput,
 * p50/p99 latency and peak memory for each, the ratios, the start-up time, and the turn cost
 * with 1,000 and with 100,000 conversations already stored. Its last line is
 * `advisor/echo throughput ratio: <number>`.
 */
import { prefillConversations } from './prefill';
import { type ConversationStep, drive, type LoadResult } from './load';
import { type ServerProcess, startServer } from './serverProcess';
import { makeTempDir, removeTempDir } from './tempDirs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const ADVISOR_CONVERSATION: ConversationStep[] = [
  { text: 'assess', expect: 'support contract' },
  { text: 'yes', expect: 'pre-sales' },
  { text: 'post-sales', expect: 'GPU' },
  { text: 'no', expect: 'vCPU' },
  { text: 'about 600 vCPUs', expect: 'Edit answers' },
];
const ECHO_CONVERSATION: ConversationStep[] = [{ text: 'hello', expect: 'echo: hello' }];

const fmt = (value: number, digits = 1) => value.toFixed(digits);

async function main(): Promise<void> {
  console.log(
    `bench: ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds, node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
  );
  const dataDir = await makeTempDir('bench');
  const echo = await startServer('bench/servers/echoBot.ts', {});
  const hostEcho = await startServer('bench/servers/hostEchoBot.ts', {});
  const advisor = await startServer('src/index.ts', { DATA_DIR: dataDir });
  console.log(
    `start to ready: advisor ${fmt(advisor.readyMs, 0)} ms, echo ${fmt(echo.readyMs, 0)} ms`,
  );

  const subjects = [
    { name: 'echo', server: echo, conversation: ECHO_CONVERSATION },
    { name: 'host echo', server: hostEcho, conversation: ECHO_CONVERSATION },
    { name: 'advisor', server: advisor, conversation: ADVISOR_CONVERSATION },
  ];
  const runs = new Map<string, LoadResult[]>(subjects.map(({ name }) => [name, []]));
  // Warm each up (JIT, SQLite pages) before measuring, then take turns to share the noise.
  for (const { name, server, conversation } of subjects) {
    const options = { connections: CONNECTIONS, seconds: 2, label: `warm-${name}` };
    await drive(server.baseUrl, conversation, options);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const { name, server, conversation } of subjects) {
      const options = { connections: CONNECTIONS, seconds: SECONDS, label: `${name}-${round}` };
      runs.get(name)!.push(await drive(server.baseUrl, conversation, options));
    }
  }
  const results = new Map([...runs].map(([name, results]) => [name, average(results)]));
  for (const { name, server } of subjects) report(name, results.get(name)!, server);
  const echoResult = results.get('echo')!;
  const hostEchoResult = results.get('host echo')!;
  const advisorResult = results.get('advisor')!;
  console.log(
    `advisor conversations completed with the result card: ${advisorResult.completedConversations}`,
  );
  for (const { server } of subjects) await server.stop();
  await removeTempDir(dataDir);

  const flat = await turnCostByStoredConversations([1_000, 100_000]);
  console.log(`turn cost with 100,000 stored / with 1,000 stored: ${fmt(flat[1]! / flat[0]!, 2)}`);
  console.log(
    `advisor/host echo throughput ratio: ${fmt(advisorResult.turnsPerSecond / hostEchoResult.turnsPerSecond, 2)}`,
  );
  console.log(`advisor/echo p99 latency ratio: ${fmt(advisorResult.p99Ms / echoResult.p99Ms, 2)}`);
  console.log(
    `advisor/echo throughput ratio: ${fmt(advisorResult.turnsPerSecond / echoResult.turnsPerSecond, 2)}`,
  );
}

function report(name: string, result: LoadResult, server: ServerProcess): void {
  console.log(
    `${name.padEnd(9)} ${fmt(result.turnsPerSecond, 0).padStart(6)} turns/s   p50 ${fmt(result.p50Ms)} ms   p99 ${fmt(result.p99Ms)} ms   ` +
      `peak RSS ${fmt(server.peakRssMiB(), 0)} MiB   errors ${result.errors}   wrong replies ${result.wrongReplies}`,
  );
}

function average(runs: LoadResult[]): LoadResult {
  const mean = (pick: (run: LoadResult) => number) =>
    runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  return {
    turnsPerSecond: mean((run) => run.turnsPerSecond),
    p50Ms: mean((run) => run.p50Ms),
    p99Ms: mean((run) => run.p99Ms),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    wrongReplies: runs.reduce((sum, run) => sum + run.wrongReplies, 0),
    completedConversations: runs.reduce((sum, run) => sum + run.completedConversations, 0),
  };
}

/**
 * Mean turn latency (one connection, so it is the cost of a turn) with stores of each size,
 * the servers taking turns round by round so that both see the same noise.
 */
async function turnCostByStoredConversations(sizes: number[]): Promise<number[]> {
  const stores = [];
  for (const size of sizes) {
    const dir = await makeTempDir(`bench-${size}`);
    await prefillConversations(dir, size);
    const server = await startServer('src/index.ts', { DATA_DIR: dir });
    await drive(server.baseUrl, ADVISOR_CONVERSATION, {
      connections: 1,
      seconds: 2,
      label: `warm-${size}`,
    });
    stores.push({ size, dir, server, runs: [] as LoadResult[] });
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const store of stores) {
      const options = {
        connections: 1,
        seconds: SECONDS / 2,
        label: `flat-${store.size}-${round}`,
      };
      store.runs.push(await drive(store.server.baseUrl, ADVISOR_CONVERSATION, options));
    }
  }
  const costs: number[] = [];
  for (const { size, dir, server, runs } of stores) {
    const result = average(runs);
    const microseconds = 1e6 / result.turnsPerSecond;
    console.log(
      `turn cost with ${size.toLocaleString('en-US').padStart(7)} conversations stored: ${fmt(microseconds, 0)} µs (p99 ${fmt(result.p99Ms)} ms)`,
    );
    costs.push(microseconds);
    await server.stop();
    await removeTempDir(dir);
  }
  return costs;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
