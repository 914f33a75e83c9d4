/**
 * a write carried an eTag that no longer matches the stored item (it was changed or deleted
 * since it was read); the message keeps botbuilder's wording so existing checks still match
 */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';

  constructor(
    readonly key: string,
    readonly eTag: string,
  ) {
    super(
      `Storage: error writing "${key}" due to eTag conflict: the item was changed or deleted ` +
        `after it was read (the write expected eTag ${JSON.stringify(eTag)}). Read it again and retry.`,
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

/** the store could not be reached or did not answer; nothing of the failed call was kept */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}
