import type { AdaptiveCardJson } from './json';
import { expandCard } from './templates';

export interface ProblemCardInput {
  /** what went wrong, in a few words */
  title: string;
  /** what was wrong and what to do instead; the bot's own words */
  problem: string;
}

/** Says what was wrong with a button's data, and offers a fresh start. */
export function problemCard({ title, problem }: ProblemCardInput): AdaptiveCardJson {
  return expandCard('problem', { title, problem });
}
