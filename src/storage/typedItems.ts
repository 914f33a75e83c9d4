import type { z } from 'zod';
import type { ItemStore, StoredItem, WriteCondition } from './itemStore';
import { ETagConflictError, UnstorableItemError } from './storageErrors';

/**
 * Items of known shapes over the storage port, for the domain's stores: every item is checked
 * against its zod schema when it is read and when it is written, changes are optimistic (read,
 * decide, write under the eTag read; on a conflict read and decide again), and an item that
 * fails its schema is set aside and reported instead of failing every later call. It imports
 * only the port and zod, so framework-free code may use it.
 */

/** What one attempt decided: write this item (and answer `result`), or leave it and answer. */
export type UpdateStep<T, R> = { write: T; result: R } | { result: R };

/** an item read and checked, with the eTag it was read at */
export interface CheckedItem<T> {
  readonly value: T;
  readonly eTag: string;
}

/** one thing a schema found wrong with an item, as zod reports it */
export interface ItemIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** a stored item that failed its schema: where it was copied, and what was wrong */
export interface CorruptItemReport {
  /** the key the damaged item was copied to, with the time and what was wrong */
  readonly setAsideAs: string;
  /** the eTag the damaged item had */
  readonly eTag: string;
  readonly issues: readonly ItemIssue[];
}

/** told once of every damaged item (each version of it), after it was copied aside */
export type OnCorrupt = (key: string, problem: CorruptItemReport) => void;

export interface TypedItemsOptions {
  onCorrupt?: OnCorrupt;
  /** the time a damaged item is set aside at (default: the system clock) */
  now?: () => Date;
  /** how often an update is tried before it fails with UpdateContentionError */
  attempts?: number;
  /** the longest wait before the second attempt; it doubles each time, up to a second */
  retryBackoffMs?: number;
}

/** How often an update is read and decided again after someone else wrote the item first. */
export const DEFAULT_UPDATE_ATTEMPTS = 10;
// Waits between attempts are random up to this, doubling: writers that met spread apart.
const DEFAULT_RETRY_BACKOFF_MS = 10;
const MAX_RETRY_BACKOFF_MS = 1_000;
// A report (and the copy) names the first few problems; one is usually the whole story.
const REPORTED_ISSUES = 10;

/** where a damaged item is copied: one copy per damaged version, whoever finds it first */
export const corruptItemKey = (key: string, eTag: string): string => `corrupt/${key}@${eTag}`;

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

/** an item to be written does not have the shape its key holds; nothing was written */
export class InvalidItemError extends Error {
  override readonly name = 'InvalidItemError';

  constructor(
    readonly key: string,
    readonly issues: readonly ItemIssue[],
  ) {
    super(`Storage: refused to write "${key}": ${describeIssues(issues)}.`);
  }
}

type ReadOutcome<T> =
  | { kind: 'valid'; value: T; eTag: string }
  | { kind: 'absent' }
  /** set aside: treated as absent, and replaced (if it is still there) by the next write */
  | { kind: 'corrupt'; eTag: string };

export class TypedItems {
  private readonly onCorrupt: OnCorrupt;
  private readonly now: () => Date;
  private readonly attempts: number;
  private readonly retryBackoffMs: number;

  constructor(
    private readonly items: ItemStore,
    options: TypedItemsOptions = {},
  ) {
    this.onCorrupt = options.onCorrupt ?? (() => undefined);
    this.now = options.now ?? (() => new Date());
    this.attempts = options.attempts ?? DEFAULT_UPDATE_ATTEMPTS;
    this.retryBackoffMs = options.retryBackoffMs ?? DEFAULT_RETRY_BACKOFF_MS;
  }

  /** the item, checked against `schema`; undefined when there is none or it was set aside */
  async read<S extends z.ZodType<object>>(
    key: string,
    schema: S,
  ): Promise<CheckedItem<z.output<S>> | undefined> {
    const outcome = await this.readChecked(key, schema);
    return outcome.kind === 'valid' ? { value: outcome.value, eTag: outcome.eTag } : undefined;
  }

  /** the items found and valid, by key, read in one call; damaged ones are set aside */
  async readMany<S extends z.ZodType<object>>(
    keys: readonly string[],
    schema: S,
  ): Promise<Map<string, z.output<S>>> {
    const valid = new Map<string, z.output<S>>();
    if (keys.length === 0) return valid;
    for (const [key, stored] of await this.items.read(keys)) {
      const outcome = await this.check(key, stored, schema);
      if (outcome.kind === 'valid') valid.set(key, outcome.value);
    }
    return valid;
  }

  /**
   * read → decide → write under the eTag read (a missing item is created only if still absent);
   * on a conflict, read and decide again, up to the attempts allowed. What `decide` asks to write
   * is checked against `schema` first: InvalidItemError, and nothing written, if it fails.
   */
  async update<S extends z.ZodType<object>, R>(
    key: string,
    schema: S,
    decide: (current: z.output<S> | undefined) => UpdateStep<z.output<S>, R>,
  ): Promise<R> {
    for (let attempt = 0; attempt < this.attempts; attempt++) {
      if (attempt > 0) await this.backOff(attempt);
      const current = await this.readChecked(key, schema);
      const step = decide(current.kind === 'valid' ? current.value : undefined);
      if (!('write' in step)) return step.result;
      const value = checkedForWrite(key, schema, step.write);
      const condition: WriteCondition =
        current.kind === 'absent' ? { ifAbsent: true } : { ifMatch: current.eTag };
      try {
        await this.items.write(key, value, condition);
        return step.result;
      } catch (error) {
        if (!(error instanceof ETagConflictError)) throw error;
      }
    }
    throw new UpdateContentionError(key, this.attempts);
  }

  async delete(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.items.delete(keys);
  }

  private async readChecked<S extends z.ZodType<object>>(
    key: string,
    schema: S,
  ): Promise<ReadOutcome<z.output<S>>> {
    const stored = (await this.items.read([key])).get(key);
    return stored === undefined ? { kind: 'absent' } : this.check(key, stored, schema);
  }

  private async check<S extends z.ZodType<object>>(
    key: string,
    stored: StoredItem,
    schema: S,
  ): Promise<ReadOutcome<z.output<S>>> {
    const parsed = schema.safeParse(stored.value);
    if (parsed.success) return { kind: 'valid', value: parsed.data, eTag: stored.eTag };
    await this.setAside(key, stored, issuesOf(parsed.error));
    return { kind: 'corrupt', eTag: stored.eTag };
  }

  /**
   * copies a damaged item aside, once per version: of the readers that find it, the one whose
   * copy is created reports it; the original stays until a write replaces it
   */
  private async setAside(key: string, stored: StoredItem, issues: ItemIssue[]): Promise<void> {
    const setAsideAs = corruptItemKey(key, stored.eTag);
    const copy = {
      key,
      eTag: stored.eTag,
      setAsideAt: this.now().toISOString(),
      issues,
      value: stored.value,
    };
    try {
      await this.items.write(setAsideAs, copy, { ifAbsent: true }).catch((error: unknown) => {
        // Text put there from outside can hold what JSON cannot store again (1e400 reads as
        // Infinity): the copy then says so instead.
        if (!(error instanceof UnstorableItemError)) throw error;
        const { value: _unstorable, ...rest } = copy;
        return this.items.write(
          setAsideAs,
          { ...rest, valueUnstorable: error.message },
          {
            ifAbsent: true,
          },
        );
      });
    } catch (error) {
      if (error instanceof ETagConflictError) return;
      throw error;
    }
    this.onCorrupt(key, { setAsideAs, eTag: stored.eTag, issues });
  }

  private backOff(attempt: number): Promise<void> {
    const longest = Math.min(MAX_RETRY_BACKOFF_MS, this.retryBackoffMs * 2 ** (attempt - 1));
    return new Promise((resolve) => setTimeout(resolve, Math.random() * longest));
  }
}

function checkedForWrite<S extends z.ZodType<object>>(
  key: string,
  schema: S,
  value: z.output<S>,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidItemError(key, issuesOf(parsed.error));
  return parsed.data;
}

function issuesOf(error: z.ZodError): ItemIssue[] {
  return error.issues.slice(0, REPORTED_ISSUES).map((issue) => ({
    code: issue.code,
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }));
}

function describeIssues(issues: readonly ItemIssue[]): string {
  return issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message)
    .join('; ');
}
