import {
  type HandoffAction,
  type HandoffStanding,
  type HistoryEntry,
  type Person,
  REASON_MAX_LENGTH,
  type Refusal,
  type StandingCode,
} from '../handoffs';

/**
 * Every sentence about handoffs people read: refusals, where a handoff stands, its history,
 * "my handoffs", the meeting notification. The handoffs domain says what happened, as codes;
 * the words for it are here, and only here.
 */

/** A name to show for someone Teams sent without one. */
export const UNNAMED_PERSON = 'Someone';

export const personName = (person: Person): string => person.name.trim() || UNNAMED_PERSON;

/** The words for a refusal: why the request was not taken, and what may be done instead. */
export function refusalMessage(refusal: Refusal): string {
  const owner = refusal.owner ? personName(refusal.owner) : 'someone else';
  const named = refusal.proposedTo ? personName(refusal.proposedTo) : 'someone else';
  switch (refusal.code) {
    case 'alreadyAccepted':
      return `It is already accepted by ${owner}.`;
    case 'alreadyOwner':
      return 'You accepted it already. Complete it when it is done, hand it back with a reason, or reassign it.';
    case 'proposedToSomeoneElse':
      return `It is proposed to ${named}: only they can accept or decline it.`;
    case 'notProposedToYou':
      return refusal.proposedTo
        ? `It is proposed to ${named}: only they can decline it.`
        : 'It is not proposed to anyone in particular, so there is nothing to decline: anyone may accept it.';
    case 'notAccepted':
      return NOT_ACCEPTED[refusal.action];
    case 'notOwner':
      return `Only ${owner}, who accepted it, can ${DOING[refusal.action]}.`;
    case 'alreadyCompleted':
      return `It is already completed${refusal.completedBy?.name ? ` by ${refusal.completedBy.name}` : ''}: nothing more can be done with it.`;
    case 'reasonNeeded':
      return `Say why you are ${refusal.action === 'decline' ? 'declining it' : 'handing it back'} (at most ${REASON_MAX_LENGTH} characters), then press "${refusal.action === 'decline' ? 'Decline' : 'Hand back'}" again.`;
    case 'reasonTooLong':
      return `The reason is ${refusal.reasonLength ?? 'more than'} characters long; keep it to ${REASON_MAX_LENGTH} or fewer.`;
    case 'reassignToOwner':
      return 'You own it already: choose someone else to reassign it to.';
  }
}

const DOING: Record<Refusal['action'], string> = {
  accept: 'accept it',
  decline: 'decline it',
  complete: 'complete it',
  handBack: 'hand it back',
  reassign: 'reassign it',
};

const NOT_ACCEPTED: Record<Refusal['action'], string> = {
  accept: 'Nobody has accepted it yet.',
  decline: 'Nobody has accepted it yet.',
  complete: 'Nobody has accepted it yet: accept it first, then complete it.',
  handBack: 'Nobody has accepted it yet, so there is nothing to hand back. Accept it first.',
  reassign: 'Nobody has accepted it yet: accept it first, then reassign it.',
};

/** Where a handoff stands, as its card shows it, with the colour of the words. */
export function standingWords(standing: HandoffStanding): { label: string; color: string } {
  switch (standing.code) {
    case 'open':
      return { label: 'Proposed: waiting for someone to accept it', color: STANDING_COLORS.open };
    case 'proposedTo':
      return {
        label: `Proposed to ${personName(standing.to)}: waiting for them to accept it`,
        color: STANDING_COLORS.proposedTo,
      };
    case 'handedBack':
      return { label: `Handed back: ${standing.reason}`, color: STANDING_COLORS.handedBack };
    case 'declined':
      return {
        label: `Declined by ${personName(standing.by)}: ${standing.reason}`,
        color: STANDING_COLORS.declined,
      };
    case 'accepted':
      return { label: 'Accepted', color: STANDING_COLORS.accepted };
    case 'completed':
      return { label: 'Completed', color: STANDING_COLORS.completed };
  }
}

const STANDING_COLORS: Record<StandingCode, string> = {
  open: 'warning',
  proposedTo: 'warning',
  handedBack: 'warning',
  declined: 'warning',
  accepted: 'accent',
  completed: 'good',
};

/** A handed-back or declined handoff is waiting again: the line under its status says so. */
export const WAITING_AGAIN = 'Waiting for someone to accept it.';

/** What a history entry says someone did: "Dana Lee" + " accepted it". */
export function historyWhat(entry: Pick<HistoryEntry, 'action' | 'to'>): string {
  const to = entry.to ? ` to ${personName(entry.to)}` : '';
  return ` ${HISTORY_VERBS[entry.action]}${entry.action === 'propose' || entry.action === 'reassign' ? to : ''}`;
}

const HISTORY_VERBS: Record<HandoffAction, string> = {
  propose: 'proposed it',
  accept: 'accepted it',
  decline: 'declined it',
  handBack: 'handed it back',
  reassign: 'reassigned it',
  complete: 'completed it',
};

/** A hand-back's or a decline's reason as its history line ends: ": the customer has no contract yet". */
export const reasonText = (reason: string): string => `: ${reason}`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 Jan 2025, 10:00 UTC": the same for everyone, whatever their time zone. */
export function historyTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}, ` +
    `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())} UTC`
  );
}

/** The handoff card's lines about its people, for the viewer they concern. */
export const WORKFLOW_WORDS = {
  ownedBy: 'Owned by ',
  youOwnIt: 'You own it: complete it when it is done, hand it back with a reason, or reassign it.',
  /** after the @mention of the person it is proposed to */
  yoursToTake: ', it is yours to accept or decline.',
  yoursToTakeViewer: 'It is proposed to you: accept it, or decline it with a reason.',
  footer: (id: string, rubricVersion: string) => `Handoff ${id} · rubric ${rubricVersion}`,
  previewFooter: 'A preview: nothing is posted until you send it.',
} as const;

/** "My handoffs": its sections, and the words for one handoff in them. */
export const MY_HANDOFFS_WORDS = {
  proposedToYou: 'Proposed to you',
  youOwn: 'You own',
  youProposed: 'You proposed',
  /** a handoff without an account name is named by its recommended owner */
  untitled: (ownerLabel: string) => `Handoff to ${ownerLabel}`,
  somewhere: 'a conversation',
  latest: (entry: HistoryEntry) =>
    `${personName(entry.by)}${historyWhat(entry)}, ${historyTime(entry.at)}`,
  more: (count: number) => `…and ${count} more, changed longer ago.`,
} as const;

/** The page a meeting notification opens, and the notification itself. */
export const NOTICE_WORDS = {
  title: 'Handoff proposed to you',
  heading: 'Capacity governance handoff',
  proposedBy: (by: Person) => `${personName(by)} proposed it to you.`,
  account: 'Account',
  recommendedOwner: 'Recommended owner',
  status: 'Status',
  openCard: 'Open the handoff card',
  findCard: 'The handoff card is in the meeting chat: accept or decline it there.',
  notFound:
    'This handoff is not available. It may have been removed; look for its card in the meeting chat.',
} as const;

/** Naming the person a handoff goes to: what can go wrong. */
export const PEOPLE_WORDS = {
  notHere:
    'The person you chose is not in this conversation, so they could not see the card: add them here first, or choose someone who is.',
  cannotLookUp:
    'I cannot look people up from here, so I cannot name anyone on the handoff: post it without a name, and anyone here may accept it.',
  onePerson: 'A handoff goes to one person: name one, as in "handoff … to @Jane".',
  mentionThem: (name: string) =>
    `To propose it to ${name}, @mention them: "handoff … to @${name}". Nothing was posted yet.`,
  choosePerson: 'Choose the person to reassign it to, then press "Reassign" again.',
} as const;
