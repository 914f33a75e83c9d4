import { hasOwner, type PartialFacts, type Recommendation } from '../rubric';
import { OWNER_LABELS, ruleLine, tierTitle, whatIfLine } from '../words/rubric';
import { type FactRow, factRows } from './factRows';
import type { AdaptiveCardJson } from './json';
import { expandCard } from './templates';
import { VERBS } from './verbs';
import { RESULT_TITLES, SUMMARY_TITLES } from './words';

export interface ResultCardInput {
  /** the facts decided on (those the rules never reached may be absent) */
  facts: PartialFacts;
  recommendation: Recommendation;
}

/**
 * The recommendation in full; "Edit answers" and "Post handoff" carry the facts, so no server
 * state is needed. When a partner asked, the support option leads; a partner's own request
 * has no owner to show.
 */
export function resultCard({ facts, recommendation: r }: ResultCardInput): AdaptiveCardJson {
  const account = facts.account?.trim() ?? '';
  const option = r.supportOption;
  const owned = hasOwner(r) ? r : undefined;
  const summary: FactRow[] = [];
  if (owned) {
    summary.push(
      { title: tierTitle(owned), value: owned.tierMeaning.meaning },
      { title: SUMMARY_TITLES.lifecycle, value: owned.lifecycle },
    );
    if (owned.afterSale) {
      summary.push({ title: SUMMARY_TITLES.afterSale, value: OWNER_LABELS[owned.afterSale.owner] });
    }
  }
  return expandCard('result', {
    title: owned ? RESULT_TITLES.owner : RESULT_TITLES.partner,
    has: {
      account: account.length > 0,
      owner: owned !== undefined,
      blockers: (owned?.blockers.length ?? 0) > 0,
      whatIf: (owned?.whatIf.length ?? 0) > 0,
      supportOption: option !== null,
      resources: (owned?.resources.length ?? 0) > 0,
      engagements: (owned?.engagements.length ?? 0) > 0,
    },
    account,
    ownerLabel: owned ? OWNER_LABELS[owned.owner] : '',
    action: owned?.action ?? '',
    summary,
    blockers: owned?.blockers.map((blocker) => blocker.text) ?? [],
    whatIf: owned?.whatIf.map(whatIfLine) ?? [],
    supportOption: {
      option: option?.option ?? '',
      rationale: option?.rationale ?? '',
      caveats: option?.caveats ?? [],
      links: option?.links ?? [],
    },
    resources: owned?.resources ?? [],
    engagements: owned?.engagements ?? [],
    factRows: factRows(facts),
    rules: r.rules.map(ruleLine),
    roles: owned?.roles ?? [],
    editAnswers: { facts },
    postHandoff: { verb: VERBS.postHandoff, facts },
  });
}
