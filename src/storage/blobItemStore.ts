import type { ContainerClient } from '@azure/storage-blob';
import {
  type BlobCall,
  blobFailure,
  type BlobSignIn,
  openFailure,
  serviceCodeOf,
  statusCodeOf,
} from './blobFailures';
import { blobNameForKey } from './blobNames';
import { type BlobStoreOptions, serviceClientFor } from './blobSignIn';
import { STORAGE_CALL_BUDGET_MS, withinBudget } from './callBudget';
import type { ItemStore, StoredItem, WriteCondition } from './itemStore';
import { jsonOfItem, valueOfJson } from './itemJson';
import { probeByWriting } from './probe';
import { ETagConflictError, StorageUnavailableError } from './storageErrors';

export type { BlobStoreOptions } from './blobSignIn';
import { assertStorageKey, assertStorageKeys, assertWriteCondition } from './storageKeys';

// Requests a read of many keys sends at once.
const READ_CONCURRENCY = 16;

// Azure's rule: 3–63 characters, lowercase letters, digits and single hyphens, starting and
// ending with a letter or digit.
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The storage port in an Azure Blob container: one blob of JSON per key (see blobNameForKey),
 * eTags as Azure keeps them, `ifMatch` as If-Match and `ifAbsent` as If-None-Match: *. Every call,
 * retries included, ends within STORAGE_CALL_BUDGET_MS; a container that disappears (a storage
 * reset) is created again by the next write.
 */
export class BlobItemStore implements ItemStore {
  private closed = false;

  private constructor(
    private readonly client: ContainerClient,
    readonly container: string,
    /** the blob service's URL, without secrets */
    readonly endpoint: string,
    /** how it signs in: with a connection string, or with an identity's tokens */
    readonly signIn: BlobSignIn,
    private readonly budgetMs: number,
  ) {}

  /** connects to the container, creating it when missing; errors say what to fix */
  static async open(options: BlobStoreOptions): Promise<BlobItemStore> {
    const { container } = options;
    if (!CONTAINER_NAME.test(container)) {
      throw new Error(
        `The blob container name ${JSON.stringify(container)} is not valid: use 3 to 63 ` +
          'lowercase letters, digits and single hyphens, starting and ending with a letter or digit.',
      );
    }
    const { service, endpoint, signIn } = serviceClientFor(options);
    const store = new BlobItemStore(
      service.getContainerClient(container),
      container,
      endpoint,
      signIn,
      STORAGE_CALL_BUDGET_MS,
    );
    try {
      await withinBudget(store.budgetMs, (abortSignal) => store.ensureContainer(abortSignal));
    } catch (error) {
      throw openFailure(error, store, store.budgetMs);
    }
    return store;
  }

  async read(keys: readonly string[]): Promise<ReadonlyMap<string, StoredItem>> {
    assertStorageKeys(keys, 'read');
    const action = keys.length === 1 ? `read "${keys[0]}" from` : `read ${keys.length} items from`;
    const found = await this.call(action, (abortSignal) =>
      mapLimited(keys, READ_CONCURRENCY, (key) => this.readOne(key, abortSignal)),
    );
    return new Map(
      found.flatMap((item, index) => (item === undefined ? [] : [[keys[index]!, item] as const])),
    );
  }

  async write(key: string, value: object, condition: WriteCondition): Promise<string> {
    assertStorageKey(key, 'write');
    assertWriteCondition(key, condition);
    const body = Buffer.from(jsonOfItem(key, value), 'utf8');
    return this.call(`write "${key}" to`, async (abortSignal) => {
      try {
        return await this.upload(key, body, condition, abortSignal);
      } catch (error) {
        if (serviceCodeOf(error) !== 'ContainerNotFound') throw error;
        // The container was deleted under us (a storage reset): make it again, then try once more.
        await this.client.createIfNotExists({ abortSignal });
        return this.upload(key, body, condition, abortSignal);
      }
    });
  }

  async delete(keys: readonly string[]): Promise<void> {
    assertStorageKeys(keys, 'delete');
    if (keys.length === 0) return;
    await this.call(`delete ${keys.length} items from`, (abortSignal) =>
      mapLimited(keys, READ_CONCURRENCY, async (key) => {
        try {
          await this.client.getBlobClient(blobNameForKey(key)).delete({ abortSignal });
        } catch (error) {
          // Already gone, with or without its container.
          if (statusCodeOf(error) !== 404) throw error;
        }
      }),
    );
  }

  /** resolves when the container can be written and read; rejects with StorageUnavailableError */
  async probe(): Promise<void> {
    await probeByWriting(this, `blob container "${this.container}" at ${this.endpoint}`);
  }

  /** later calls fail; requests hold no connection that needs closing */
  async close(): Promise<void> {
    this.closed = true;
  }

  private async readOne(key: string, abortSignal: AbortSignal): Promise<StoredItem | undefined> {
    let response;
    try {
      response = await this.client
        .getBlobClient(blobNameForKey(key))
        .download(0, undefined, { abortSignal });
    } catch (error) {
      // No such blob, or no container at all: either way nothing is stored under the key.
      if (statusCodeOf(error) === 404) return undefined;
      throw error;
    }
    if (response.etag === undefined) throw new Error(`Azure sent no eTag for "${key}"`);
    const text = await readText(response.readableStreamBody, abortSignal);
    return { value: valueOfJson(text), eTag: response.etag };
  }

  private async upload(
    key: string,
    body: Buffer,
    condition: WriteCondition,
    abortSignal: AbortSignal,
  ): Promise<string> {
    try {
      const response = await this.client
        .getBlockBlobClient(blobNameForKey(key))
        .upload(body, body.byteLength, {
          abortSignal,
          blobHTTPHeaders: { blobContentType: 'application/json' },
          conditions:
            'ifMatch' in condition
              ? { ifMatch: condition.ifMatch }
              : 'ifAbsent' in condition
                ? { ifNoneMatch: '*' }
                : {},
        });
      if (response.etag === undefined) throw new Error(`Azure sent no eTag for "${key}"`);
      return response.etag;
    } catch (error) {
      if (!('overwrite' in condition) && isConditionFailure(error, condition)) {
        throw new ETagConflictError(key, condition);
      }
      throw error;
    }
  }

  private async ensureContainer(abortSignal: AbortSignal): Promise<void> {
    // Reading the container's properties needs less than creating it: an identity allowed only
    // on an existing container still opens it.
    if (!(await this.client.exists({ abortSignal }))) {
      await this.client.createIfNotExists({ abortSignal });
    }
  }

  private async call<T>(action: string, run: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.closed) {
      throw new StorageUnavailableError(
        'closed',
        `Storage: the store of blob container "${this.container}" is closed.`,
      );
    }
    try {
      return await withinBudget(this.budgetMs, run);
    } catch (error) {
      if (error instanceof ETagConflictError) throw error;
      throw blobFailure(error, this.describeCall(action));
    }
  }

  private describeCall(action: string): BlobCall {
    return {
      action,
      container: this.container,
      endpoint: this.endpoint,
      signIn: this.signIn,
      budgetMs: this.budgetMs,
    };
  }
}

/** a conditional write the service refused because its condition did not hold */
function isConditionFailure(
  error: unknown,
  condition: { ifMatch: string } | { ifAbsent: true },
): boolean {
  const status = statusCodeOf(error);
  if ('ifAbsent' in condition) return status === 409 || status === 412;
  // If-Match on a blob that is gone: 412 from Azure, 404 from some emulators.
  return status === 412 || (status === 404 && serviceCodeOf(error) === 'BlobNotFound');
}

async function readText(
  body: NodeJS.ReadableStream | undefined,
  abortSignal: AbortSignal,
): Promise<string> {
  if (body === undefined) return '';
  const chunks: Buffer[] = [];
  const stop = () => (body as NodeJS.ReadableStream & { destroy?(): void }).destroy?.();
  abortSignal.addEventListener('abort', stop, { once: true });
  try {
    for await (const chunk of body)
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  } finally {
    abortSignal.removeEventListener('abort', stop);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `task` for every item, at most `limit` at a time, results in the items' order */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
