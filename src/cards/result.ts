import { type PartialFacts, OWNER_LABELS, type Recommendation } from '../rubric';
import { type FactRow, factRows } from './factRows';
import type { AdaptiveCardJson } from './json';
import { expandCard } from './templates';
import { VERBS } from './verbs';
import { SUMMARY_TITLES, sourceText, tierLine, whatIfLine } from './words';

export interface ResultCardInput {
  /** the facts decided on (those the rules never reached may be absent) */
  facts: PartialFacts;
  recommendation: Recommendation;
}

/**
 * The recommendation in full; "Edit answers" and "Post handoff" carry the facts, so no server
 * state is needed.
 */
export function resultCard({ facts, recommendation: r }: ResultCardInput): AdaptiveCardJson {
  const account = facts.account?.trim() ?? '';
  const summary: FactRow[] = [
    { title: SUMMARY_TITLES.tier, value: tierLine(r) },
    { title: SUMMARY_TITLES.lifecycle, value: r.lifecycle },
  ];
  if (r.afterSale) {
    summary.push({ title: SUMMARY_TITLES.afterSale, value: OWNER_LABELS[r.afterSale.owner] });
  }
  const option = r.supportOption;
  return expandCard('result', {
    has: {
      account: account.length > 0,
      blockers: r.blockers.length > 0,
      whatIf: r.whatIf.length > 0,
      supportOption: option !== null,
      engagements: r.engagements.length > 0,
    },
    account,
    ownerLabel: OWNER_LABELS[r.owner],
    action: r.action,
    summary,
    blockers: r.blockers.map((blocker) => blocker.text),
    whatIf: r.whatIf.map((entry) => whatIfLine(entry.change, entry.owner)),
    supportOption: {
      option: option?.option ?? '',
      rationale: option?.rationale ?? '',
      caveats: option?.caveats ?? [],
      links: option?.links ?? [],
    },
    resources: r.resources,
    engagements: r.engagements,
    factRows: factRows(facts),
    rules: r.rules.map((rule) => ({ id: rule.id, source: sourceText(rule.source) })),
    roles: r.roles,
    editAnswers: { facts },
    postHandoff: { verb: VERBS.postHandoff, facts },
  });
}
