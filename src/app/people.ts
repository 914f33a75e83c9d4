import { ChosenPerson } from '../cards';
import type { Person } from '../handoffs';
import { PEOPLE_WORDS } from '../words/handoffs';
import type { Turn } from './turn';

export type Chosen = { ok: true; person: Person } | { ok: false; problem: string };

/**
 * The person chosen (in a people picker, or @mentioned), as Teams knows them in this
 * conversation: their Teams id (which the card refreshes and the meeting notification need),
 * their Entra object id (which "my handoffs" finds them by) and their name. Whoever is not in
 * the conversation cannot be named: they would never see the card.
 */
export async function personHere(turn: Turn, id: string): Promise<Chosen> {
  const people = turn.deps.people;
  if (!people) return { ok: false, problem: PEOPLE_WORDS.cannotLookUp };
  const person = await people.find(id);
  return person ? { ok: true, person } : { ok: false, problem: PEOPLE_WORDS.notHere };
}

/**
 * The person a form's people picker sent (`value` is what it sent): nobody, or the one chosen
 * as found here.
 */
export async function personFromPicker(
  turn: Turn,
  value: unknown,
): Promise<{ ok: true; person?: Person } | { ok: false; problem: string }> {
  const chosen = ChosenPerson.safeParse(value);
  if (!chosen.success) return { ok: false, problem: PEOPLE_WORDS.onePerson };
  if (chosen.data === undefined) return { ok: true };
  return personHere(turn, chosen.data);
}

/** What a form shows of the person picked: the one chosen, or why they could not be. */
export function proposedToOnForm(
  named: { ok: true; person?: Person } | { ok: false; problem: string },
): { chosen?: Person; problem?: string } {
  if (!named.ok) return { problem: named.problem };
  return named.person === undefined ? {} : { chosen: named.person };
}
