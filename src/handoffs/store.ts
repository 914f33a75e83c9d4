import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { KeyedLock } from './keyedLock';
import { parseItem, readItem, updateItem } from './optimisticUpdate';
import { HandoffId, HandoffRecord, isOpen, type Person, samePerson } from './record';
import { applyAction, type HandoffRequest, type TransitionResult } from './transitions';

/** Storage keys: one item per handoff, one index per person for "my handoffs". */
export const handoffKey = (id: HandoffId): string => `handoffs/${id}`;
export const userIndexKey = (person: Person): string =>
  `handoffsByUser/${person.aadObjectId ?? person.id}`;

/**
 * The handoffs a person proposed, was proposed or accepted, oldest first; the records say which
 * still are.
 */
const UserIndex = z.object({ ids: z.array(HandoffId) });
type UserIndex = z.infer<typeof UserIndex>;
/** Older entries drop off: "my handoffs" is about what is open now. */
const USER_INDEX_LIMIT = 200;

export type ActOutcome = { found: false } | ({ found: true } & TransitionResult);

/**
 * Handoff records over botbuilder `Storage` (SQLite or Azure Blob). Every change is read →
 * apply → write with the eTag read; when someone else wrote first, the change is re-applied
 * to what they wrote. So of two people accepting at once, exactly one becomes the owner and
 * the other is refused with who accepted first.
 */
export class HandoffStore {
  private readonly indexLock = new KeyedLock();

  constructor(private readonly storage: Storage) {}

  async get(id: HandoffId): Promise<HandoffRecord | undefined> {
    return (await readItem(this.storage, handoffKey(id), HandoffRecord)).item;
  }

  /** Stores a new handoff; one with the same id (the same request again) is kept as it is. */
  async create(record: HandoffRecord): Promise<{ created: boolean; record: HandoffRecord }> {
    const outcome = await updateItem(
      this.storage,
      handoffKey(record.id),
      HandoffRecord,
      (current) =>
        current === undefined
          ? { write: record, result: { created: true, record } }
          : { result: { created: false, record: current } },
    );
    await this.index(outcome.record.proposedBy, outcome.record.id);
    if (outcome.record.proposedTo) await this.index(outcome.record.proposedTo, outcome.record.id);
    return outcome;
  }

  /** Applies what `actor` asked, retrying on conflicts, and says what became of it. */
  async act(
    id: HandoffId,
    request: HandoffRequest,
    actor: Person,
    now: Date,
    requestId: string,
  ): Promise<ActOutcome> {
    const outcome = await updateItem(
      this.storage,
      handoffKey(id),
      HandoffRecord,
      (current): { write: HandoffRecord; result: ActOutcome } | { result: ActOutcome } => {
        if (current === undefined) return { result: { found: false } };
        const result = applyAction(current, request, actor, now, requestId);
        const found: ActOutcome = { found: true, ...result };
        return result.ok && result.changed
          ? { write: result.record, result: found }
          : { result: found };
      },
    );
    // Also on a repeated request: indexing is idempotent, and a retry repairs a lost index write.
    if (outcome.found && outcome.ok && outcome.record.owner) {
      await this.index(outcome.record.owner, id);
    }
    if (outcome.found && outcome.ok && outcome.record.proposedTo) {
      await this.index(outcome.record.proposedTo, id);
    }
    return outcome;
  }

  /** The open handoffs `person` proposed, owns or is proposed, the most recently changed first. */
  async openFor(person: Person): Promise<HandoffRecord[]> {
    const { item: index } = await readItem(this.storage, userIndexKey(person), UserIndex);
    if (!index || index.ids.length === 0) return [];
    const keys = index.ids.map(handoffKey);
    const items = await this.storage.read(keys);
    return keys
      .flatMap((key) => (items[key] ? [parseItem(key, HandoffRecord, items[key])] : []))
      .filter(
        (record) =>
          isOpen(record) &&
          (samePerson(record.proposedBy, person) ||
            (record.owner !== null && samePerson(record.owner, person)) ||
            (record.proposedTo !== null && samePerson(record.proposedTo, person))),
      )
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Forgets a handoff whose card could not be posted. */
  async remove(id: HandoffId): Promise<void> {
    await this.storage.delete([handoffKey(id)]);
  }

  private async index(person: Person, id: HandoffId): Promise<void> {
    const key = userIndexKey(person);
    await this.indexLock.run(key, () =>
      updateItem(this.storage, key, UserIndex, (current) => {
        const ids = current?.ids ?? [];
        if (ids.includes(id)) return { result: undefined };
        const write: UserIndex = { ids: [...ids, id].slice(-USER_INDEX_LIMIT) };
        return { write, result: undefined };
      }),
    );
  }
}
