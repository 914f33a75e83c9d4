import {
  type HandoffRecord,
  type HistoryEntry,
  type Person,
  samePerson,
  standingOf,
} from '../handoffs';
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
  historyTime,
  historyWhat,
  personName,
  reasonText,
  standingWords,
  WAITING_AGAIN,
  WORKFLOW_WORDS,
} from '../words/handoffs';
import { mentionOf } from './mentions';
import { HANDOFF_TITLES, NEXT_STEPS, SUMMARY_TITLES } from './words';

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
   * whose view this is: the person it is proposed to gets "Accept" and "Decline", the owner of
   * an accepted one "Complete", "Hand back" and "Reassign"; absent, the view everyone shares
   */
  viewer?: Person;
  /** a line for this viewer only, e.g. why their action was refused */
  notice?: string;
  /** the card as it will be posted, before it is: nothing on it can be acted on yet */
  preview?: boolean;
}

/** A compact handoff: who owns it and what each persona does (no workflow: a preview). */
export function handoffCard({ facts, recommendation }: HandoffCardInput): AdaptiveCardJson {
  return expandHandoff(facts, recommendation, undefined);
}

/**
 * The handoff card people act on: the recommendation, where it stands, who owns it and the
 * latest history, with the actions this viewer may take. The card refreshes itself (Universal
 * Actions `refresh.userIds`) for the one person with something to do: the person it is
 * proposed to sees "Accept" and "Decline", the owner "Complete", "Hand back" and "Reassign";
 * everyone else sees whose it is. The server checks every action again, whatever a card shows.
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
  // The template leaves `refresh: null` where there is nothing to refresh, `msteams: null`
  // where nobody is mentioned.
  if (card.refresh === null) delete card.refresh;
  if (card.msteams === null) delete card.msteams;
  return card;
}

/** What the template's workflow part binds to; all of it present, even for a preview. */
function workflowView(input: HandoffWorkflowCardInput | undefined) {
  const record = input?.record;
  const viewer = input?.viewer;
  const owner = record?.owner ?? null;
  const named = record?.status === 'proposed' ? (record.proposedTo ?? null) : null;
  const ownerView =
    record?.status === 'accepted' &&
    owner !== null &&
    viewer !== undefined &&
    samePerson(owner, viewer);
  // Accept and Decline are the named person's: the card shows them to them alone.
  const namedView = named !== null && viewer !== undefined && samePerson(named, viewer);
  const standing = record ? standingOf(record) : ({ code: 'open' } as const);
  const status = standingWords(standing);
  const history = (record?.history ?? []).slice(-HISTORY_SHOWN).map(historyLine);
  const mention = named && !namedView ? mentionOf(named) : undefined;
  // The card refreshes itself for whoever has something to do: the named person, the owner.
  const refreshFor = input?.preview
    ? null
    : (named ?? (record?.status === 'accepted' ? owner : null));
  const acts = input?.preview !== true;
  return {
    has: {
      workflow: record !== undefined,
      waitingAgain: standing.code === 'handedBack' || standing.code === 'declined',
      mention: mention !== undefined,
      yoursToTake: namedView,
      ownedBy: record?.status === 'accepted' && owner !== null && !ownerView,
      youOwnIt: ownerView,
      notice: Boolean(input?.notice),
      accept: acts && record?.status === 'proposed' && (named === null || namedView),
      decline: acts && namedView,
      complete: acts && ownerView,
      handBack: acts && ownerView,
      reassign: acts && ownerView,
      // A client that does not refresh by itself can still fetch its own view.
      refreshButton: refreshFor !== null && !ownerView && !namedView,
      refresh: refreshFor !== null,
    },
    workflow: {
      status: status.label,
      statusColor: status.color,
      waitingAgain: WAITING_AGAIN,
      mentionLine: mention ? `${mention.text}${WORKFLOW_WORDS.yoursToTake}` : '',
      yoursToTake: WORKFLOW_WORDS.yoursToTakeViewer,
      ownedByLead: WORKFLOW_WORDS.ownedBy,
      ownerName: owner ? personName(owner) : '',
      youOwnIt: WORKFLOW_WORDS.youOwnIt,
      notice: input?.notice ?? '',
      history,
      footer: !record
        ? ''
        : acts
          ? WORKFLOW_WORDS.footer(record.id, record.recommendation.rubricVersion)
          : WORKFLOW_WORDS.previewFooter,
    },
    handoffData: { handoffId: record?.id ?? '' },
    refreshUserIds: refreshFor ? [refreshFor.id].slice(0, REFRESH_USERS_LIMIT) : [],
    mentionEntities: mention ? [mention.entity] : [],
  };
}

function historyLine(entry: HistoryEntry) {
  return {
    at: historyTime(entry.at),
    who: personName(entry.by),
    what: historyWhat(entry),
    hasReason: entry.reason !== undefined && entry.reason !== '',
    reason: entry.reason ? reasonText(entry.reason) : '',
  };
}

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
