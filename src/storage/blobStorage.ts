import type { TokenCredential } from '@azure/identity';
import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { blobEndpointOf } from './blobConnectionString';
import { blobNameForKey } from './blobNames';
import { ETagConflictError, StorageUnavailableError } from './storageErrors';
import { assertStorageKeys } from './storageKeys';
import { prepareWrite, type PreparedWrite } from './storeItemJson';

// The SDK's default (4 tries, 4 s then 12 s apart, no time limit per try) can hold a turn
// far past the few seconds Teams waits for a bot. Fail within seconds instead.
const RETRY_OPTIONS = {
  maxTries: 3,
  retryDelayInMs: 500,
  maxRetryDelayInMs: 2_000,
  tryTimeoutInMs: 5_000,
};

// Azure's rule: 3–63 characters, lowercase letters, digits and single hyphens, starting and
// ending with a letter or digit.
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * botbuilder `Storage` in an Azure Blob container, on top of BlobsStorage: every key gets its
 * own blob (see blobNameForKey), items are checked like SqliteStorage checks them, and errors
 * name the key
 */
export class BlobStorage implements Storage {
  private constructor(
    private readonly blobs: BlobsStorage,
    readonly container: string,
  ) {}

  /** connects to the container, creating it when missing; errors say what to fix */
  static async open(connectionString: string, container: string): Promise<BlobStorage> {
    assertContainerName(container);
    const blobs = createBlobsStorage(connectionString, container);
    return BlobStorage.connect(
      blobs,
      container,
      blobEndpointOf(connectionString),
      'connection string',
    );
  }

  /** as open, signing in with a credential (a managed identity) at the account's blob endpoint */
  static async openWithIdentity(
    accountUrl: string,
    credential: TokenCredential,
    container: string,
  ): Promise<BlobStorage> {
    assertContainerName(container);
    const blobs = new BlobsStorage(
      '',
      container,
      { storagePipelineOptions: { retryOptions: RETRY_OPTIONS } },
      `${accountUrl.replace(/\/+$/, '')}/${container}`,
      credential,
    );
    return BlobStorage.connect(blobs, container, accountUrl, 'managed identity');
  }

  private static async connect(
    blobs: BlobsStorage,
    container: string,
    endpoint: string | undefined,
    signIn: SignIn,
  ): Promise<BlobStorage> {
    try {
      // BlobsStorage creates its container (if missing) before its first operation.
      await blobs.read([]);
    } catch (error) {
      throw new Error(openFailureMessage(error, container, endpoint, signIn), { cause: error });
    }
    return new BlobStorage(blobs, container);
  }

  async read(keys: string[]): Promise<StoreItems> {
    assertStorageKeys(keys, 'read');
    const names = keys.map(blobNameForKey);
    const found = await this.withContext('reading', () => this.blobs.read(names));
    // hasOwn: a key such as "constructor" must not pick up an inherited property.
    return Object.fromEntries(
      keys.flatMap((key, index) => {
        const name = names[index];
        return name !== undefined && Object.hasOwn(found, name) ? [[key, found[name]]] : [];
      }),
    );
  }

  async write(changes: StoreItems): Promise<void> {
    if (typeof changes !== 'object' || changes === null) {
      throw new TypeError('Storage: write needs an object of changes, indexed by key.');
    }
    assertStorageKeys(Object.keys(changes), 'write');
    const writes = Object.entries(changes).map(([key, item]) => prepareWrite(key, item));
    // One request per item, as BlobsStorage does, so a conflict can name the caller's key.
    await Promise.all(writes.map((write) => this.writeOne(write)));
  }

  async delete(keys: string[]): Promise<void> {
    assertStorageKeys(keys, 'delete');
    const names = keys.map(blobNameForKey);
    await this.withContext('deleting from', () => this.blobs.delete(names));
  }

  private async writeOne({ key, data, expectedETag }: PreparedWrite): Promise<void> {
    const name = blobNameForKey(key);
    try {
      await this.blobs.write({ [name]: { ...data, eTag: expectedETag ?? '*' } });
    } catch (error) {
      if (expectedETag !== undefined && isETagConflict(error)) {
        throw new ETagConflictError(key, expectedETag);
      }
      throw new StorageUnavailableError(
        `Storage: error writing "${key}" to blob container "${this.container}": ${messageOf(error)}`,
        { cause: error },
      );
    }
  }

  private async withContext<T>(action: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw new StorageUnavailableError(
        `Storage: error ${action} blob container "${this.container}": ${messageOf(error)}`,
        { cause: error },
      );
    }
  }
}

function assertContainerName(container: string): void {
  if (!CONTAINER_NAME.test(container)) {
    throw new Error(
      `The blob container name ${JSON.stringify(container)} is not valid: use 3 to 63 ` +
        'lowercase letters, digits and single hyphens, starting and ending with a letter or digit.',
    );
  }
}

function createBlobsStorage(connectionString: string, container: string): BlobsStorage {
  try {
    return new BlobsStorage(connectionString, container, {
      storagePipelineOptions: { retryOptions: RETRY_OPTIONS },
    });
  } catch (error) {
    // No cause: URL parse errors carry their input, here the whole string with its account key.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(
      `The blob storage connection string is not valid (${messageOf(error)}). Use the storage ` +
        "account's connection string from the Azure portal (DefaultEndpointsProtocol=https;" +
        'AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net), or ' +
        'UseDevelopmentStorage=true for a local Azurite.',
    );
  }
}

type SignIn = 'connection string' | 'managed identity';

function openFailureMessage(
  error: unknown,
  container: string,
  endpoint: string | undefined,
  signIn: SignIn,
) {
  const where = endpoint ?? 'the endpoint in the connection string';
  const status = statusCodeOf(error);
  if (signIn === 'managed identity') {
    if (status === 401 || status === 403) {
      return (
        `Blob storage at ${where} refused the managed identity (HTTP ${status}). Give the ` +
        `identity the Storage Blob Data Contributor role on the container "${container}" ` +
        '(role assignments take a few minutes to apply), and check AZURE_CLIENT_ID.'
      );
    }
    if (status === undefined) {
      return (
        `Cannot sign in to or reach blob storage at ${where} (${firstLine(messageOf(error))}). ` +
        'Check BLOB_ACCOUNT_URL, and that a managed identity is assigned to this app ' +
        '(AZURE_CLIENT_ID names a user-assigned one); on a developer machine, sign in with `az login`.'
      );
    }
  } else if (status === 401 || status === 403) {
    return (
      `Blob storage at ${where} refused the credentials (HTTP ${status}). Check AccountKey ` +
      '(or the SAS token) in the connection string, and that it may create and write containers.'
    );
  } else if (status === undefined) {
    return (
      `Cannot reach blob storage at ${where} (${messageOf(error)}). Check BlobEndpoint or ` +
      'AccountName and EndpointSuffix in the connection string, and that the storage account ' +
      '(or Azurite) is running and reachable.'
    );
  }
  return (
    `Cannot open blob container "${container}" at ${where} (HTTP ${status}): ` +
    `${firstLine(messageOf(error))}`
  );
}

// BlobsStorage turns HTTP 412 (If-Match failed) into this message and nothing else.
function isETagConflict(error: unknown): boolean {
  return error instanceof Error && error.message.includes('due to eTag conflict');
}

function statusCodeOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    return typeof error.statusCode === 'number' ? error.statusCode : undefined;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Azure appends request ids and timestamps on further lines.
function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
