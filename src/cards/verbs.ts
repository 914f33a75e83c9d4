import { z } from 'zod';
import { HandoffId } from '../handoffs';
import { Question } from '../knowledge';
import { ACCOUNT_MAX_LENGTH, PartialFacts } from '../rubric';

/**
 * The verbs card actions carry. Actions that replace the card they sit on (edit, start over,
 * submit a form, act on a handoff, post one) are `Action.Execute` with an `Action.Submit`
 * fallback; actions that start a new exchange in the conversation (assess, partner, ask, post
 * a handoff from a result) are plain `Action.Submit`. Either way the bot receives
 * `{ verb, ...data }`: as a message `value`, or as the invoke's `action.data`.
 */
export const VERBS = {
  assess: 'assess',
  partner: 'partner',
  editAnswers: 'editAnswers',
  startOver: 'startOver',
  submitFacts: 'submitFacts',
  submitHandoff: 'submitHandoff',
  ask: 'ask',
  /** a result card's "Post handoff": where to post it (personal chat), or post it here */
  postHandoff: 'postHandoff',
  /** the place picker's "Post" */
  postHandoffTo: 'postHandoffTo',
  acceptHandoff: 'acceptHandoff',
  /** the person a handoff is proposed to turns it down, with a reason */
  declineHandoff: 'declineHandoff',
  handBackHandoff: 'handBackHandoff',
  /** the owner hands it to another person, who then accepts or declines it */
  reassignHandoff: 'reassignHandoff',
  completeHandoff: 'completeHandoff',
  /** the handoff card's refresh: each person's own view of it */
  refreshHandoff: 'refreshHandoff',
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** The verbs a facts form can submit with. */
export const FORM_VERBS = [VERBS.submitFacts, VERBS.submitHandoff] as const;
export type FormVerb = (typeof FORM_VERBS)[number];

const VERB_LIST: readonly Verb[] = Object.values(VERBS);

const withVerb = <V extends Verb>(verb: V) => z.looseObject({ verb: z.literal(verb) });

/** The id of the place picker's input: the place chosen. */
export const PLACE_INPUT_ID = 'placeId';
/** The id of the place picker's optional input: the account name, when none is known. */
export const ACCOUNT_INPUT_ID = 'account';
/** The id of the handoff card's input: why it is handed back or declined. */
export const REASON_INPUT_ID = 'reason';
/** The id of the handoff card's people picker: whom the owner reassigns it to. */
export const REASSIGN_INPUT_ID = 'reassignTo';
/** The id of the facts form's people picker: whom the handoff is proposed to. */
export const PROPOSED_TO_INPUT_ID = 'proposedTo';

/**
 * A person chosen in a people picker: the Entra object id Teams sends (at most one; blank
 * when nobody was chosen). Who that is, and whether they are in the conversation, the bot
 * asks Teams: the card says nothing more about them.
 */
export const ChosenPerson = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .string()
    .trim()
    .max(512)
    .regex(/^[^,]+$/, 'choose one person only')
    .optional(),
);

/**
 * What a handoff card's actions send: the handoff, the reason typed for a hand-back or a
 * decline, the person chosen for a reassign.
 */
export const HandoffActionData = z.looseObject({
  handoffId: HandoffId,
  [REASON_INPUT_ID]: z.string().optional(),
  [REASSIGN_INPUT_ID]: ChosenPerson,
});
export type HandoffActionData = z.infer<typeof HandoffActionData>;

/** A result card's "Post handoff": the facts decided on. */
export const PostHandoffData = z.looseObject({ facts: PartialFacts });

/**
 * The place picker's "Post": the facts, and the place chosen (absent or blank when nothing
 * was chosen: the picker asks again).
 */
export const PostHandoffToData = z.looseObject({
  facts: PartialFacts,
  /** the account name typed on the picker, when the facts had none; blank: none given */
  [ACCOUNT_INPUT_ID]: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().trim().max(ACCOUNT_MAX_LENGTH).optional(),
  ),
  [PLACE_INPUT_ID]: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().trim().max(512, 'that is not one of the places listed').optional(),
  ),
});

/**
 * The data a card action sends back, keyed by `verb`. Form submits also carry the inputs'
 * values (read them with `readFactsForm`); other unknown keys are kept, not rejected, because
 * clients add their own.
 */
export const CardActionData = z.discriminatedUnion(
  'verb',
  [
    withVerb(VERBS.assess),
    withVerb(VERBS.partner),
    withVerb(VERBS.startOver),
    withVerb(VERBS.editAnswers).extend({ facts: PartialFacts }),
    withVerb(VERBS.submitFacts),
    withVerb(VERBS.submitHandoff),
    withVerb(VERBS.ask).extend({ question: Question }),
    withVerb(VERBS.postHandoff).extend(PostHandoffData.shape),
    withVerb(VERBS.postHandoffTo).extend(PostHandoffToData.shape),
    withVerb(VERBS.acceptHandoff).extend(HandoffActionData.shape),
    withVerb(VERBS.declineHandoff).extend(HandoffActionData.shape),
    withVerb(VERBS.handBackHandoff).extend(HandoffActionData.shape),
    withVerb(VERBS.reassignHandoff).extend(HandoffActionData.shape),
    withVerb(VERBS.completeHandoff).extend(HandoffActionData.shape),
    withVerb(VERBS.refreshHandoff).extend(HandoffActionData.shape),
  ],
  { error: `verb must be one of ${VERB_LIST.join(', ')}` },
);
export type CardActionData = z.infer<typeof CardActionData>;
