import {
  applyAction,
  type HandoffRecord,
  type HandoffRequest,
  type Person,
  proposeHandoff,
} from '../../../src/handoffs';
import { type PartialFacts, recommend } from '../../../src/rubric';
import { simpleFacts } from '../../support/facts';
import { refusalMessage } from '../../../src/words/handoffs';

export const AVERY: Person = {
  id: '29:avery',
  name: 'Avery Field',
  aadObjectId: '00000000-0000-0000-0000-0000000000a1',
};
export const DANA: Person = {
  id: '29:dana',
  name: 'Dana Lee',
  aadObjectId: '00000000-0000-0000-0000-0000000000d1',
};
export const LEE: Person = {
  id: '29:lee',
  name: 'Lee Morgan',
  aadObjectId: '00000000-0000-0000-0000-0000000000e1',
};

/** Times one minute apart from a fixed start: no test reads the clock. */
export const minute = (n: number): Date => new Date(Date.UTC(2025, 0, 15, 10, n));

export const CONTOSO_FACTS: PartialFacts = simpleFacts({
  account: 'Contoso',
  processCoordination: true,
});

let sequence = 0;

/** A handoff Avery proposed at 10:00, with a fresh id. */
export function proposed(
  overrides: { facts?: PartialFacts; by?: Person; to?: Person } = {},
): HandoffRecord {
  sequence += 1;
  const facts = overrides.facts ?? CONTOSO_FACTS;
  return proposeHandoff({
    id: `h${sequence.toString(16).padStart(20, '0')}`,
    tenantId: 'tenant-1',
    facts,
    recommendation: recommend(facts),
    postedIn: { conversationId: '19:channel@thread.tacv2', name: 'Contoso team › Capacity' },
    by: overrides.by ?? AVERY,
    ...(overrides.to ? { to: overrides.to } : {}),
    now: minute(0),
    requestId: `propose-${sequence}`,
  });
}

/** The record after a request that must be taken. */
export function after(
  record: HandoffRecord,
  request: HandoffRequest,
  actor: Person,
  at: Date,
  requestId: string,
): HandoffRecord {
  const result = applyAction(record, request, actor, at, requestId);
  if (!result.ok)
    throw new Error(`expected ${request.action} to be taken: ${refusalMessage(result.refusal)}`);
  return result.record;
}

/** Proposed by Avery, accepted by Dana at 10:01. */
export const acceptedByDana = (): HandoffRecord =>
  after(proposed(), { action: 'accept' }, DANA, minute(1), 'accept-dana');

/** …and completed by Dana at 10:02. */
export const completedByDana = (): HandoffRecord =>
  after(acceptedByDana(), { action: 'complete' }, DANA, minute(2), 'complete-dana');
