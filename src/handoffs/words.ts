import { REASON_MAX_LENGTH } from './record';
import type { Refusal } from './transitions';

/** The words for a refusal: why the request was not taken, and what may be done instead. */
export function refusalMessage(refusal: Omit<Refusal, 'message'>): string {
  const owner = refusal.owner?.name || 'someone else';
  const doing = refusal.action === 'complete' ? 'complete it' : 'hand it back';
  switch (refusal.code) {
    case 'alreadyAccepted':
      return `It is already accepted by ${owner}.`;
    case 'alreadyOwner':
      return 'You accepted it already. Complete it when it is done, or hand it back with a reason.';
    case 'notAccepted':
      return refusal.action === 'complete'
        ? 'Nobody has accepted it yet: accept it first, then complete it.'
        : 'Nobody has accepted it yet, so there is nothing to hand back. Accept it first.';
    case 'notOwner':
      return `Only ${owner}, who accepted it, can ${doing}.`;
    case 'alreadyCompleted':
      return `It is already completed${refusal.completedBy?.name ? ` by ${refusal.completedBy.name}` : ''}: nothing more can be done with it.`;
    case 'reasonNeeded':
      return `Say why you are handing it back (at most ${REASON_MAX_LENGTH} characters), then press "Hand back" again.`;
    case 'reasonTooLong':
      return `The reason is ${refusal.reasonLength ?? 'more than'} characters long; keep it to ${REASON_MAX_LENGTH} or fewer.`;
  }
}
