import {
  allowedActions,
  applyAction,
  HandoffRecord,
  type HandoffRequest,
  type HandoffStatus,
  handoffIdFor,
  type Person,
  REASON_MAX_LENGTH,
  type RefusalCode,
} from '../../src/handoffs';
import { recommend, RUBRIC_VERSION } from '../../src/rubric';
import { refusalMessage } from '../../src/words/handoffs';
import {
  acceptedByDana,
  after,
  AVERY,
  completedByDana,
  CONTOSO_FACTS,
  DANA,
  LEE,
  minute,
  proposed,
} from './support/records';

const START: Record<HandoffStatus, () => HandoffRecord> = {
  proposed: () => proposed(),
  accepted: acceptedByDana,
  completed: completedByDana,
};

const PEOPLE = { Avery: AVERY, Dana: DANA, Lee: LEE } satisfies Record<string, Person>;
type PersonName = keyof typeof PEOPLE;

const accept: HandoffRequest = { action: 'accept' };
const complete: HandoffRequest = { action: 'complete' };
const handBack = (reason: string): HandoffRequest => ({ action: 'handBack', reason });
const decline = (reason: string): HandoffRequest => ({ action: 'decline', reason });
const reassign = (to: Person): HandoffRequest => ({ action: 'reassign', to });

/** Proposed by Avery to Lee, by name: Lee alone may accept or decline it. */
const proposedToLee = (): HandoffRecord => proposed({ to: LEE });

describe('proposeHandoff', () => {
  it('keeps the account, the facts, the recommendation with its rubric version, and who proposed it when', () => {
    const record = proposed();
    expect(HandoffRecord.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      account: 'Contoso',
      facts: CONTOSO_FACTS,
      recommendedOwner: recommend(CONTOSO_FACTS).owner,
      status: 'proposed',
      owner: null,
      proposedBy: AVERY,
      createdAt: '2025-01-15T10:00:00.000Z',
    });
    expect(record.recommendation).toEqual(recommend(CONTOSO_FACTS));
    expect(record.recommendation.rubricVersion).toBe(RUBRIC_VERSION);
    expect(record.history).toEqual([
      {
        at: '2025-01-15T10:00:00.000Z',
        by: AVERY,
        action: 'propose',
        requestId: expect.any(String),
      },
    ]);
  });

  it('names a handoff after the request that proposed it, so a repeated request names the same one', () => {
    const id = handoffIdFor('19:channel@thread.tacv2', 'activity-7');
    expect(id).toMatch(/^h[0-9a-f]{20}$/);
    expect(handoffIdFor('19:channel@thread.tacv2', 'activity-7')).toBe(id);
    expect(handoffIdFor('19:channel@thread.tacv2', 'activity-8')).not.toBe(id);
    expect(handoffIdFor('19:other@thread.tacv2', 'activity-7')).not.toBe(id);
  });
});

describe('applyAction: every transition that is allowed', () => {
  it.each<[string, HandoffStatus, HandoffRequest, Person, Partial<HandoffRecord>]>([
    [
      'anyone accepts a proposed handoff',
      'proposed',
      accept,
      LEE,
      { status: 'accepted', owner: LEE },
    ],
    [
      'the proposer may accept it too',
      'proposed',
      accept,
      AVERY,
      { status: 'accepted', owner: AVERY },
    ],
    ['the owner completes it', 'accepted', complete, DANA, { status: 'completed', owner: DANA }],
    [
      'the owner hands it back with a reason',
      'accepted',
      handBack('  No support contract yet  '),
      DANA,
      { status: 'proposed', owner: null, proposedTo: null },
    ],
    [
      'the owner reassigns it to someone else, who is then the one it is proposed to',
      'accepted',
      reassign(LEE),
      DANA,
      { status: 'proposed', owner: null, proposedTo: LEE },
    ],
  ])('%s', (_name, from, request, actor, expected) => {
    expectTaken(START[from](), request, actor, expected);
  });

  it.each<[string, HandoffRequest, Person, Partial<HandoffRecord>]>([
    [
      'the person it is proposed to accepts it',
      accept,
      LEE,
      { status: 'accepted', owner: LEE, proposedTo: null },
    ],
    [
      'the person it is proposed to declines it: proposed again, to anyone',
      decline('  Not my account  '),
      LEE,
      { status: 'proposed', owner: null, proposedTo: null },
    ],
    [
      'the same person by Entra object id under another Teams id',
      accept,
      { ...LEE, id: '29:lee-in-another-app' },
      { status: 'accepted' },
    ],
  ])('proposed to a person: %s', (_name, request, actor, expected) => {
    expectTaken(proposedToLee(), request, actor, expected);
  });

  function expectTaken(
    before: HandoffRecord,
    request: HandoffRequest,
    actor: Person,
    expected: Partial<HandoffRecord>,
  ) {
    const result = applyAction(before, request, actor, minute(9), 'the-request');
    expect(result).toMatchObject({ ok: true, changed: true, record: expected });
    if (!result.ok) return;
    expect(HandoffRecord.parse(result.record)).toEqual(result.record);
    // Appended, never rewritten: what was there stays as it was.
    expect(result.record.history.slice(0, -1)).toEqual(before.history);
    expect(result.record.history.at(-1)).toEqual({
      at: '2025-01-15T10:09:00.000Z',
      by: actor,
      action: request.action,
      requestId: 'the-request',
      ...(request.action === 'handBack' ? { reason: 'No support contract yet' } : {}),
      ...(request.action === 'decline' ? { reason: 'Not my account' } : {}),
      ...(request.action === 'reassign' ? { to: request.to } : {}),
    });
    expect(result.record.updatedAt).toBe('2025-01-15T10:09:00.000Z');
    expect(result.record.createdAt).toBe(before.createdAt);
  }

  it('proposing to a person names them in the first history entry', () => {
    expect(proposedToLee()).toMatchObject({ proposedTo: LEE, status: 'proposed', owner: null });
    expect(proposedToLee().history[0]).toMatchObject({ action: 'propose', by: AVERY, to: LEE });
  });

  it('a record stored before people were named reads as proposed to nobody', () => {
    const { proposedTo: _none, ...older } = proposed();
    expect(HandoffRecord.parse(older).proposedTo).toBeNull();
  });

  it('reassigned, then accepted by the new person: the whole story stays', () => {
    const moved = after(acceptedByDana(), reassign(LEE), DANA, minute(3), 'move');
    const taken = after(moved, accept, LEE, minute(4), 'take');
    expect(taken).toMatchObject({ status: 'accepted', owner: LEE, proposedTo: null });
    expect(taken.history.map((entry) => [entry.action, entry.by.name, entry.to?.name])).toEqual([
      ['propose', 'Avery Field', undefined],
      ['accept', 'Dana Lee', undefined],
      ['reassign', 'Dana Lee', 'Lee Morgan'],
      ['accept', 'Lee Morgan', undefined],
    ]);
  });

  it('where its card was posted is noted once, with no history entry', () => {
    const record = proposed();
    const noted = applyAction(
      record,
      { action: 'notePosted', messageId: 'm1' },
      AVERY,
      minute(1),
      'p',
    );
    expect(noted).toMatchObject({ ok: true, changed: true, record: { postedMessageId: 'm1' } });
    if (!noted.ok) return;
    expect(noted.record.history).toEqual(record.history);
    expect(
      applyAction(noted.record, { action: 'notePosted', messageId: 'm2' }, AVERY, minute(2), 'q'),
    ).toEqual({
      ok: true,
      changed: false,
      record: noted.record,
    });
  });

  it('a handed-back handoff can be accepted again, by someone else, and the whole story stays', () => {
    const back = after(acceptedByDana(), handBack('Out this week'), DANA, minute(3), 'back');
    const again = after(back, accept, LEE, minute(4), 'accept-lee');
    expect(again.owner).toEqual(LEE);
    expect(again.history.map((entry) => [entry.action, entry.by.name, entry.reason])).toEqual([
      ['propose', 'Avery Field', undefined],
      ['accept', 'Dana Lee', undefined],
      ['handBack', 'Dana Lee', 'Out this week'],
      ['accept', 'Lee Morgan', undefined],
    ]);
  });

  it('the owner is recognised by Entra object id when Teams sends another user id', () => {
    const sameDana = { ...DANA, id: '29:dana-in-another-app' };
    expect(applyAction(acceptedByDana(), complete, sameDana, minute(5), 'r').ok).toBe(true);
  });
});

describe('applyAction: every transition that is refused, and why', () => {
  const reasonNeeded = `Say why you are handing it back (at most ${REASON_MAX_LENGTH} characters), then press "Hand back" again.`;
  const completed = 'It is already completed by Dana Lee: nothing more can be done with it.';
  it.each<[HandoffStatus, HandoffRequest, PersonName, RefusalCode, string]>([
    [
      'proposed',
      complete,
      'Dana',
      'notAccepted',
      'Nobody has accepted it yet: accept it first, then complete it.',
    ],
    [
      'proposed',
      handBack('x'),
      'Dana',
      'notAccepted',
      'Nobody has accepted it yet, so there is nothing to hand back. Accept it first.',
    ],
    ['accepted', accept, 'Lee', 'alreadyAccepted', 'It is already accepted by Dana Lee.'],
    [
      'accepted',
      accept,
      'Dana',
      'alreadyOwner',
      'You accepted it already. Complete it when it is done, hand it back with a reason, or reassign it.',
    ],
    [
      'proposed',
      decline('not mine'),
      'Lee',
      'notProposedToYou',
      'It is not proposed to anyone in particular, so there is nothing to decline: anyone may accept it.',
    ],
    [
      'proposed',
      reassign(LEE),
      'Dana',
      'notAccepted',
      'Nobody has accepted it yet: accept it first, then reassign it.',
    ],
    ['accepted', decline('x'), 'Lee', 'alreadyAccepted', 'It is already accepted by Dana Lee.'],
    [
      'accepted',
      reassign(LEE),
      'Lee',
      'notOwner',
      'Only Dana Lee, who accepted it, can reassign it.',
    ],
    [
      'accepted',
      reassign(DANA),
      'Dana',
      'reassignToOwner',
      'You own it already: choose someone else to reassign it to.',
    ],
    ['accepted', complete, 'Lee', 'notOwner', 'Only Dana Lee, who accepted it, can complete it.'],
    ['accepted', complete, 'Avery', 'notOwner', 'Only Dana Lee, who accepted it, can complete it.'],
    [
      'accepted',
      handBack('mine now'),
      'Lee',
      'notOwner',
      'Only Dana Lee, who accepted it, can hand it back.',
    ],
    ['accepted', handBack(''), 'Dana', 'reasonNeeded', reasonNeeded],
    ['accepted', handBack('   '), 'Dana', 'reasonNeeded', reasonNeeded],
    [
      'accepted',
      handBack('x'.repeat(REASON_MAX_LENGTH + 1)),
      'Dana',
      'reasonTooLong',
      `The reason is ${REASON_MAX_LENGTH + 1} characters long; keep it to ${REASON_MAX_LENGTH} or fewer.`,
    ],
    ['completed', accept, 'Lee', 'alreadyCompleted', completed],
    ['completed', complete, 'Dana', 'alreadyCompleted', completed],
    ['completed', handBack('reopen'), 'Dana', 'alreadyCompleted', completed],
  ])('%s, %j by %s: %s', (from, request, name, code, message) => {
    const actor = PEOPLE[name];
    const before = START[from]();
    const result = applyAction(before, request, actor, minute(9), 'the-request');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal).toMatchObject({ code, action: request.action, status: from });
    expect(refusalMessage(result.refusal)).toBe(message);
    expect(result.refusal.allowed).toEqual(allowedActions(before, actor));
    // A refusal changes nothing.
    expect(result.record).toBe(before);
  });

  it.each<[HandoffRequest, PersonName, RefusalCode, string]>([
    [
      accept,
      'Dana',
      'proposedToSomeoneElse',
      'It is proposed to Lee Morgan: only they can accept or decline it.',
    ],
    [
      accept,
      'Avery',
      'proposedToSomeoneElse',
      'It is proposed to Lee Morgan: only they can accept or decline it.',
    ],
    [
      decline('not mine'),
      'Dana',
      'notProposedToYou',
      'It is proposed to Lee Morgan: only they can decline it.',
    ],
    [
      decline('  '),
      'Lee',
      'reasonNeeded',
      `Say why you are declining it (at most ${REASON_MAX_LENGTH} characters), then press "Decline" again.`,
    ],
    [
      decline('x'.repeat(REASON_MAX_LENGTH + 1)),
      'Lee',
      'reasonTooLong',
      `The reason is ${REASON_MAX_LENGTH + 1} characters long; keep it to ${REASON_MAX_LENGTH} or fewer.`,
    ],
    [
      complete,
      'Lee',
      'notAccepted',
      'Nobody has accepted it yet: accept it first, then complete it.',
    ],
  ])('proposed to Lee, %j by %s: %s', (request, name, code, message) => {
    const before = proposedToLee();
    const result = applyAction(before, request, PEOPLE[name], minute(9), 'the-request');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal).toMatchObject({ code, proposedTo: LEE });
    expect(refusalMessage(result.refusal)).toBe(message);
    expect(result.record).toBe(before);
  });

  it('exactly 500 characters of reason is enough, and it is kept whole', () => {
    const reason = 'y'.repeat(REASON_MAX_LENGTH);
    const back = after(acceptedByDana(), handBack(reason), DANA, minute(3), 'back');
    expect(back.history.at(-1)?.reason).toBe(reason);
  });
});

describe('applyAction: the same request twice', () => {
  it.each<[string, () => HandoffRecord, HandoffRequest, Person, string]>([
    ['an accept', acceptedByDana, accept, DANA, 'accept-dana'],
    ['a complete', completedByDana, complete, DANA, 'complete-dana'],
    // Even by someone else, or after the handoff moved on: the request was taken once.
    ['an accept after a completion', completedByDana, accept, LEE, 'accept-dana'],
  ])('%s delivered again changes nothing', (_name, start, request, actor, requestId) => {
    const record = start();
    expect(applyAction(record, request, actor, minute(30), requestId)).toEqual({
      ok: true,
      changed: false,
      record,
    });
  });
});

describe('allowedActions', () => {
  it.each<[HandoffStatus, Person, string[]]>([
    ['proposed', LEE, ['accept']],
    ['accepted', DANA, ['complete', 'handBack', 'reassign']],
    ['accepted', LEE, []],
    ['completed', DANA, []],
  ])('%s, for %j: %j', (status, person, allowed) => {
    expect(allowedActions(START[status](), person)).toEqual(allowed);
  });

  it.each<[Person, string[]]>([
    [LEE, ['accept', 'decline']],
    [DANA, []],
    [AVERY, []],
  ])('proposed to Lee, for %j: %j', (person, allowed) => {
    expect(allowedActions(proposedToLee(), person)).toEqual(allowed);
  });
});
