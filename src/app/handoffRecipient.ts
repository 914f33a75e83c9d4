import type { Person } from '../handoffs';
import { PEOPLE_WORDS } from '../words/handoffs';
import type { Mention } from './events';
import { personHere } from './people';
import type { Turn } from './turn';

/** "handoff Contoso, GPU … to @Jane": the person after "to" (an @mention). */
const TO_BEFORE = /(?:^|\s)to\s*$/i;
/**
 * "… to Jane" or "… to Jane Doe" at the end: a person named in words, not @mentioned (a name
 * has lower-case letters: "to CSA" names a role, not a person).
 */
const TO_A_NAME = /(?:^|\s)to\s+(\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'-]*)?)\s*$/u;

export type Recipient =
  /** the text without "to @Jane", and Jane as Teams knows her in this conversation */
  { ok: true; rest: string; to?: Person } | { ok: false; problem: string };

/**
 * Whom "handoff … to @Jane" names, looked up in this conversation, and the rest of the text
 * (the description) without them. Other @mentions are left in the text, as said.
 */
export async function recipientIn(
  turn: Turn,
  text: string,
  mentions: readonly Mention[],
  onePerson: string,
): Promise<Recipient> {
  const at = mentions
    .map((mention) => ({ mention, index: text.indexOf(mention.text) }))
    .filter(({ index }) => index >= 0)
    .sort((a, b) => a.index - b.index);
  const first = at.findIndex(({ index }) => TO_BEFORE.test(text.slice(0, index)));
  if (first === -1) {
    // "… to Jane" typed without an @mention names nobody Teams knows: say so, post nothing.
    const typed = TO_A_NAME.exec(text)?.[1];
    return typed
      ? { ok: false, problem: PEOPLE_WORDS.mentionThem(typed) }
      : { ok: true, rest: text };
  }
  // "to @Jane and @Lee": a handoff goes to one person.
  if (at.length > first + 1) return { ok: false, problem: onePerson };
  const { mention, index } = at[first]!;
  const lead = TO_BEFORE.exec(text.slice(0, index))!;
  const rest = `${text.slice(0, index - lead[0].length)} ${text.slice(index + mention.text.length)}`;
  const person = mention.person;
  const found = await personHere(turn, person.aadObjectId ?? person.id);
  if (!found.ok) return found;
  return { ok: true, rest: rest.replace(/\s+/g, ' ').trim(), to: found.person };
}
