import { z } from 'zod';
import { Question } from '../knowledge';
import { PartialFacts } from '../rubric';

/**
 * The verbs card actions carry. Actions that replace the card they sit on (edit, start over,
 * submit a form) are `Action.Execute` with an `Action.Submit` fallback; actions that start a new
 * exchange in the conversation (assess, partner, ask) are plain `Action.Submit`. Either way the
 * bot receives `{ verb, ...data }`: as a message `value`, or as the invoke's `action.data`.
 */
export const VERBS = {
  assess: 'assess',
  partner: 'partner',
  editAnswers: 'editAnswers',
  startOver: 'startOver',
  submitFacts: 'submitFacts',
  submitHandoff: 'submitHandoff',
  ask: 'ask',
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

/** The verbs a facts form can submit with. */
export const FORM_VERBS = [VERBS.submitFacts, VERBS.submitHandoff] as const;
export type FormVerb = (typeof FORM_VERBS)[number];

const VERB_LIST: readonly Verb[] = Object.values(VERBS);

const withVerb = <V extends Verb>(verb: V) => z.looseObject({ verb: z.literal(verb) });

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
  ],
  { error: `verb must be one of ${VERB_LIST.join(', ')}` },
);
export type CardActionData = z.infer<typeof CardActionData>;
