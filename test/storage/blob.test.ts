import { ContainerClient } from '@azure/storage-blob';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { openStore, type BotStore } from '../../src/storage';
import {
  developmentConnectionString,
  findFreePort,
  startAzurite,
  type AzuriteServer,
} from '../support/azurite';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { describeStorageContract } from './storageContract';

const AZURITE_START_TIMEOUT_MS = 30_000;
// Every test talks to a real server, on a machine that may be busy with other suites.
jest.setTimeout(15_000);

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

describeStorageContract('Blob', () => ({
  kind: 'blob',
  connectionString: azurite.connectionString,
  container: freshContainer(),
}));

describe('Blob storage', () => {
  const opened: BotStore[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it('creates its container on open and describes itself without secrets', async () => {
    const container = freshContainer();
    const containerClient = new ContainerClient(azurite.connectionString, container);
    await expect(containerClient.exists()).resolves.toBe(false);

    const store = await openStore({
      kind: 'blob',
      connectionString: azurite.connectionString,
      container,
    });
    opened.push(store);

    await expect(containerClient.exists()).resolves.toBe(true);
    expect(store.kind).toBe('blob');
    expect(store.describe()).toBe(`blob:${container}`);
  });

  it('reads what plain BlobsStorage wrote under a usual bot key', async () => {
    const container = freshContainer();
    const key = 'msteams/conversations/19:abc@thread.tacv2';
    const plain = new BlobsStorage(azurite.connectionString, container);
    await plain.write({ [key]: { from: 'BlobsStorage' } });

    const store = await openStore({
      kind: 'blob',
      connectionString: azurite.connectionString,
      container,
    });
    opened.push(store);

    await expect(store.storage.read([key])).resolves.toEqual({
      [key]: { from: 'BlobsStorage', eTag: expect.any(String) },
    });
  });

  it.each([
    ['an upper-case name', 'Advisor'],
    ['an underscore', 'bot_state'],
    ['a name too short', 'ab'],
    ['a double hyphen', 'bot--state'],
  ])('refuses a container name with %s, saying what is allowed', async (_label, container) => {
    await expect(
      openStore({ kind: 'blob', connectionString: azurite.connectionString, container }),
    ).rejects.toThrow(/container name .* is not valid: use 3 to 63 lowercase letters/);
  });

  it.each([
    ['text that is no connection string', 'not a connection string'],
    ['an account without a key or endpoint', 'DefaultEndpointsProtocol=http;AccountName=x'],
  ])('refuses %s, saying what a valid one looks like', async (_label, connectionString) => {
    await expect(
      openStore({ kind: 'blob', connectionString, container: 'bot-state' }),
    ).rejects.toThrow(/connection string is not valid .*AccountName=…;AccountKey=…/);
  });

  it('keeps the account key of a malformed connection string out of the error', async () => {
    const secret = Buffer.from('a secret account key').toString('base64');
    const connectionString = `AccountName=advisor;AccountKey=${secret};BlobEndpoint=not a url`;

    const error: unknown = await openStore({
      kind: 'blob',
      connectionString,
      container: 'bot-state',
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(/connection string is not valid/);
    expect(String(error)).not.toContain(secret);
    expect(error instanceof Error && error.cause).toBeFalsy();
  });

  it('says which endpoint it cannot reach, without the account key', async () => {
    const closedPort = await findFreePort();
    const connectionString = developmentConnectionString(closedPort);

    const open = openStore({ kind: 'blob', connectionString, container: 'bot-state' });

    await expect(open).rejects.toThrow(
      `Cannot reach blob storage at http://127.0.0.1:${closedPort}/devstoreaccount1`,
    );
    await expect(open).rejects.not.toThrow(/AccountKey=/);
  });

  it('says the credentials were refused when the account key is wrong', async () => {
    const connectionString = azurite.connectionString.replace(
      /AccountKey=[^;]+/,
      `AccountKey=${Buffer.from('not the key').toString('base64')}`,
    );

    await expect(
      openStore({ kind: 'blob', connectionString, container: 'bot-state' }),
    ).rejects.toThrow(/refused the credentials \(HTTP 403\)\. Check AccountKey/);
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
      const options = {
        kind: 'blob',
        connectionString: server.connectionString,
        container: 'restarted',
      } as const;
      const before = await openStore(options);
      await before.storage.write({ item: { survived: true } });

      await server.stop();
      await expect(before.storage.read(['item'])).rejects.toThrow(/ECONNREFUSED/);
      await server.restart();

      const after = await openStore(options);
      await expect(after.storage.read(['item'])).resolves.toMatchObject({
        item: { survived: true },
      });
      await expect(before.storage.read(['item'])).resolves.toMatchObject({
        item: { survived: true },
      });
    },
    AZURITE_START_TIMEOUT_MS,
  );
});
