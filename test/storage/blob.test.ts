import { ContainerClient } from '@azure/storage-blob';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  type BotStore,
  openStore,
  PROBE_KEY,
  STORAGE_CALL_BUDGET_MS,
  StorageUnavailableError,
} from '../../src/storage';
import { problemOf } from '../../src/storage/blobFailures';
import {
  developmentConnectionString,
  findFreePort,
  startAzurite,
  type AzuriteServer,
} from '../support/azurite';
import { makeLoopbackCertificate } from '../support/selfSignedCert';
import { startSilentServer, startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { AWKWARD_KEYS, describeItemStoreContract } from './storageContract';

const AZURITE_START_TIMEOUT_MS = 30_000;
// Every test talks to a real server, on a machine that may be busy with other suites.
jest.setTimeout(15_000);
// A call that runs into the budget has that long to fail; the test allows for a busy machine.
const WITHIN_BUDGET_MS = STORAGE_CALL_BUDGET_MS + 2_000;
const PROJECT_ROOT = path.resolve(__dirname, '../..');
const OVERWRITE = { overwrite: true } as const;

let azurite: AzuriteServer;
let containerCount = 0;

beforeAll(async () => {
  azurite = await startAzurite();
}, AZURITE_START_TIMEOUT_MS);
afterAll(async () => {
  await azurite?.stop();
});

function freshContainer(): string {
  containerCount += 1;
  return `contract-${containerCount}`;
}

const openBlob = (container: string, connectionString = azurite.connectionString) =>
  openStore({ kind: 'blob', connectionString, container });

describeItemStoreContract('Blob', {
  fresh: () => {
    const container = freshContainer();
    return { open: () => openBlob(container) };
  },
  durable: true,
});

/** how long a call took to fail, and with what */
async function failureOf(call: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  const error = await call().then(
    () => new Error('expected the call to fail'),
    (caught: unknown) => caught,
  );
  return { ms: performance.now() - started, error };
}

describe('Blob storage', () => {
  const opened: BotStore[] = [];
  const open = async (container: string, connectionString?: string) => {
    const store = await openBlob(container, connectionString);
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it('creates its container on open and describes itself without secrets', async () => {
    const container = freshContainer();
    const containerClient = new ContainerClient(azurite.connectionString, container);
    await expect(containerClient.exists()).resolves.toBe(false);

    const store = await open(container);

    await expect(containerClient.exists()).resolves.toBe(true);
    expect(store.kind).toBe('blob');
    expect(store.describe()).toBe(`blob:${azurite.accountUrl}/${container}`);
    expect(store.describe()).not.toMatch(/AccountKey|Eby8/);
  });

  it('reads what earlier versions wrote under a usual bot key, and names blobs as they did', async () => {
    const container = freshContainer();
    const key = 'msteams/conversations/19:abc@thread.tacv2';
    const containerClient = new ContainerClient(azurite.connectionString, container);
    await containerClient.create();
    // botbuilder's BlobsStorage stored the item's JSON (without its eTag) under the encoded key.
    const earlier = JSON.stringify({ from: 'BlobsStorage' });
    await containerClient
      .getBlockBlobClient(encodeURIComponent(key))
      .upload(earlier, Buffer.byteLength(earlier));
    const store = await open(container);

    expect((await store.items.read([key])).get(key)?.value).toEqual({ from: 'BlobsStorage' });

    await store.items.write('another/key:1', {}, OVERWRITE);
    const names: string[] = [];
    for await (const blob of containerClient.listBlobsFlat()) names.push(blob.name);
    expect(names.sort()).toEqual(
      [encodeURIComponent(key), encodeURIComponent('another/key:1')].sort(),
    );
  });

  it('gives each awkward key a blob of its own, hashed where Azure would merge or refuse it', async () => {
    const container = freshContainer();
    const store = await open(container);
    await Promise.all(AWKWARD_KEYS.map(([, key], n) => store.items.write(key, { n }, OVERWRITE)));

    const names: string[] = [];
    for await (const blob of new ContainerClient(
      azurite.connectionString,
      container,
    ).listBlobsFlat())
      names.push(blob.name);

    expect(new Set(names).size).toBe(AWKWARD_KEYS.length);
    expect(names.every((name) => name.length <= 1_024)).toBe(true);
    expect(names).toContain(encodeURIComponent(AWKWARD_KEYS[0]![1]));
    expect(names.filter((name) => /~[0-9a-f]{64}$/.test(name)).length).toBeGreaterThan(10);
  });

  it('makes its container again when it disappears, and reads nothing while it is gone', async () => {
    const container = freshContainer();
    const store = await open(container);
    await store.items.write('before', { kept: 'until the reset' }, OVERWRITE);
    const containerClient = new ContainerClient(azurite.connectionString, container);

    await containerClient.delete();

    expect(await store.items.read(['before', 'other'])).toEqual(new Map());
    await expect(store.items.delete(['before'])).resolves.toBeUndefined();
    const eTag = await store.items.write(
      'after',
      { written: 'after the reset' },
      { ifAbsent: true },
    );
    await expect(containerClient.exists()).resolves.toBe(true);
    expect((await store.items.read(['after'])).get('after')).toEqual({
      value: { written: 'after the reset' },
      eTag,
    });
    await expect(store.probe()).resolves.toBeUndefined();
  });

  it('probes by writing its probe item and reading it back', async () => {
    const store = await open(freshContainer());

    await store.probe();

    expect((await store.items.read([PROBE_KEY])).get(PROBE_KEY)?.value).toEqual({
      probedAt: expect.any(String),
    });
  });

  it.each([
    ['an upper-case name', 'Advisor'],
    ['an underscore', 'bot_state'],
    ['a name too short', 'ab'],
    ['a double hyphen', 'bot--state'],
  ])('refuses a container name with %s, saying what is allowed', async (_label, container) => {
    await expect(openBlob(container)).rejects.toThrow(
      /container name .* is not valid: use 3 to 63 lowercase letters/,
    );
  });

  it.each([
    ['text that is no connection string', 'not a connection string'],
    ['an account without a key or endpoint', 'DefaultEndpointsProtocol=http;AccountName=x'],
  ])('refuses %s, saying what a valid one looks like', async (_label, connectionString) => {
    await expect(openBlob('bot-state', connectionString)).rejects.toThrow(
      /connection string is not valid .*AccountName=…;AccountKey=…/,
    );
  });

  it('keeps the account key of a malformed connection string out of the error', async () => {
    const secret = Buffer.from('a secret account key').toString('base64');
    const connectionString = `AccountName=advisor;AccountKey=${secret};BlobEndpoint=not a url`;

    const error: unknown = await openBlob('bot-state', connectionString).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(/connection string is not valid/);
    expect(String(error)).not.toContain(secret);
    expect(error instanceof Error && error.cause).toBeFalsy();
  });

  it.each([
    ['plain HTTP, over which no token is sent', 'http://advisor.blob.core.windows.net'],
    ['text that is no URL', 'advisor.blob.core.windows.net'],
  ])('refuses an account URL of %s, saying what one looks like', async (_label, accountUrl) => {
    const credential = { getToken: async () => null };

    await expect(
      openStore({ kind: 'blob', container: 'bot-state', accountUrl, credential }),
    ).rejects.toThrow(
      /blob account URL .* is not valid: use the storage account's blob endpoint, https:\/\/<account>\.blob\.core\.windows\.net/,
    );
  });

  it('says which endpoint it cannot reach, without the account key', async () => {
    const closedPort = await findFreePort();
    const connectionString = developmentConnectionString(closedPort);

    const opening = openBlob('bot-state', connectionString);

    await expect(opening).rejects.toThrow(
      `Cannot reach blob storage at http://127.0.0.1:${closedPort}/devstoreaccount1`,
    );
    await expect(opening).rejects.toMatchObject({ reason: 'unreachable' });
    await expect(opening).rejects.not.toThrow(/AccountKey=/);
  });

  it('says the credentials were refused when the account key is wrong', async () => {
    const connectionString = azurite.connectionString.replace(
      /AccountKey=[^;]+/,
      `AccountKey=${Buffer.from('not the key').toString('base64')}`,
    );

    const opening = openBlob('bot-state', connectionString);

    await expect(opening).rejects.toThrow(
      /refused the bot: the credentials were refused \(HTTP 403.*\): check AccountKey/,
    );
    await expect(opening).rejects.toMatchObject({ reason: 'refused' });
  });

  it.each<[string, object, RegExp]>([
    [
      'a role it lacks',
      { statusCode: 403, details: { errorCode: 'AuthorizationPermissionMismatch' } },
      /HTTP 403 AuthorizationPermissionMismatch\): give it the "Storage Blob Data Contributor" role on the container/,
    ],
    [
      'a token the service does not take',
      { statusCode: 401, details: { errorCode: 'InvalidAuthenticationInfo' } },
      /token was refused \(HTTP 401 InvalidAuthenticationInfo\): check that the identity is in the storage account's tenant/,
    ],
  ])('tells an identity refused for %s what to fix', (_label, error, expected) => {
    expect(
      problemOf(error, 'refused', { signIn: 'credential', budgetMs: STORAGE_CALL_BUDGET_MS }),
    ).toMatch(expected);
  });
});

describe('Blob storage that does not answer', () => {
  let proxy: TcpProxy;
  let store: BotStore;

  beforeAll(async () => {
    proxy = await startTcpProxy(azurite.port);
    store = await openBlob('behind-a-proxy', developmentConnectionString(proxy.port));
    await store.items.write('item', { kept: true }, OVERWRITE);
  });
  afterAll(async () => {
    await store?.close();
    await proxy?.close();
  });

  it(
    'fails every call within the budget as a timeout while the endpoint is black-holed, then works again',
    async () => {
      proxy.blackHole();
      const calls = {
        read: () => store.items.read(['item']),
        write: () => store.items.write('item', { kept: 'no' }, OVERWRITE),
        delete: () => store.items.delete(['item']),
        probe: () => store.probe(),
      };

      const failures = await Promise.all(Object.values(calls).map(failureOf));
      proxy.restore();

      for (const { ms, error } of failures) {
        expect(error).toBeInstanceOf(StorageUnavailableError);
        expect(error).toMatchObject({ reason: 'timeout' });
        expect(String(error)).toMatch(
          new RegExp(
            `no answer within ${STORAGE_CALL_BUDGET_MS / 1_000} s \\(the storage call budget\\)`,
          ),
        );
        expect(ms).toBeLessThan(WITHIN_BUDGET_MS);
      }
      expect((await store.items.read(['item'])).get('item')?.value).toBeDefined();
    },
    WITHIN_BUDGET_MS * 3,
  );

  it(
    'fails to open within the budget against an endpoint that accepts connections and never answers',
    async () => {
      const silent = await startSilentServer();
      try {
        const { ms, error } = await failureOf(() =>
          openBlob('bot-state', developmentConnectionString(silent.port)),
        );

        expect(error).toBeInstanceOf(StorageUnavailableError);
        expect(error).toMatchObject({ reason: 'timeout' });
        expect(String(error)).toMatch(
          `Cannot reach blob storage at http://127.0.0.1:${silent.port}/devstoreaccount1 (no answer within`,
        );
        expect(ms).toBeLessThan(WITHIN_BUDGET_MS);
      } finally {
        await silent.close();
      }
    },
    WITHIN_BUDGET_MS * 2,
  );
});

describe('Blob storage on a stopped Azurite (SIGSTOP)', () => {
  let paused: AzuriteServer;
  let store: BotStore;

  beforeAll(async () => {
    paused = await startAzurite();
    store = await openBlob('stopped', paused.connectionString);
    await store.items.write('item', { kept: true }, OVERWRITE);
  }, AZURITE_START_TIMEOUT_MS);
  afterAll(async () => {
    await store?.close();
    await paused?.stop();
  });

  it(
    'fails within the budget as a timeout, and works again once Azurite runs (SIGCONT)',
    async () => {
      paused.pause();
      const { ms, error } = await failureOf(() => store.items.read(['item']));
      const probe = await failureOf(() => store.probe());
      paused.resume();

      for (const failure of [{ ms, error }, probe]) {
        expect(failure.error).toBeInstanceOf(StorageUnavailableError);
        expect(failure.error).toMatchObject({ reason: 'timeout' });
        expect(failure.ms).toBeLessThan(WITHIN_BUDGET_MS);
      }
      expect((await store.items.read(['item'])).get('item')?.value).toEqual({ kept: true });
      await expect(store.probe()).resolves.toBeUndefined();
    },
    WITHIN_BUDGET_MS * 3,
  );
});

describe('Blob storage with an account URL and a token credential (Azurite with OAuth, HTTPS)', () => {
  let certDir: string;
  let secured: AzuriteServer;
  let results: Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    certDir = await makeTempDir('azurite-tls');
    const tls = await makeLoopbackCertificate(certDir);
    secured = await startAzurite({ tls, oauth: true });
    // Node trusts an extra certificate only from its start: the client runs in a process of its own.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'test/storage/fixtures/tokenCredentialStore.ts', secured.accountUrl],
      { cwd: PROJECT_ROOT, env: { ...process.env, NODE_EXTRA_CA_CERTS: tls.certPath } },
    );
    results = JSON.parse(stdout) as typeof results;
  }, 60_000);
  afterAll(async () => {
    await secured?.stop();
    if (certDir) await removeTempDir(certDir);
  });

  it('asks the credential for a token for blob storage, and reads, writes and probes with it', () => {
    expect(results.storageAudience).toEqual({
      opened: true,
      describe: `blob:${secured.accountUrl}/by-identity`,
      sameETag: true,
      value: { by: 'identity' },
      again: 'ETagConflictError',
      scopesAsked: [['https://storage.azure.com/.default']],
    });
  });

  it('says the token was refused, and what to check, when the service does not take it', () => {
    expect(results.otherAudience).toMatchObject({
      opened: false,
      errorName: 'StorageUnavailableError',
      reason: 'refused',
      message: expect.stringMatching(
        new RegExp(
          `^Blob storage at ${escapeRegExp(secured.accountUrl)} refused the bot: the identity's token was refused \\(HTTP 403 AuthenticationFailed\\)`,
        ),
      ),
    });
  });

  it('says the credential gave no token, and what to check, when there is no identity', () => {
    expect(results.noIdentity).toMatchObject({
      opened: false,
      reason: 'refused',
      message: expect.stringContaining(
        'the credential gave no token for blob storage (ManagedIdentityCredential: no managed ' +
          "identity endpoint is available): check the bot's managed identity",
      ),
    });
  });
});

describe('Azurite test server', () => {
  let dataDir: string;
  let server: AzuriteServer | undefined;

  beforeAll(async () => {
    dataDir = await makeTempDir('azurite');
  });
  afterAll(async () => {
    await server?.stop();
    await removeTempDir(dataDir);
  });

  it(
    'stops and restarts on the same port, keeping blobs when it has a data folder',
    async () => {
      server = await startAzurite({ dataDir });
      const before = await openBlob('restarted', server.connectionString);
      await before.items.write('item', { survived: true }, OVERWRITE);

      await server.stop();
      await expect(before.items.read(['item'])).rejects.toThrow(/ECONNREFUSED/);
      await expect(before.items.read(['item'])).rejects.toMatchObject({ reason: 'unreachable' });
      await expect(before.probe()).rejects.toMatchObject({ reason: 'unreachable' });
      await server.restart();

      const after = await openBlob('restarted', server.connectionString);
      expect((await after.items.read(['item'])).get('item')?.value).toEqual({ survived: true });
      expect((await before.items.read(['item'])).get('item')?.value).toEqual({ survived: true });
    },
    AZURITE_START_TIMEOUT_MS,
  );
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
