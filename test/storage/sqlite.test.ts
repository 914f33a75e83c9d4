import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  ETagConflictError,
  openStore,
  SQLITE_FILE_NAME,
  SqliteStorage,
  type BotStore,
} from '../../src/storage';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { BATCH_KEYS, batchKey } from './fixtures/writeUntilKilled';
import { describeStorageContract } from './storageContract';

const PROJECT_ROOT = path.resolve(__dirname, '../..');
const WRITER_SCRIPT = path.join(__dirname, 'fixtures/writeUntilKilled.ts');

let root: string;
let storeCount = 0;

beforeAll(async () => {
  root = await makeTempDir('sqlite');
});
afterAll(async () => {
  await removeTempDir(root);
});

function freshDataDir(): string {
  storeCount += 1;
  return path.join(root, `store-${storeCount}`, 'data');
}

describeStorageContract('SQLite', () => ({ kind: 'sqlite', dataDir: freshDataDir() }));

describe('SQLite storage', () => {
  const opened: BotStore[] = [];
  const open = async (dataDir: string): Promise<BotStore> => {
    const store = await openStore({ kind: 'sqlite', dataDir });
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it('creates its data folder on first start and says where the file is', async () => {
    const dataDir = freshDataDir();
    expect(existsSync(dataDir)).toBe(false);

    const store = await open(dataDir);

    const filePath = path.join(dataDir, SQLITE_FILE_NAME);
    expect(existsSync(filePath)).toBe(true);
    expect(store.kind).toBe('sqlite');
    expect(store.describe()).toBe(`sqlite:${filePath}`);
  });

  it('uses WAL and finds a key through the primary key index', async () => {
    const dataDir = freshDataDir();
    await open(dataDir);
    const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const plan = db
        .prepare('EXPLAIN QUERY PLAN SELECT value, etag FROM store_items WHERE key = ?')
        .all('some-key');
      expect(JSON.stringify(plan)).toMatch(/SEARCH store_items USING INDEX \S+ \(key=\?\)/);
    } finally {
      db.close();
    }
  });

  it('writes nothing from a batch in which one item has a stale eTag', async () => {
    const { storage } = await open(freshDataDir());
    await storage.write({ a: { version: 1 }, b: { version: 1 } });
    const before = await storage.read(['a', 'b']);
    const staleETag = 'not-the-current-etag';

    const write = storage.write({
      a: { version: 2 },
      b: { version: 2, eTag: staleETag },
      c: { version: 2 },
    });

    await expect(write).rejects.toThrow(ETagConflictError);
    await expect(write).rejects.toThrow(/"b" due to eTag conflict/);
    await expect(storage.read(['a', 'b', 'c'])).resolves.toEqual(before);
  });

  it('writes asked for together each stand or fall alone: a stale eTag fails only its own call', async () => {
    const { storage } = await open(freshDataDir());
    await storage.write({ a: { version: 1 }, b: { version: 1 } });
    const { a } = await storage.read(['a']);

    // Asked for in the same turn of the event loop: committed together.
    const results = await Promise.allSettled([
      storage.write({ a: { version: 2, eTag: a!.eTag } }),
      storage.write({ a: { version: 3, eTag: a!.eTag } }),
      storage.write({ b: { version: 2 }, c: { version: 1, eTag: 'stale' } }),
      storage.write({ d: { version: 1 } }),
    ]);

    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ETagConflictError);
    const stored = await storage.read(['a', 'b', 'c', 'd']);
    expect(stored).toEqual({
      a: { version: 2, eTag: expect.any(String) },
      b: { version: 1, eTag: expect.any(String) },
      d: { version: 1, eTag: expect.any(String) },
    });
  });

  it('reads what another connection wrote, after reading the same row before', async () => {
    const dataDir = freshDataDir();
    const first = await open(dataDir);
    const second = await open(dataDir);
    await first.storage.write({ shared: { by: 'first' } });
    expect((await second.storage.read(['shared'])).shared).toMatchObject({ by: 'first' });

    await first.storage.write({ shared: { by: 'first, again' } });
    const seen = (await second.storage.read(['shared'])).shared;
    expect(seen).toMatchObject({ by: 'first, again' });

    await second.storage.write({ shared: { ...seen, by: 'second', eTag: seen!.eTag } });
    expect((await first.storage.read(['shared'])).shared).toMatchObject({ by: 'second' });
    await first.storage.delete(['shared']);
    expect(await second.storage.read(['shared'])).toEqual({});
  });

  it('keeps the order of writes and deletes, and commits pending writes on close', async () => {
    const dataDir = freshDataDir();
    const store = await open(dataDir);
    const written = store.storage.write({ gone: { version: 1 }, kept: { version: 1 } });
    await store.storage.delete(['gone']);
    await written;
    const closing = store.storage.write({ last: { version: 1 } });
    await store.close();
    await closing;

    const reopened = await open(dataDir);
    expect(Object.keys(await reopened.storage.read(['gone', 'kept', 'last']))).toEqual([
      'kept',
      'last',
    ]);
  });

  it('says what to fix when the data folder cannot be created', async () => {
    const blocker = path.join(root, `not-a-folder-${++storeCount}`);
    await writeFile(blocker, 'a file where the data folder should be');

    await expect(
      openStore({ kind: 'sqlite', dataDir: path.join(blocker, 'data') }),
    ).rejects.toThrow(
      /Cannot open the SQLite store at ".*advisor\.db".*Set the data directory to a folder this process can create and write to/,
    );
  });

  it('says what to fix when the data folder is not set', async () => {
    await expect(openStore({ kind: 'sqlite', dataDir: ' ' })).rejects.toThrow(
      /data directory is empty: set it to a folder/,
    );
  });

  it('fails clearly when used after close', async () => {
    const store = await open(freshDataDir());
    await store.close();
    await store.close();

    await expect(store.storage.read(['item'])).rejects.toThrow(/SQLite store at .* is closed/);
    await expect(store.storage.write({ item: {} })).rejects.toThrow(/is closed/);
    await expect(store.storage.delete(['item'])).rejects.toThrow(/is closed/);
  });

  // Starting a TypeScript child process takes a few seconds on a busy machine.
  const CHILD_PROCESS_TIMEOUT_MS = 20_000;

  it(
    'loses no acknowledged write when its process is killed',
    async () => {
      const dataDir = freshDataDir();
      const lastAcked = await runWriterAndKillAfter(dataDir, 200);

      const storage = SqliteStorage.open(dataDir);
      try {
        const progress = await storage.read(['progress']);
        expect(progress.progress?.lastBatch).toBeGreaterThanOrEqual(lastAcked);
        const lastWritten: number = progress.progress.lastBatch;
        // Every batch up to the last one written is complete: none was torn by the kill.
        const keys = Array.from({ length: lastWritten + 2 }, (_, batch) =>
          BATCH_KEYS.map((part) => batchKey(batch, part)),
        ).flat();
        const read = await storage.read(keys);
        expect(Object.keys(read)).toHaveLength((lastWritten + 1) * BATCH_KEYS.length);
        for (let batch = 0; batch <= lastWritten; batch++) {
          expect(read[batchKey(batch, 'a')]).toMatchObject({ batch });
        }
      } finally {
        await storage.close();
      }
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );
});

/** runs the writer script, SIGKILLs it once it has acknowledged `acks` batches */
async function runWriterAndKillAfter(dataDir: string, acks: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER_SCRIPT, dataDir], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));

  let lastAcked = -1;
  for await (const line of createInterface({ input: child.stdout })) {
    const match = /^acked (\d+)$/.exec(line);
    if (match?.[1]) lastAcked = Number(match[1]);
    if (lastAcked + 1 >= acks) {
      child.kill('SIGKILL');
      break;
    }
  }
  const [code, signal] = await exited;
  if (signal !== 'SIGKILL') {
    throw new Error(`the writer stopped by itself (exit code ${code}):\n${errors}`);
  }
  return lastAcked;
}
