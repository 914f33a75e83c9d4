import { z } from 'zod';
import { FACT_DOMAINS, type FactPath, Facts, PartnerFacts } from '../rubric';
import { FORM_FIELDS, type FormField, PARTNER_PREFIX, PARTNER_SWITCH_ID } from './formFields';

/**
 * What is wrong with one input of a facts form, as data: a code, the input and the fact it
 * answers, and what was sent. The sentences are rendered from it in `src/words/forms.ts`.
 */
const FieldId = z.enum([...FORM_FIELDS.map((field) => field.id), PARTNER_SWITCH_ID]);
const FactName = z.enum([...FORM_FIELDS.map((field) => field.fact), 'partner']);
const onField = { field: FieldId, fact: FactName };

export const FormProblem = z.discriminatedUnion('code', [
  /** the submit is not an object of input values */
  z.strictObject({ code: z.literal('not_a_form') }),
  /** left empty, and the rules need it to decide */
  z.strictObject({ code: z.literal('required'), ...onField }),
  /** text where a number goes */
  z.strictObject({ code: z.literal('not_a_number'), ...onField, received: z.string() }),
  /** a fraction where a count goes */
  z.strictObject({ code: z.literal('not_whole'), ...onField, received: z.string() }),
  z.strictObject({
    code: z.literal('too_small'),
    ...onField,
    received: z.string(),
    minimum: z.number(),
  }),
  z.strictObject({
    code: z.literal('too_large'),
    ...onField,
    received: z.string(),
    maximum: z.number(),
  }),
  z.strictObject({
    code: z.literal('too_long'),
    ...onField,
    length: z.number(),
    maximum: z.number(),
  }),
  /** a yes/no (or on/off) input sent something else */
  z.strictObject({ code: z.literal('not_yes_no'), ...onField, received: z.string() }),
  /** values that are not among the input's choices */
  z.strictObject({ code: z.literal('not_a_choice'), ...onField, received: z.array(z.string()) }),
  /** a choice ticked more than once */
  z.strictObject({ code: z.literal('repeated_choice'), ...onField, received: z.string() }),
  /** any other value the rubric refuses: what was sent, and what the fact allows */
  z.strictObject({ code: z.literal('not_allowed'), ...onField, received: z.string() }),
]);
export type FormProblem = z.infer<typeof FormProblem>;
export type FormProblemCode = FormProblem['code'];
export type FieldProblem = Exclude<FormProblem, { code: 'not_a_form' }>;

const PREVIEW_LENGTH = 40;

/** What was sent, as a person would read it back: text as typed, cut to a short preview. */
export function received(raw: unknown): string {
  const text =
    typeof raw === 'string'
      ? raw
      : Array.isArray(raw)
        ? raw.map(String).join(',')
        : (JSON.stringify(raw) ?? String(raw));
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

/** The form input that answers a fact. */
function fieldOf(fact: FactPath): FormField {
  const field = FORM_FIELDS.find((candidate) => candidate.fact === fact);
  if (field === undefined) throw new Error(`the facts form has no input for ${fact}`);
  return field;
}

/** A fact the rules need that the form left empty. */
export function requiredProblem(fact: FactPath): FieldProblem {
  return { code: 'required', field: fieldOf(fact).id, fact };
}

/**
 * The problem with an answer already read as its fact's type, or undefined when the fact's
 * domain allows it. Bounds the domain does not state (the largest spend or number of hours)
 * are read from the facts schema.
 */
export function answerProblem(field: FormField, answer: unknown): FieldProblem | undefined {
  const { id, fact } = field;
  const domain = FACT_DOMAINS[fact];
  switch (domain.kind) {
    case 'integer':
    case 'number': {
      if (typeof answer !== 'number' || !Number.isFinite(answer)) {
        return { code: 'not_a_number', field: id, fact, received: received(answer) };
      }
      if (domain.kind === 'integer' && !Number.isInteger(answer)) {
        return { code: 'not_whole', field: id, fact, received: received(answer) };
      }
      if (answer < domain.min) {
        return {
          code: 'too_small',
          field: id,
          fact,
          received: received(answer),
          minimum: domain.min,
        };
      }
      const maximum = numberMaximum(fact);
      if (maximum !== undefined && answer > maximum) {
        return { code: 'too_large', field: id, fact, received: received(answer), maximum };
      }
      return undefined;
    }
    case 'boolean':
      return typeof answer === 'boolean'
        ? undefined
        : { code: 'not_yes_no', field: id, fact, received: received(answer) };
    case 'enum':
      return typeof answer === 'string' && domain.values.includes(answer)
        ? undefined
        : { code: 'not_a_choice', field: id, fact, received: [received(answer)] };
    case 'set': {
      const items = Array.isArray(answer) ? answer.map(String) : [received(answer)];
      const unknown = items.filter((item) => !domain.values.includes(item));
      if (unknown.length > 0) return { code: 'not_a_choice', field: id, fact, received: unknown };
      const repeated = items.find((item, index) => items.indexOf(item) !== index);
      if (repeated !== undefined)
        return { code: 'repeated_choice', field: id, fact, received: repeated };
      return undefined;
    }
    case 'text':
      if (typeof answer !== 'string') {
        return { code: 'not_allowed', field: id, fact, received: received(answer) };
      }
      return answer.length > domain.maxLength
        ? { code: 'too_long', field: id, fact, length: answer.length, maximum: domain.maxLength }
        : undefined;
  }
}

/** The partner switch sent something other than on or off. */
export function switchProblem(raw: unknown): FieldProblem {
  return { code: 'not_yes_no', field: PARTNER_SWITCH_ID, fact: 'partner', received: received(raw) };
}

/**
 * The rubric's word on an answer the checks above let through (the rubric may hold rules of
 * its own): the one place that reads the rubric's problems.
 */
export function rubricProblem(
  problem: { fact: string },
  answers: (fact: FactPath) => unknown,
): FieldProblem | undefined {
  const field = FORM_FIELDS.find((candidate) => candidate.fact === problem.fact);
  if (field === undefined) return undefined;
  return {
    code: 'not_allowed',
    field: field.id,
    fact: field.fact,
    received: received(answers(field.fact)),
  };
}

const SCHEMA_SHAPES = { facts: Facts.shape, partner: PartnerFacts.shape } as const;

function numberMaximum(fact: FactPath): number | undefined {
  const schema = fact.startsWith(PARTNER_PREFIX)
    ? SCHEMA_SHAPES.partner[fact.slice(PARTNER_PREFIX.length) as keyof PartnerFacts]
    : SCHEMA_SHAPES.facts[fact as keyof Facts];
  const number = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (!(number instanceof z.ZodNumber)) return undefined;
  const maximum = number.maxValue;
  return maximum !== null && Number.isFinite(maximum) ? maximum : undefined;
}
