import { z } from 'zod';
// The port and the typed layer alone: the handoffs domain must not load a storage engine.
import type { ItemStore } from '../storage/itemStore';
import { TypedItems, type TypedItemsOptions } from '../storage/typedItems';
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

/** what a store is told and how it reports: `onCorrupt` hears of every damaged item set aside */
export type HandoffStoreOptions = TypedItemsOptions;

/**
 * Handoff records over the storage port (SQLite or Azure Blob). Every change is read → apply →
 * write with the eTag read, and a missing item is created only if it is still missing; when
 * someone else wrote first (this instance or another), the change is applied again to what
 * they wrote. So of two people accepting at once, exactly one becomes the owner and the other
 * is refused with who accepted first, and two handoffs indexed for one person at once are both
 * kept. A damaged record or index is set aside and reported, and treated as missing.
 */
export class HandoffStore {
  private readonly items: TypedItems;

  constructor(items: ItemStore, options: HandoffStoreOptions = {}) {
    this.items = new TypedItems(items, options);
  }

  async get(id: HandoffId): Promise<HandoffRecord | undefined> {
    return (await this.items.read(handoffKey(id), HandoffRecord))?.value;
  }

  /**
   * Stores a new handoff; one with the same id (the same request again) is kept as it is. A
   * handoff that could not be listed for its proposer is not kept either: it would be lost.
   */
  async create(record: HandoffRecord): Promise<{ created: boolean; record: HandoffRecord }> {
    const outcome = await this.items.update(handoffKey(record.id), HandoffRecord, (current) =>
      current === undefined
        ? { write: record, result: { created: true, record } }
        : { result: { created: false, record: current } },
    );
    try {
      await this.index(outcome.record.proposedBy, outcome.record.id);
      if (outcome.record.proposedTo) await this.index(outcome.record.proposedTo, outcome.record.id);
    } catch (error) {
      if (outcome.created) await this.remove(record.id).catch(() => undefined);
      throw error;
    }
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
    const outcome = await this.items.update(
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
    const index = (await this.items.read(userIndexKey(person), UserIndex))?.value;
    if (!index || index.ids.length === 0) return [];
    const records = await this.items.readMany(index.ids.map(handoffKey), HandoffRecord);
    return [...records.values()]
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
    await this.items.delete([handoffKey(id)]);
  }

  private async index(person: Person, id: HandoffId): Promise<void> {
    await this.items.update(userIndexKey(person), UserIndex, (current) => {
      const ids = current?.ids ?? [];
      if (ids.includes(id)) return { result: undefined };
      return { write: { ids: [...ids, id].slice(-USER_INDEX_LIMIT) }, result: undefined };
    });
  }
}
