import { createHash } from 'node:crypto';
import type { PartialFacts, Recommendation } from '../rubric';
import { StoredRecommendation } from './recommendation';
import type { HandoffId, HandoffRecord, Person, PostedIn } from './record';

export interface ProposeInput {
  id: HandoffId;
  tenantId?: string;
  facts: PartialFacts;
  recommendation: Recommendation;
  postedIn: PostedIn;
  by: Person;
  /** the one person it is proposed to; absent, anyone may accept it */
  to?: Person;
  now: Date;
  requestId: string;
  /** the secret the page of a meeting notification about it asks for */
  noticeToken?: string;
}

/** A new handoff, proposed by `by`, waiting for someone (or the person named) to accept it. */
export function proposeHandoff(input: ProposeInput): HandoffRecord {
  const at = input.now.toISOString();
  return {
    id: input.id,
    ...(input.tenantId === undefined ? {} : { tenantId: input.tenantId }),
    account: input.facts.account?.trim() ?? '',
    facts: input.facts,
    // A copy checked against the stored shape: the rubric shares its recommendations.
    recommendation: StoredRecommendation.parse(input.recommendation),
    recommendedOwner: input.recommendation.owner,
    status: 'proposed',
    proposedBy: input.by,
    owner: null,
    proposedTo: input.to ?? null,
    postedIn: input.postedIn,
    ...(input.noticeToken === undefined ? {} : { noticeToken: input.noticeToken }),
    createdAt: at,
    updatedAt: at,
    history: [
      {
        at,
        by: input.by,
        action: 'propose',
        requestId: input.requestId,
        ...(input.to === undefined ? {} : { to: input.to }),
      },
    ],
  };
}

/**
 * The id of the handoff a request proposes: the same request (a message or card action
 * delivered twice) names the same handoff, so it is created once.
 */
export function handoffIdFor(conversationId: string, requestId: string): HandoffId {
  const digest = createHash('sha256').update(`${conversationId}\n${requestId}`).digest('hex');
  return `h${digest.slice(0, 20)}`;
}
