import type { AdaptiveCardJson } from './json';
import { expandCard } from './templates';

/** What the bot does and what to type: sent on install and on "help". */
export function welcomeCard(): AdaptiveCardJson {
  return expandCard('welcome', {});
}
