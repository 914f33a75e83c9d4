import { type HandoffRecord, type Person, samePerson } from '../handoffs';
import type { AdaptiveCardJson } from './json';
import { OWNER_LABELS } from '../words/rubric';
import { expandCard } from './templates';
import {
  HANDOFF_STATUS_VIEWS,
  HISTORY_VERBS,
  handoffRole,
  historyTime,
  noOwnerLabel,
  UNNAMED_PERSON,
  untitledHandoff,
} from './words';

export interface MyHandoffsCardInput {
  /** the reader's open handoffs, in the order to list them */
  handoffs: readonly HandoffRecord[];
  reader: Person;
}

/** Enough to find the one that matters; the card stays far below Teams' size limit. */
const LISTED = 15;

/** The open handoffs someone proposed or owns, each with its status and latest change. */
export function myHandoffsCard({ handoffs, reader }: MyHandoffsCardInput): AdaptiveCardJson {
  const listed = handoffs.slice(0, LISTED);
  const more = handoffs.length - listed.length;
  return expandCard('myHandoffs', {
    has: { none: handoffs.length === 0, more: more > 0 },
    handoffs: listed.map((record) => {
      const status = HANDOFF_STATUS_VIEWS[record.status];
      const latest = record.history.at(-1);
      const ownerLabel =
        record.recommendedOwner === null
          ? noOwnerLabel(record.recommendation.supportOption?.option)
          : OWNER_LABELS[record.recommendedOwner];
      return {
        title: record.account || untitledHandoff(ownerLabel),
        status: status.label,
        statusColor: status.color,
        role: handoffRole(
          samePerson(record.proposedBy, reader),
          record.owner !== null && samePerson(record.owner, reader),
        ),
        ownerLabel,
        postedIn: record.postedIn.name || 'a conversation',
        latestWho: latest ? latest.by.name.trim() || UNNAMED_PERSON : '',
        latestWhat: latest ? ` ${HISTORY_VERBS[latest.action]}, ${historyTime(latest.at)}` : '',
      };
    }),
    more: `…and ${more} more, changed longer ago.`,
  });
}
