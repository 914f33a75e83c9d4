import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { HandoffStore } from '../../src/handoffs';
import { PlaceStore } from '../../src/places';
import { openStore, type StoreOptions } from '../../src/storage';
import { startAzurite, type AzuriteServer } from '../support/azurite';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import {
  handoffIdOf,
  personOf,
  type Phase,
  PHASES,
  placeIdOf,
  tenantOf,
} from './fixtures/raceWorker';

const PROJECT_ROOT = path.resolve(__dirname, '../..');
const WORKER_SCRIPT = path.join(__dirname, 'fixtures/raceWorker.ts');
const ROUNDS = 25;
const WORKERS = [1, 2] as const;
// Two TypeScript processes start, then play every round, on a machine that may be busy.
const RACE_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 5_000;

type Message = { waiting: string } | { done: number; conflicts: number } | { failed: string };

/** a worker process and the messages it prints, one at a time */
class Worker {
  private readonly messages: AsyncIterator<string>;
  private errors = '';
  readonly exited: Promise<unknown>;

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.messages = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stderr.on('data', (chunk: Buffer) => (this.errors += chunk.toString()));
    this.exited = once(child, 'exit');
  }

  static start(worker: number, args: string[]): Worker {
    return new Worker(
      spawn(process.execPath, ['--import', 'tsx', WORKER_SCRIPT, String(worker), ...args], {
        cwd: PROJECT_ROOT,
      }),
    );
  }

  send(command: object): void {
    this.child.stdin.write(`${JSON.stringify(command)}\n`);
  }

  async next(): Promise<Message> {
    const { value, done } = await this.messages.next();
    if (done) throw new Error(`the worker stopped:\n${this.errors}`);
    const message = JSON.parse(value as string) as Message;
    if ('failed' in message) throw new Error(`the worker failed: ${message.failed}`);
    return message;
  }

  async stop(): Promise<void> {
    this.send({ exit: true });
    const killer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
    await this.exited;
    clearTimeout(killer);
  }
}

/**
 * plays every round on both workers: in each phase both read the round's items, then both
 * write what they read (the items absent in "create", present in "update"); returns the
 * conflicts the workers met
 */
async function race(args: string[]): Promise<number> {
  const workers = WORKERS.map((worker) => Worker.start(worker, args));
  let conflicts = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const phase of PHASES) {
        workers.forEach((worker) => worker.send({ round, phase }));
        // Each holds its first write of the index and of the places until both have read.
        for (const worker of workers) {
          for (let held = 0; held < 2; held++) {
            expect(await worker.next()).toEqual({ waiting: expect.any(String) });
          }
        }
        workers.forEach((worker) => worker.send({ release: true }));
        for (const worker of workers) {
          const message = await worker.next();
          if (!('done' in message))
            throw new Error(`expected done, got ${JSON.stringify(message)}`);
          conflicts += message.conflicts;
        }
      }
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
  return conflicts;
}

/** the entries a round should have, less those found: what was lost */
async function lostEntries(
  options: StoreOptions,
): Promise<{ handoffs: string[]; places: string[] }> {
  const store = await openStore(options);
  const lost = { handoffs: [] as string[], places: [] as string[] };
  try {
    const handoffs = new HandoffStore(store.items);
    const places = new PlaceStore(store.items);
    for (let round = 0; round < ROUNDS; round++) {
      const entries = (make: (worker: number, round: number, phase: Phase) => string) =>
        WORKERS.flatMap((worker) => PHASES.map((phase) => make(worker, round, phase)));
      const indexed = new Set((await handoffs.openFor(personOf(round))).map(({ id }) => id));
      const listed = new Set((await places.list(tenantOf(round))).map(({ id }) => id));
      lost.handoffs.push(...entries(handoffIdOf).filter((id) => !indexed.has(id)));
      lost.places.push(...entries(placeIdOf).filter((id) => !listed.has(id)));
    }
  } finally {
    await store.close();
  }
  return lost;
}

// Every phase of every round makes each of the two items conflict exactly once: the second
// writer's condition fails (the item was created, or changed, by the first), it reads again
// and writes again.
const EXPECTED_CONFLICTS = ROUNDS * PHASES.length * 2;

describe('two processes racing to add to the same handoff index and the same places', () => {
  it(
    `lose nothing on one SQLite file (${ROUNDS} rounds)`,
    async () => {
      const dataDir = await makeTempDir('race-sqlite');
      try {
        const conflicts = await race(['sqlite', dataDir]);

        expect(await lostEntries({ kind: 'sqlite', dataDir })).toEqual({
          handoffs: [],
          places: [],
        });
        expect(conflicts).toBe(EXPECTED_CONFLICTS);
      } finally {
        await removeTempDir(dataDir);
      }
    },
    RACE_TIMEOUT_MS,
  );

  describe('on one blob container (Azurite)', () => {
    let azurite: AzuriteServer;
    beforeAll(async () => {
      azurite = await startAzurite();
    }, 30_000);
    afterAll(async () => {
      await azurite?.stop();
    });

    it(
      `lose nothing (${ROUNDS} rounds)`,
      async () => {
        const container = 'two-process-race';
        const conflicts = await race(['blob', azurite.connectionString, container]);

        expect(
          await lostEntries({
            kind: 'blob',
            connectionString: azurite.connectionString,
            container,
          }),
        ).toEqual({ handoffs: [], places: [] });
        expect(conflicts).toBe(EXPECTED_CONFLICTS);
      },
      RACE_TIMEOUT_MS,
    );
  });
});
