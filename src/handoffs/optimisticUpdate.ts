import type { Storage, StoreItem } from 'botbuilder';
import type { z } from 'zod';
// The error module alone: the handoffs domain must not load a storage engine.
import { ETagConflictError } from '../storage/storageErrors';

/** What one attempt decided: write this item (and answer `result`), or leave it and answer. */
export type UpdateStep<T, R> = { write: T; result: R } | { result: R };

/** How often an update is re-read and re-applied after someone else wrote the item first. */
export const DEFAULT_UPDATE_ATTEMPTS = 8;

/** the item kept changing under every attempt; nothing was written */
export class UpdateContentionError extends Error {
  override readonly name = 'UpdateContentionError';

  constructor(
    readonly key: string,
    readonly attempts: number,
  ) {
    super(
      `Storage: "${key}" was changed by someone else during each of ${attempts} attempts to ` +
        'update it; nothing was written. Try again.',
    );
  }
}

/** a stored item that does not have the shape its key promises */
export class CorruptItemError extends Error {
  override readonly name = 'CorruptItemError';

  constructor(
    readonly key: string,
    problem: string,
  ) {
    super(`Storage: the item "${key}" is not valid (${problem}); it was left as it is.`);
  }
}

/**
 * Optimistic concurrency over botbuilder `Storage`: read the item with its eTag, decide, write
 * with that eTag; if someone wrote it in between (an eTag conflict), read it again and decide
 * again, a bounded number of times. A missing item is created without an eTag: Storage offers
 * no "create only if absent", so callers that create items others may create at the same
 * moment serialise those updates (KeyedLock) within the process.
 */
export async function updateItem<S extends z.ZodType<object>, R>(
  storage: Storage,
  key: string,
  schema: S,
  decide: (current: z.output<S> | undefined) => UpdateStep<z.output<S>, R>,
  attempts = DEFAULT_UPDATE_ATTEMPTS,
): Promise<R> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const { item, eTag } = await readItem(storage, key, schema);
    const step = decide(item);
    if (!('write' in step)) return step.result;
    try {
      const stored: StoreItem = { ...step.write, eTag: eTag ?? '*' };
      await storage.write({ [key]: stored });
      return step.result;
    } catch (error) {
      if (!isETagConflict(error)) throw error;
    }
  }
  throw new UpdateContentionError(key, attempts);
}

/** One item, checked against its schema, with the eTag it was read at. */
export async function readItem<S extends z.ZodType<object>>(
  storage: Storage,
  key: string,
  schema: S,
): Promise<{ item: z.output<S> | undefined; eTag: string | undefined }> {
  const raw: unknown = (await storage.read([key]))[key];
  if (raw === undefined || raw === null) return { item: undefined, eTag: undefined };
  return { item: parseItem(key, schema, raw), eTag: eTagOf(raw) };
}

/** A stored item checked against its schema (the eTag and any unknown keys dropped). */
export function parseItem<S extends z.ZodType<object>>(
  key: string,
  schema: S,
  raw: unknown,
): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new CorruptItemError(key, `${where}${issue?.message ?? 'unreadable'}`);
  }
  return parsed.data;
}

function eTagOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('eTag' in raw)) return undefined;
  return typeof raw.eTag === 'string' && raw.eTag !== '' && raw.eTag !== '*' ? raw.eTag : undefined;
}

// Our stores throw ETagConflictError; botbuilder's MemoryStorage throws a plain Error whose
// message ETagConflictError keeps.
function isETagConflict(error: unknown): boolean {
  return (
    error instanceof ETagConflictError ||
    (error instanceof Error && error.message.includes('due to eTag conflict'))
  );
}
