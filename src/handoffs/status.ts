import type { HandoffRecord, Person } from './record';

/**
 * Where a handoff stands, as people need to know it: not just its status but why it is there.
 * A handoff handed back or declined is proposed again, and says why; `words/handoffs` says it.
 */
export type HandoffStanding =
  /** waiting for anyone to accept it */
  | { code: 'open' }
  /** waiting for the one person it is proposed (or reassigned) to */
  | { code: 'proposedTo'; to: Person }
  /** its owner gave it back, for anyone to accept */
  | { code: 'handedBack'; by: Person; reason: string }
  /** the person it was proposed to declined it, for anyone to accept */
  | { code: 'declined'; by: Person; reason: string }
  | { code: 'accepted'; owner: Person }
  | { code: 'completed'; by?: Person };

export type StandingCode = HandoffStanding['code'];

/** The standing of a handoff, from its status and the latest thing done to it. */
export function standingOf(record: HandoffRecord): HandoffStanding {
  const latest = record.history.at(-1);
  switch (record.status) {
    case 'completed':
      return latest?.action === 'complete'
        ? { code: 'completed', by: latest.by }
        : { code: 'completed' };
    case 'accepted':
      // An accepted record always has an owner; a damaged one without reads as open.
      return record.owner ? { code: 'accepted', owner: record.owner } : { code: 'open' };
    case 'proposed':
      if (record.proposedTo) return { code: 'proposedTo', to: record.proposedTo };
      if (latest?.action === 'handBack') {
        return { code: 'handedBack', by: latest.by, reason: latest.reason ?? '' };
      }
      if (latest?.action === 'decline') {
        return { code: 'declined', by: latest.by, reason: latest.reason ?? '' };
      }
      return { code: 'open' };
  }
}
