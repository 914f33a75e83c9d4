import type { Storage } from 'botbuilder';
import { KeyedLock, readItem, updateItem } from '../handoffs';
import { type Place, TenantPlaces } from './place';
import type { PlaceChanges, PlaceEvent } from './placeEvents';
import { placeDisplayName } from './words';

/** One item per tenant holds every place the bot is in there. */
export const placesKey = (tenantId: string): string => `places/${tenantId}`;

/** A tenant with more places than this forgets the ones it learned of first. */
const PLACES_LIMIT = 1_000;

/**
 * The team channels, group chats and meeting chats the bot is in, remembered durably through
 * the same Storage as the state and changed with eTag checks, so that events handled at the
 * same time on different instances do not undo each other.
 */
export class PlaceStore {
  private readonly lock = new KeyedLock();

  constructor(private readonly storage: Storage) {}

  async apply({ tenantId, events }: PlaceChanges): Promise<void> {
    const key = placesKey(tenantId);
    await this.lock.run(key, () =>
      updateItem(this.storage, key, TenantPlaces, (current) => {
        const before = current?.places ?? [];
        const after = events.reduce(applyEvent, before).slice(-PLACES_LIMIT);
        const unchanged = JSON.stringify(after) === JSON.stringify(before);
        return unchanged ? { result: undefined } : { write: { places: after }, result: undefined };
      }),
    );
  }

  /** Every place in the tenant, in the order of the names people see. */
  async list(tenantId: string): Promise<Place[]> {
    const { item } = await readItem(this.storage, placesKey(tenantId), TenantPlaces);
    return [...(item?.places ?? [])].sort((a, b) =>
      placeDisplayName(a).localeCompare(placeDisplayName(b), 'en', { sensitivity: 'base' }),
    );
  }

  async find(tenantId: string, placeId: string): Promise<Place | undefined> {
    const { item } = await readItem(this.storage, placesKey(tenantId), TenantPlaces);
    return item?.places.find((place) => place.id === placeId);
  }
}

function applyEvent(places: Place[], event: PlaceEvent): Place[] {
  switch (event.kind) {
    case 'remember': {
      const known = places.find((place) => place.id === event.place.id);
      // A rename keeps when the bot arrived; anything else new replaces what was known.
      const place = known ? { ...event.place, since: known.since } : event.place;
      return [...places.filter((other) => other.id !== place.id), place];
    }
    case 'forget':
      return places.filter((place) => place.id !== event.placeId);
    case 'forgetTeam':
      return places.filter((place) => place.team?.id !== event.teamId);
    case 'renameTeam':
      return places.map((place) =>
        place.team?.id === event.teamId
          ? { ...place, team: { id: event.teamId, name: event.name } }
          : place,
      );
  }
}
