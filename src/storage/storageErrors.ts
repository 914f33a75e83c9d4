/**
 * What storage reports when a call fails. Each error says, for the operator, what happened and
 * what to fix; the codes (`reason`, the condition) are for the words people read in chat.
 */

/** the write's condition that no longer held */
export type ConflictingCondition = { readonly ifMatch: string } | { readonly ifAbsent: true };

/**
 * a conditional write found the item not as expected: changed or deleted since it was read
 * (`ifMatch`), or created by someone else first (`ifAbsent`). Nothing was written; read the item
 * again and decide again. The message keeps botbuilder's wording ("due to eTag conflict").
 */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';

  constructor(
    readonly key: string,
    readonly condition: ConflictingCondition,
  ) {
    super(
      'ifMatch' in condition
        ? `Storage: error writing "${key}" due to eTag conflict: the item was changed or deleted ` +
            `after it was read (the write expected eTag ${JSON.stringify(condition.ifMatch)}). ` +
            'Read it again and retry.'
        : `Storage: error writing "${key}" due to eTag conflict: someone else created the item ` +
            'first (the write was to create it). Read it and retry.',
    );
  }
}

/** a write or a key that storage cannot keep faithfully; nothing was written */
export class UnstorableItemError extends Error {
  override readonly name = 'UnstorableItemError';

  constructor(
    readonly key: string,
    problem: string,
  ) {
    super(`Storage: cannot store "${key}": ${problem}`);
  }
}

/**
 * Why the store could not serve a call:
 * - `unreachable`: no connection, or the server failed (HTTP 5xx);
 * - `timeout`: no answer within the call's time budget, or the database stayed locked;
 * - `refused`: the credentials or the identity were refused, or no token could be had;
 * - `full`: the disk (or the database's size limit) is full;
 * - `corrupt`: the database file is damaged or is not a database;
 * - `readOnly`: the database cannot be written;
 * - `ioError`: the disk reported an error;
 * - `closed`: the store was closed (the process is shutting down).
 */
export const STORAGE_UNAVAILABLE_REASONS = [
  'unreachable',
  'timeout',
  'refused',
  'full',
  'corrupt',
  'readOnly',
  'ioError',
  'closed',
] as const;
export type StorageUnavailableReason = (typeof STORAGE_UNAVAILABLE_REASONS)[number];

/**
 * the store could not serve the call. A call refused before it reached the store kept nothing; a
 * write that ran out of time may still have landed (the server can have taken it before the
 * answer was lost), so read before deciding again, as conditional writes do.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';

  constructor(
    readonly reason: StorageUnavailableReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** An error and the errors it was caused by, nearest first (at most ten deep). */
export function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && chain.length < 10;) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}
