import { z } from 'zod';
import { ETagConflictError } from '../storage/storageErrors';
import { UpdateContentionError } from '../storage/typedItems';
import type { ItemStore, StoredItem, WriteCondition } from '../storage/itemStore';

/**
 * Teams delivers an activity again when the bot is slow to answer, sometimes while the first
 * delivery is still running, possibly on another instance. Each conversation keeps the ids of
 * the activities it recently took: a delivery whose id was taken already (finished, or still
 * running) changes nothing and posts nothing.
 */

/** A claim on an activity still running after this long is taken to have died with its instance. */
export const RUNNING_CLAIM_LEASE_MS = 60_000;
/** Teams redelivers within minutes: the ids of this many recent activities are kept. */
const KEPT_CLAIMS = 100;
const CLAIM_ATTEMPTS = 8;

const Claim = z.object({ id: z.string(), at: z.number(), done: z.boolean() });
const Claims = z.object({ claims: z.array(Claim) });
type Claims = z.infer<typeof Claims>;

export const deliveriesKey = (channelId: string, conversationId: string): string =>
  `${channelId}/deliveries/${conversationId}`;

export class Deliveries {
  constructor(
    private readonly items: ItemStore,
    private readonly now: () => Date,
  ) {}

  /**
   * Takes the activity for this delivery: undefined when another delivery of it has it (or had
   * it), otherwise the conversation's deliveries as this claim wrote them, for `finish` or
   * `release` to start from. `known` is the item as already read with the turn's state. Both
   * save a read.
   */
  async claim(
    key: string,
    activityId: string,
    known?: StoredItem,
  ): Promise<StoredItem | undefined> {
    let current = known;
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const claims = readClaims(current);
      const at = this.now().getTime();
      const held = claims.find((claim) => claim.id === activityId);
      if (held && (held.done || at - held.at < RUNNING_CLAIM_LEASE_MS)) return undefined;
      const kept = claims.filter((claim) => claim.id !== activityId).slice(-(KEPT_CLAIMS - 1));
      const next: Claims = { claims: [...kept, { id: activityId, at, done: false }] };
      const eTag = await this.tryWrite(key, next, current);
      if (eTag !== undefined) return { value: next, eTag };
      current = (await this.items.read([key])).get(key);
    }
    throw new UpdateContentionError(key, CLAIM_ATTEMPTS);
  }

  /** The activity was handled: a later delivery of it is a duplicate however late it comes. */
  finish(key: string, activityId: string, claimed?: StoredItem): Promise<void> {
    return this.change(
      key,
      (claims) =>
        claims.map((claim) => (claim.id === activityId ? { ...claim, done: true } : claim)),
      claimed,
    );
  }

  /** The turn failed: a delivery of it again (Teams retries) is handled afresh. */
  release(key: string, activityId: string, claimed?: StoredItem): Promise<void> {
    return this.change(key, (claims) => claims.filter((claim) => claim.id !== activityId), claimed);
  }

  /** `known`, when given, is tried first; after a conflict the item is read again. */
  private async change(
    key: string,
    edit: (claims: Claims['claims']) => Claims['claims'],
    known: StoredItem | undefined,
  ) {
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const current = attempt === 0 && known ? known : (await this.items.read([key])).get(key);
      const next = { claims: edit(readClaims(current)) };
      if ((await this.tryWrite(key, next, current)) !== undefined) return;
    }
    throw new UpdateContentionError(key, CLAIM_ATTEMPTS);
  }

  /** the new eTag, or undefined when the item changed since `current` was read */
  private async tryWrite(
    key: string,
    next: Claims,
    current: StoredItem | undefined,
  ): Promise<string | undefined> {
    const condition: WriteCondition = current ? { ifMatch: current.eTag } : { ifAbsent: true };
    try {
      return await this.items.write(key, next, condition);
    } catch (error) {
      if (error instanceof ETagConflictError) return undefined;
      throw error;
    }
  }
}

/** The claims stored, or none when what is stored cannot be read (it is then replaced). */
function readClaims(item: StoredItem | undefined): Claims['claims'] {
  const parsed = Claims.safeParse(item?.value);
  return parsed.success ? parsed.data.claims : [];
}
