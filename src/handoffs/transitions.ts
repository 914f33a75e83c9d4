import {
  type HandoffAction,
  type HandoffRecord,
  type HandoffStatus,
  type HistoryEntry,
  type Person,
  REASON_MAX_LENGTH,
  samePerson,
} from './record';
import { refusalMessage } from './words';

/** What someone asks to do to an existing handoff. */
export type HandoffRequest =
  { action: 'accept' } | { action: 'complete' } | { action: 'handBack'; reason: string };

export const REFUSAL_CODES = [
  'alreadyAccepted',
  'alreadyOwner',
  'notAccepted',
  'notOwner',
  'alreadyCompleted',
  'reasonNeeded',
  'reasonTooLong',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Why a request was not taken, as data, with the words for it. */
export interface Refusal {
  code: RefusalCode;
  action: Exclude<HandoffAction, 'propose'>;
  status: HandoffStatus;
  /** who owns it now, if anyone */
  owner: Person | null;
  /** the person who completed it, for a completed handoff */
  completedBy?: Person;
  /** what the person who asked may do instead */
  allowed: readonly HandoffAction[];
  /** the reason's length, for a reason that is too long */
  reasonLength?: number;
  /** says why, and what is allowed */
  message: string;
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
      return changed(record, { status: 'accepted', owner: actor }, entry);
    case 'complete':
      return changed(record, { status: 'completed' }, entry);
    case 'handBack':
      return changed(
        record,
        { status: 'proposed', owner: null },
        { ...entry, reason: request.reason.trim() },
      );
  }
}

/** What `actor` may do to the handoff now. */
export function allowedActions(record: HandoffRecord, actor: Person): HandoffAction[] {
  switch (record.status) {
    case 'proposed':
      return ['accept'];
    case 'accepted':
      return record.owner && samePerson(record.owner, actor) ? ['complete', 'handBack'] : [];
    case 'completed':
      return [];
  }
}

function refusalCode(
  record: HandoffRecord,
  request: HandoffRequest,
  actor: Person,
): RefusalCode | undefined {
  if (record.status === 'completed') return 'alreadyCompleted';
  const owns = record.owner !== null && samePerson(record.owner, actor);
  if (request.action === 'accept') {
    if (record.status === 'proposed') return undefined;
    return owns ? 'alreadyOwner' : 'alreadyAccepted';
  }
  if (record.status === 'proposed') return 'notAccepted';
  if (!owns) return 'notOwner';
  if (request.action === 'handBack') {
    const reason = request.reason.trim();
    if (reason === '') return 'reasonNeeded';
    if (reason.length > REASON_MAX_LENGTH) return 'reasonTooLong';
  }
  return undefined;
}

function refusal(
  record: HandoffRecord,
  request: HandoffRequest,
  actor: Person,
  code: RefusalCode,
): Refusal {
  const completedBy = record.history.findLast((entry) => entry.action === 'complete')?.by;
  const facts: Omit<Refusal, 'message'> = {
    code,
    action: request.action,
    status: record.status,
    owner: record.owner,
    ...(completedBy === undefined ? {} : { completedBy }),
    allowed: allowedActions(record, actor),
    ...(request.action === 'handBack' && code === 'reasonTooLong'
      ? { reasonLength: request.reason.trim().length }
      : {}),
  };
  return { ...facts, message: refusalMessage(facts) };
}

function changed(
  record: HandoffRecord,
  update: Pick<Partial<HandoffRecord>, 'status' | 'owner'>,
  entry: HistoryEntry,
): TransitionResult {
  return {
    ok: true,
    changed: true,
    record: { ...record, ...update, updatedAt: entry.at, history: [...record.history, entry] },
  };
}
