import {
  type ConditionalAnswer,
  type FiredRule,
  hasOwner,
  type PartialFacts,
  type Recommendation,
} from '../rubric';
import { describeCondition } from '../words/facts';
import { listWords } from '../words/numbers';
import {
  conditionalAnswerText,
  OWNER_LABELS,
  ruleLine,
  settledByText,
  tierTitle,
  whatIfLine,
} from '../words/rubric';
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
    nextTitle: RESULT_TITLES.next,
    has: {
      account: account.length > 0,
      owner: owned !== undefined,
      postHandoff: true,
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

export interface ConditionalCardInput {
  /** the facts decided on; the unknown ones are absent */
  facts: PartialFacts;
  answer: ConditionalAnswer;
}

/**
 * The answer when facts the person does not know decide it: what the rules decide in each case
 * ("CSA if the largest quota group is over 500 vCPUs; otherwise CSAM"), what would settle it,
 * and what every case shares. No handoff is posted for an owner not known yet.
 */
export function conditionalResultCard({ facts, answer }: ConditionalCardInput): AdaptiveCardJson {
  const account = facts.account?.trim() ?? '';
  const recommendations = answer.cases.map((c) => c.recommendation);
  const summary: FactRow[] = answer.cases.map((c) => ({
    title: `If ${listWords(c.when.map(describeCondition), 'and')}`,
    value: caseLine(c.recommendation),
  }));
  const options = recommendations.map((r) => r.supportOption);
  const sameOption = options.every((option) => option?.option === options[0]?.option);
  const option = sameOption ? options[0]! : null;
  const owned = recommendations.filter(hasOwner);
  const resources = shared(
    owned.map((r) => r.resources),
    (link) => link.url,
  );
  const engagements = shared(
    owned.map((r) => r.engagements),
    (name) => name,
  );
  return expandCard('result', {
    title: RESULT_TITLES.conditional,
    nextTitle: RESULT_TITLES.settledBy,
    has: {
      account: account.length > 0,
      owner: true,
      postHandoff: false,
      blockers: false,
      whatIf: false,
      supportOption: option !== null,
      resources: resources.length > 0,
      engagements: engagements.length > 0,
    },
    account,
    ownerLabel: conditionalAnswerText(answer),
    action: settledByText(answer),
    summary,
    blockers: [],
    whatIf: [],
    supportOption: {
      option: option?.option ?? '',
      rationale: option?.rationale ?? '',
      caveats: option?.caveats ?? [],
      links: option?.links ?? [],
    },
    resources,
    engagements,
    factRows: factRows(facts),
    rules: uniqueRules(recommendations.flatMap((r) => r.rules)).map(ruleLine),
    roles: owned[0]?.roles ?? [],
    editAnswers: { facts },
    postHandoff: { verb: VERBS.postHandoff, facts },
  });
}

/** One case in a line: the owner, what they do, what the tier means; or the partner option. */
function caseLine(r: Recommendation): string {
  if (!hasOwner(r)) return `${r.supportOption.option}: ${r.supportOption.rationale}`;
  const option = r.supportOption ? ` Partner support: ${r.supportOption.option}.` : '';
  return `${OWNER_LABELS[r.owner]}: ${r.action}. ${r.tierMeaning.meaning}${option}`;
}

/** What every case lists, in the first case's order. */
function shared<Item>(lists: readonly (readonly Item[])[], key: (item: Item) => string): Item[] {
  const [first = [], ...rest] = lists;
  return first.filter((item) =>
    rest.every((list) => list.some((other) => key(other) === key(item))),
  );
}

const uniqueRules = (rules: FiredRule[]): FiredRule[] => [
  ...new Map(rules.map((rule) => [rule.id, rule])).values(),
];
