import { z } from 'zod';

/** A place remembers this many people at most; the ones it learned of first are forgotten first. */
export const PEOPLE_PER_PLACE_LIMIT = 500;

const ID_MAX_LENGTH = 512;
const Id = z.string().min(1).max(ID_MAX_LENGTH);

/**
 * Someone in a place, as Teams names them on an activity: the Teams user id ("29:…") and,
 * when Teams sends it, the Entra object id.
 */
export const Member = z.object({ id: Id, aadObjectId: Id.optional() });
export type Member = z.infer<typeof Member>;

/** The people the bot has seen in one place, by memberKey, the first seen first. */
export const PlacePeople = z.object({ people: z.array(Id) });
export type PlacePeople = z.infer<typeof PlacePeople>;

/**
 * Who an activity's account is, or undefined for none Teams named properly. Accounts come
 * from Teams; they are checked all the same, so a stored list never holds an id it would refuse.
 */
export function memberOf(account: unknown): Member | undefined {
  const parsed = z.looseObject({ id: Id, aadObjectId: z.string().optional() }).safeParse(account);
  if (!parsed.success) return undefined;
  const aadObjectId = Id.safeParse(parsed.data.aadObjectId);
  return {
    id: parsed.data.id,
    ...(aadObjectId.success ? { aadObjectId: aadObjectId.data } : {}),
  };
}

/**
 * The id a place remembers someone by: the Entra object id, the same whichever app sees them;
 * else the Teams user id.
 */
export function memberKey(member: Member): string {
  return member.aadObjectId ?? member.id;
}

/** Whether someone is among the people remembered, by either id Teams gives them. */
export function isAmong(people: readonly string[], member: Member): boolean {
  return idsOf(member).some((id) => people.includes(id));
}

/** The people with those not yet known added last, keeping the newest within the limit. */
export function withMembers(people: readonly string[], members: readonly Member[]): string[] {
  const added: string[] = [];
  for (const member of members) {
    if (!isAmong(people, member) && !isAmong(added, member)) added.push(memberKey(member));
  }
  return [...people, ...added].slice(-PEOPLE_PER_PLACE_LIMIT);
}

/** The people without these members, whichever of their ids they were remembered by. */
export function withoutMembers(people: readonly string[], members: readonly Member[]): string[] {
  const leaving = new Set(members.flatMap(idsOf));
  return people.filter((id) => !leaving.has(id));
}

function idsOf(member: Member): string[] {
  return member.aadObjectId === undefined ? [member.id] : [member.aadObjectId, member.id];
}
