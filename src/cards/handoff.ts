import {
  type PartialFacts,
  type Link,
  type Owner,
  OWNER_LABELS,
  type Recommendation,
} from '../rubric';
import type { AdaptiveCardJson } from './json';
import { expandCard } from './templates';
import { NEXT_STEPS, SUMMARY_TITLES } from './words';

/** The personas a handoff speaks to, one next-step line each. */
const PERSONAS = ['SE', 'CSAM', 'CSA'] as const satisfies readonly Owner[];
const TOP_LINKS = 3;

export interface HandoffCardInput {
  /** the facts decided on (those the rules never reached may be absent) */
  facts: PartialFacts;
  recommendation: Recommendation;
}

/** A compact handoff for a meeting chat or a channel: who owns it and what each persona does. */
export function handoffCard({ facts, recommendation: r }: HandoffCardInput): AdaptiveCardJson {
  const account = facts.account?.trim() ?? '';
  const links = topLinks(r);
  return expandCard('handoff', {
    has: { account: account.length > 0, links: links.length > 0 },
    account,
    ownerLabel: OWNER_LABELS[r.owner],
    split: [
      { title: SUMMARY_TITLES.tier, value: r.tier },
      { title: SUMMARY_TITLES.tierOwner, value: r.tierRoles.owner },
      { title: SUMMARY_TITLES.csaInvolvement, value: r.tierRoles.csaInvolvement },
    ],
    nextSteps: PERSONAS.map((persona) => ({ title: persona, value: nextStep(persona, r) })),
    links,
  });
}

/**
 * The owner acts now, the after-sale owner takes over later, and whatever blocks the
 * recommendation blocks every other persona.
 */
function nextStep(persona: Owner, r: Recommendation): string {
  if (r.owner === persona) return NEXT_STEPS.ownsNow(r.action);
  if (r.afterSale?.owner === persona) return NEXT_STEPS.afterSale;
  if (r.blockers.length > 0) {
    return NEXT_STEPS.blocked(r.blockers.map((blocker) => blocker.text).join(' '));
  }
  return NEXT_STEPS.notNeeded;
}

/** The partner option's links first (they answer the partner's ask), then the resources. */
function topLinks(r: Recommendation): Link[] {
  return [...(r.supportOption?.links ?? []), ...r.resources].slice(0, TOP_LINKS);
}
