// The port and the typed layer alone: the places domain must not load a storage engine.
import type { ItemStore } from '../storage/itemStore';
import { TypedItems, type TypedItemsOptions } from '../storage/typedItems';
import { type Place, TenantPlaces } from './place';
import {
  isPeopleEvent,
  type PeopleEvent,
  type PlaceChanges,
  type PlaceListEvent,
} from './placeEvents';
import type { Member } from './placePeople';
import { PlacePeopleStore } from './placePeopleStore';
import { placeDisplayName } from './words';

/** One item per tenant holds every place the bot is in there. */
export const placesKey = (tenantId: string): string => `places/${tenantId}`;

/** A tenant with more places than this forgets the ones it learned of first. */
const PLACES_LIMIT = 1_000;

/** What someone may do with a place they name: post there, or why not. */
export type PlaceAccess =
  | { access: 'member'; place: Place }
  /** the bot is there, but has never seen this person there */
  | { access: 'notMember' }
  /** the bot is not (or no longer) there */
  | { access: 'gone' };

/** what a store is told and how it reports: `onCorrupt` hears of every damaged item set aside */
export type PlaceStoreOptions = TypedItemsOptions;

/**
 * The team channels, group chats and meeting chats the bot is in, and who it has seen in
 * each, remembered durably through the storage port and changed with eTag checks (a tenant's
 * first place is created only if no other instance created the list first), so that events
 * handled at the same time on different instances do not undo each other. A damaged list is
 * set aside and reported, and the tenant starts again with an empty one.
 */
export class PlaceStore {
  private readonly items: TypedItems;
  private readonly people: PlacePeopleStore;

  constructor(items: ItemStore, options: PlaceStoreOptions = {}) {
    this.items = new TypedItems(items, options);
    this.people = new PlacePeopleStore(items, options);
  }

  async apply({ tenantId, events }: PlaceChanges): Promise<void> {
    const listEvents = events.filter((event): event is PlaceListEvent => !isPeopleEvent(event));
    // Someone seen in a chat leaves the tenant's list alone: it is not even read.
    const places = listEvents.length > 0 ? await this.changeList(tenantId, listEvents) : undefined;
    for (const event of events.filter(isPeopleEvent)) {
      await this.changePeople(tenantId, event, places);
    }
  }

  /** Every place in the tenant, in the order of the names people see; not for showing anyone. */
  async list(tenantId: string): Promise<Place[]> {
    return byName(await this.all(tenantId));
  }

  /** The places in the tenant where the bot has seen this person, by name: where they may post. */
  async listFor(tenantId: string, member: Member): Promise<Place[]> {
    const places = await this.all(tenantId);
    const theirs = await this.people.placesWith(
      tenantId,
      places.map((place) => place.id),
      member,
    );
    return byName(places.filter((place) => theirs.has(place.id)));
  }

  /** Whether this person may post into the place they name: the id alone proves nothing. */
  async accessTo(tenantId: string, placeId: string, member: Member): Promise<PlaceAccess> {
    const place = (await this.all(tenantId)).find((known) => known.id === placeId);
    if (!place) return { access: 'gone' };
    const theirs = await this.people.placesWith(tenantId, [place.id], member);
    return theirs.has(place.id) ? { access: 'member', place } : { access: 'notMember' };
  }

  private async all(tenantId: string): Promise<Place[]> {
    return (await this.items.read(placesKey(tenantId), TenantPlaces))?.value.places ?? [];
  }

  /** Applies the events to the tenant's places; the people of places forgotten go with them. */
  private async changeList(tenantId: string, events: PlaceListEvent[]): Promise<Place[]> {
    const { after, forgotten } = await this.items.update(
      placesKey(tenantId),
      TenantPlaces,
      (current) => {
        const before = current?.places ?? [];
        const after = events.reduce(applyEvent, before).slice(-PLACES_LIMIT);
        const kept = new Set(after.map((place) => place.id));
        const result = {
          after,
          forgotten: before.map((place) => place.id).filter((id) => !kept.has(id)),
        };
        const unchanged = JSON.stringify(after) === JSON.stringify(before);
        return unchanged ? { result } : { write: { places: after }, result };
      },
    );
    await this.people.forgetPlaces(tenantId, forgotten);
    return after;
  }

  private async changePeople(
    tenantId: string,
    event: PeopleEvent,
    places: Place[] | undefined,
  ): Promise<void> {
    switch (event.kind) {
      case 'seen':
        return this.people.see(tenantId, event.placeId, event.people);
      case 'left':
        return this.people.forgetMembers(tenantId, [event.placeId], event.people);
      case 'leftTeam': {
        const known = places ?? (await this.all(tenantId));
        const teamPlaces = known.filter((place) => place.team?.id === event.teamId);
        const placeIds = teamPlaces.map((place) => place.id);
        return this.people.forgetMembers(tenantId, placeIds, event.people);
      }
    }
  }
}

function byName(places: readonly Place[]): Place[] {
  return [...places].sort((a, b) =>
    placeDisplayName(a).localeCompare(placeDisplayName(b), 'en', { sensitivity: 'base' }),
  );
}

function applyEvent(places: Place[], event: PlaceListEvent): Place[] {
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
