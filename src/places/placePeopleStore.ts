// The port and the typed layer alone: the places domain must not load a storage engine.
import type { ItemStore } from '../storage/itemStore';
import { TypedItems, type TypedItemsOptions } from '../storage/typedItems';
import { isAmong, type Member, PlacePeople, withMembers, withoutMembers } from './placePeople';

/**
 * One item per place holds who the bot has seen there: kept apart from the tenant's list of
 * places, so that someone's first message in one chat neither rewrites nor races with the
 * places of the whole tenant.
 */
export const placePeopleKey = (tenantId: string, placeId: string): string =>
  `placePeople/${tenantId}/${placeId}`;

/**
 * Who is in each place, changed with eTag checks like the places themselves. A damaged list
 * of people is set aside and reported, and the place starts again with nobody known.
 */
export class PlacePeopleStore {
  private readonly items: TypedItems;

  constructor(items: ItemStore, options: TypedItemsOptions = {}) {
    this.items = new TypedItems(items, options);
  }

  /** Someone already known costs one read and no write: this runs on every shared turn. */
  async see(tenantId: string, placeId: string, members: readonly Member[]): Promise<void> {
    await this.change(tenantId, placeId, (people) => withMembers(people, members));
  }

  async forgetMembers(
    tenantId: string,
    placeIds: readonly string[],
    members: readonly Member[],
  ): Promise<void> {
    for (const placeId of placeIds) {
      await this.change(tenantId, placeId, (people) => withoutMembers(people, members));
    }
  }

  /** A place the bot has left keeps nobody: if the bot comes back, people are learned anew. */
  async forgetPlaces(tenantId: string, placeIds: readonly string[]): Promise<void> {
    if (placeIds.length === 0) return;
    await this.items.delete(placeIds.map((placeId) => placePeopleKey(tenantId, placeId)));
  }

  /** Which of these places the member has been seen in, read in one call. */
  async placesWith(
    tenantId: string,
    placeIds: readonly string[],
    member: Member,
  ): Promise<Set<string>> {
    if (placeIds.length === 0) return new Set();
    const keyOf = (placeId: string) => placePeopleKey(tenantId, placeId);
    const found = await this.items.readMany(placeIds.map(keyOf), PlacePeople);
    const isIn = (placeId: string): boolean => {
      const people = found.get(keyOf(placeId))?.people;
      return people !== undefined && isAmong(people, member);
    };
    return new Set(placeIds.filter(isIn));
  }

  private async change(
    tenantId: string,
    placeId: string,
    change: (people: string[]) => string[],
  ): Promise<void> {
    await this.items.update(placePeopleKey(tenantId, placeId), PlacePeople, (current) => {
      const before = current?.people ?? [];
      const after = change(before);
      const unchanged = JSON.stringify(after) === JSON.stringify(before);
      return unchanged ? { result: undefined } : { write: { people: after }, result: undefined };
    });
  }
}
