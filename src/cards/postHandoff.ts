import type { PartialFacts, Recommendation } from '../rubric';
import { OWNER_LABELS } from '../words/rubric';
import type { AdaptiveCardJson } from './json';
import { expandCard } from './templates';
import { noOwnerLabel } from './words';

/** A place the handoff can be posted into, by the name people know it by. */
export interface PlaceChoice {
  id: string;
  name: string;
}

export interface PostHandoffCardInput {
  facts: PartialFacts;
  recommendation: Recommendation;
  /** where it can go; none: the card says how to add the bot somewhere */
  places: readonly PlaceChoice[];
  /** why the last "Post" did not post, shown on top */
  problem?: string;
  /** the place it was just posted into: the card then confirms instead of asking */
  postedIn?: string;
  /** the place chosen before, kept selected */
  chosen?: string;
}

/**
 * A list people can scan, and room to spare under Teams' message size with the longest names;
 * the places first in alphabetical order are listed.
 */
const PLACES_SHOWN = 50;

/** Where to post a handoff (personal chat): a choice of places and "Post", or that it was posted. */
export function postHandoffCard(input: PostHandoffCardInput): AdaptiveCardJson {
  const { facts, recommendation, places, problem, postedIn, chosen } = input;
  const account = facts.account?.trim() ?? '';
  const choices = places
    .slice(0, PLACES_SHOWN)
    .map((place) => ({ title: place.name, value: place.id }));
  const posted = postedIn !== undefined;
  return expandCard('postHandoff', {
    has: {
      account: account.length > 0,
      // Asked once, and optional: the handoff goes out with or without it.
      askAccount: account.length === 0 && !posted && choices.length > 0,
      problem: Boolean(problem),
      places: !posted && choices.length > 0,
      noPlaces: !posted && choices.length === 0,
      posted,
    },
    account,
    ownerLabel:
      recommendation.owner === null
        ? noOwnerLabel(recommendation.supportOption.option)
        : OWNER_LABELS[recommendation.owner],
    problem: problem ?? '',
    places: choices,
    chosen: choices.some((choice) => choice.value === chosen) ? (chosen ?? '') : '',
    postedIn: postedIn ?? '',
    postData: { facts },
  });
}
