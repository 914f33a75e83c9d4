import { type HandoffRecord, type HistoryEntry, type Person, samePerson } from '../handoffs';
import {
  type CapacityRecommendation,
  hasOwner,
  type Link,
  type PartialFacts,
  type Persona,
  PERSONAS,
  type Recommendation,
} from '../rubric';
import { OWNER_LABELS, tierTitle } from '../words/rubric';
import type { AdaptiveCardJson } from './json';
import { expandCard } from './templates';
import {
  HANDOFF_STATUS_VIEWS,
  HANDOFF_TITLES,
  HISTORY_VERBS,
  historyTime,
  NEXT_STEPS,
  reasonText,
  SUMMARY_TITLES,
  UNNAMED_PERSON,
} from './words';

const TOP_LINKS = 3;
/** The card shows the latest few things people did; the record keeps them all. */
const HISTORY_SHOWN = 3;
/** Teams refreshes a card automatically for at most 60 users. */
const REFRESH_USERS_LIMIT = 60;

export interface HandoffCardInput {
  /** the facts decided on (those the rules never reached may be absent) */
  facts: PartialFacts;
  recommendation: Recommendation;
}

export interface HandoffWorkflowCardInput {
  record: HandoffRecord;
  /**
   * whose view this is: the owner of an accepted handoff gets "Complete" and "Hand back";
   * absent, the view everyone shares
   */
  viewer?: Person;
  /** a line for this viewer only, e.g. why their action was refused */
  notice?: string;
}

/** A compact handoff: who owns it and what each persona does (no workflow: a preview). */
export function handoffCard({ facts, recommendation }: HandoffCardInput): AdaptiveCardJson {
  return expandHandoff(facts, recommendation, undefined);
}

/**
 * The handoff card people act on: the recommendation, the status, who owns it and the latest
 * history, with the actions this viewer may take. An accepted handoff's card refreshes itself
 * for its owner (Universal Actions `refresh.userIds`), so only the owner sees "Complete" and
 * "Hand back"; everyone else sees who owns it.
 */
export function handoffWorkflowCard(input: HandoffWorkflowCardInput): AdaptiveCardJson {
  const { record } = input;
  return expandHandoff(record.facts, record.recommendation, input);
}

function expandHandoff(
  facts: PartialFacts,
  r: Recommendation,
  workflow: HandoffWorkflowCardInput | undefined,
): AdaptiveCardJson {
  const account = facts.account?.trim() ?? '';
  const links = topLinks(r);
  const view = workflowView(workflow);
  const owned = hasOwner(r) ? r : undefined;
  const option = r.supportOption;
  const split = owned ? [{ title: tierTitle(owned), value: owned.tierMeaning.meaning }] : [];
  if (option) split.push({ title: SUMMARY_TITLES.partnerSupport, value: option.option });
  const card = expandCard('handoff', {
    ...view,
    has: {
      account: account.length > 0,
      links: links.length > 0,
      nextSteps: owned !== undefined,
      ...view.has,
    },
    account,
    ownerTitle: owned ? HANDOFF_TITLES.owner : HANDOFF_TITLES.partner,
    ownerLabel: owned ? OWNER_LABELS[owned.owner] : (option?.option ?? ''),
    split,
    nextSteps: owned
      ? PERSONAS.map((persona) => ({ title: persona, value: nextStep(persona, owned) }))
      : [],
    links,
  });
  // The template leaves `refresh: null` where there is nothing to refresh.
  if (card.refresh === null) delete card.refresh;
  return card;
}

/** What the template's workflow part binds to; all of it present, even for a preview. */
function workflowView(input: HandoffWorkflowCardInput | undefined) {
  const record = input?.record;
  const owner = record?.owner ?? null;
  const ownerView =
    record?.status === 'accepted' &&
    owner !== null &&
    input?.viewer !== undefined &&
    samePerson(owner, input.viewer);
  const status = HANDOFF_STATUS_VIEWS[record?.status ?? 'proposed'];
  const history = (record?.history ?? []).slice(-HISTORY_SHOWN).map(historyLine);
  return {
    has: {
      workflow: record !== undefined,
      ownedBy: owner !== null && !ownerView,
      youOwnIt: ownerView,
      notice: Boolean(input?.notice),
      accept: record?.status === 'proposed',
      complete: ownerView,
      handBack: ownerView,
      // A client that does not refresh by itself can still fetch its own view.
      refreshButton: record?.status === 'accepted' && !ownerView,
      refresh: record?.status === 'accepted' && owner !== null,
    },
    workflow: {
      status: status.label,
      statusColor: status.color,
      ownerName: owner ? personName(owner) : '',
      notice: input?.notice ?? '',
      history,
      footer: record ? `Handoff ${record.id} · rubric ${record.recommendation.rubricVersion}` : '',
    },
    handoffData: { handoffId: record?.id ?? '' },
    refreshUserIds: owner ? [owner.id].slice(0, REFRESH_USERS_LIMIT) : [],
  };
}

function historyLine(entry: HistoryEntry) {
  return {
    at: historyTime(entry.at),
    who: personName(entry.by),
    what: ` ${HISTORY_VERBS[entry.action]}`,
    hasReason: entry.reason !== undefined && entry.reason !== '',
    reason: entry.reason ? reasonText(entry.reason) : '',
  };
}

const personName = (person: Person): string => person.name.trim() || UNNAMED_PERSON;

/**
 * The owner acts now, the after-sale owner takes over later; where the CSA leads, the tier's
 * persona roles say what each other persona does ("CSAM tracks milestones"); and whatever
 * blocks the recommendation blocks every other persona.
 */
function nextStep(persona: Persona, r: CapacityRecommendation): string {
  if (r.owner === persona) return NEXT_STEPS.ownsNow(r.action);
  if (r.afterSale?.owner === persona) return NEXT_STEPS.afterSale;
  const csaLeads = r.owner === 'CSA' || r.afterSale?.owner === 'CSA';
  const alongside = r.personaRoles.find((role) => role.persona === persona && !role.leads);
  if (csaLeads && alongside) return NEXT_STEPS.alongside(persona, alongside.role);
  if (r.blockers.length > 0) {
    return NEXT_STEPS.blocked(r.blockers.map((blocker) => blocker.text).join(' '));
  }
  return NEXT_STEPS.notNeeded;
}

/** The partner option's links first (they answer the partner's ask), then the resources. */
function topLinks(r: Recommendation): Link[] {
  const resources = hasOwner(r) ? r.resources : [];
  return [...(r.supportOption?.links ?? []), ...resources].slice(0, TOP_LINKS);
}
