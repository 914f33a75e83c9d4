import {
  type HandoffAction,
  type HandoffRecord,
  type HandoffStatus,
  type HistoryEntry,
  type Person,
  REASON_MAX_LENGTH,
  samePerson,
} from './record';

/** What someone asks to do to an existing handoff. */
export type HandoffRequest =
  | { action: 'accept' }
  | { action: 'decline'; reason: string }
  | { action: 'complete' }
  | { action: 'handBack'; reason: string }
  | { action: 'reassign'; to: Person }
  /** the card went out: where it is, for the links to it; no one's action, so no history */
  | { action: 'notePosted'; messageId: string };

/** The actions a person takes: each one is a history entry. */
export type PersonAction = Exclude<HandoffAction, 'propose'>;

export const REFUSAL_CODES = [
  'alreadyAccepted',
  'alreadyOwner',
  'proposedToSomeoneElse',
  'notProposedToYou',
  'notAccepted',
  'notOwner',
  'alreadyCompleted',
  'reasonNeeded',
  'reasonTooLong',
  'reassignToOwner',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Why a request was not taken, as data: `words/handoffs` says it. */
export interface Refusal {
  code: RefusalCode;
  action: PersonAction;
  status: HandoffStatus;
  /** who owns it now, if anyone */
  owner: Person | null;
  /** the one person it is proposed to, if anyone */
  proposedTo: Person | null;
  /** the person who completed it, for a completed handoff */
  completedBy?: Person;
  /** what the person who asked may do instead */
  allowed: readonly HandoffAction[];
  /** the reason's length, for a reason that is too long */
  reasonLength?: number;
}

export type TransitionResult =
  | { ok: true; changed: boolean; record: HandoffRecord }
  | { ok: false; refusal: Refusal; record: HandoffRecord };

/**
 * The handoff after `actor` asked for `request` at `now`, or why not. A request whose id is
 * already in the history was taken before: nothing changes and the record is returned as is.
 */
export function applyAction(
  record: HandoffRecord,
  request: HandoffRequest,
  actor: Person,
  now: Date,
  requestId: string,
): TransitionResult {
  if (request.action === 'notePosted') {
    // The first card posted is the one people act on; a later note changes nothing.
    if (record.postedMessageId !== undefined) return { ok: true, changed: false, record };
    return { ok: true, changed: true, record: { ...record, postedMessageId: request.messageId } };
  }
  if (record.history.some((entry) => entry.requestId === requestId)) {
    return { ok: true, changed: false, record };
  }
  const problem = refusalCode(record, request, actor);
  if (problem !== undefined) {
    return { ok: false, refusal: refusal(record, request, actor, problem), record };
  }
  const at = now.toISOString();
  const entry: HistoryEntry = { at, by: actor, action: request.action, requestId };
  switch (request.action) {
    case 'accept':
      return changed(record, { status: 'accepted', owner: actor, proposedTo: null }, entry);
    case 'complete':
      return changed(record, { status: 'completed' }, entry);
    case 'decline':
    case 'handBack':
      return changed(
        record,
        { status: 'proposed', owner: null, proposedTo: null },
        { ...entry, reason: request.reason.trim() },
      );
    case 'reassign':
      return changed(
        record,
        { status: 'proposed', owner: null, proposedTo: request.to },
        { ...entry, to: request.to },
      );
  }
}

/** What `actor` may do to the handoff now. */
export function allowedActions(record: HandoffRecord, actor: Person): HandoffAction[] {
  switch (record.status) {
    case 'proposed':
      if (record.proposedTo === null) return ['accept'];
      return samePerson(record.proposedTo, actor) ? ['accept', 'decline'] : [];
    case 'accepted':
      return record.owner && samePerson(record.owner, actor)
        ? ['complete', 'handBack', 'reassign']
        : [];
    case 'completed':
      return [];
  }
}

type PersonRequest = Exclude<HandoffRequest, { action: 'notePosted' }>;

function refusalCode(
  record: HandoffRecord,
  request: PersonRequest,
  actor: Person,
): RefusalCode | undefined {
  if (record.status === 'completed') return 'alreadyCompleted';
  const owns = record.owner !== null && samePerson(record.owner, actor);
  const named = record.status === 'proposed' ? record.proposedTo : null;
  switch (request.action) {
    case 'accept':
      if (record.status === 'accepted') return owns ? 'alreadyOwner' : 'alreadyAccepted';
      return named && !samePerson(named, actor) ? 'proposedToSomeoneElse' : undefined;
    case 'decline':
      if (record.status === 'accepted') return owns ? 'alreadyOwner' : 'alreadyAccepted';
      if (!named || !samePerson(named, actor)) return 'notProposedToYou';
      return reasonProblem(request.reason);
    case 'complete':
    case 'handBack':
    case 'reassign':
      if (record.status === 'proposed') return 'notAccepted';
      if (!owns) return 'notOwner';
      if (request.action === 'handBack') return reasonProblem(request.reason);
      if (request.action === 'reassign' && samePerson(request.to, actor)) return 'reassignToOwner';
      return undefined;
  }
}

function reasonProblem(reason: string): RefusalCode | undefined {
  const trimmed = reason.trim();
  if (trimmed === '') return 'reasonNeeded';
  if (trimmed.length > REASON_MAX_LENGTH) return 'reasonTooLong';
  return undefined;
}

function refusal(
  record: HandoffRecord,
  request: PersonRequest,
  actor: Person,
  code: RefusalCode,
): Refusal {
  const completedBy = record.history.findLast((entry) => entry.action === 'complete')?.by;
  return {
    code,
    action: request.action,
    status: record.status,
    owner: record.owner,
    proposedTo: record.status === 'proposed' ? record.proposedTo : null,
    ...(completedBy === undefined ? {} : { completedBy }),
    allowed: allowedActions(record, actor),
    ...('reason' in request && code === 'reasonTooLong'
      ? { reasonLength: request.reason.trim().length }
      : {}),
  };
}

function changed(
  record: HandoffRecord,
  update: Pick<Partial<HandoffRecord>, 'status' | 'owner' | 'proposedTo'>,
  entry: HistoryEntry,
): TransitionResult {
  return {
    ok: true,
    changed: true,
    record: { ...record, ...update, updatedAt: entry.at, history: [...record.history, entry] },
  };
}
