import type { Person } from '../handoffs';
import type { JsonObject } from './json';
import { personName } from '../words/handoffs';

/** Characters a TextBlock would read as markdown or markup around a name. */
const MARKUP_CHARACTERS = /[\\`*_[\]()<>#~|!{}]/g;

/** An Adaptive Card @mention: the text in the TextBlock and the entity Teams resolves it with. */
export interface CardMention {
  /** `<at>Jane Doe</at>`: exactly the text the entity names */
  readonly text: string;
  readonly entity: JsonObject;
}

/**
 * The mention of a person on a card. Teams shows the name as a mention and notifies them. A
 * mention lives in a TextBlock, which reads markdown, so the name loses whatever would be read
 * as markup: a display name is shown, never interpreted.
 */
export function mentionOf(person: Person): CardMention {
  const name = personName(person).replace(MARKUP_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  const text = `<at>${name || 'Someone'}</at>`;
  return {
    text,
    entity: { type: 'mention', text, mentioned: { id: person.id, name: person.name } },
  };
}
