import { type HandoffRecord, type Person, samePerson, standingOf } from '../handoffs';
import { OWNER_LABELS } from '../words/rubric';
import { MY_HANDOFFS_WORDS, standingWords } from '../words/handoffs';
import type { AdaptiveCardJson } from './json';
import { handoffCardLink } from './messageLink';
import { expandCard } from './templates';
import { noOwnerLabel } from './words';

export interface MyHandoffsCardInput {
  /** the reader's open handoffs, the most recently changed first */
  handoffs: readonly HandoffRecord[];
  reader: Person;
}

/** Enough to find the one that matters; the card stays far below Teams' size limit. */
const LISTED = 15;

type Part = 'proposedToYou' | 'youOwn' | 'youProposed';
const PARTS: readonly Part[] = ['proposedToYou', 'youOwn', 'youProposed'];

/**
 * The reader's open handoffs in three parts: proposed to them (theirs to accept or decline),
 * owned by them, and proposed by them and waiting for someone else. Each says where it stands
 * and links to its card, where it is acted on.
 */
export function myHandoffsCard({ handoffs, reader }: MyHandoffsCardInput): AdaptiveCardJson {
  const listed = handoffs.slice(0, LISTED);
  const more = handoffs.length - listed.length;
  const sections = PARTS.map((part) => ({
    title: MY_HANDOFFS_WORDS[part],
    handoffs: listed.filter((record) => partOf(record, reader) === part).map(itemView),
  })).filter((section) => section.handoffs.length > 0);
  return expandCard('myHandoffs', {
    has: { none: handoffs.length === 0, more: more > 0 },
    sections,
    more: MY_HANDOFFS_WORDS.more(more),
  });
}

function partOf(record: HandoffRecord, reader: Person): Part | undefined {
  if (record.status === 'proposed' && record.proposedTo && samePerson(record.proposedTo, reader)) {
    return 'proposedToYou';
  }
  if (record.status === 'accepted' && record.owner && samePerson(record.owner, reader)) {
    return 'youOwn';
  }
  return samePerson(record.proposedBy, reader) ? 'youProposed' : undefined;
}

function itemView(record: HandoffRecord) {
  const status = standingWords(standingOf(record));
  const latest = record.history.at(-1);
  // A partner's own request has no owner: its support option names it instead.
  const ownerLabel =
    record.recommendedOwner === null
      ? noOwnerLabel(record.recommendation.supportOption?.option)
      : OWNER_LABELS[record.recommendedOwner];
  const link = handoffCardLink(record);
  return {
    title: record.account || MY_HANDOFFS_WORDS.untitled(ownerLabel),
    status: status.label,
    statusColor: status.color,
    ownerLabel,
    postedIn: record.postedIn.name || MY_HANDOFFS_WORDS.somewhere,
    latest: latest ? MY_HANDOFFS_WORDS.latest(latest) : '',
    hasLink: link !== undefined,
    link: link ?? '',
  };
}
