import { z } from 'zod';
import {
  FACT_DOMAINS,
  type FactDomain,
  FACT_PATHS,
  type FactProblem,
  Facts,
  factsStillNeeded,
  missingFact,
  type PartialFacts,
  PartnerFacts,
  parsePartialFacts,
  type ParseResult,
} from '../rubric';
import { FORM_FIELDS, type FormField, PARTNER_PREFIX, PARTNER_SWITCH_ID } from './formFields';

/**
 * What one input may send. Teams sends every value as a string ("3", "true", "a,b", "" for
 * empty); other clients may send numbers, booleans or arrays. Anything else is rejected.
 */
const InputValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
type InputValue = z.infer<typeof InputValue>;

/** A form submit: the inputs by id. Other keys (the verb, client extras) are ignored. */
const FormSubmit = z.looseObject(
  Object.fromEntries(
    [...FORM_FIELDS.map((field) => field.id), PARTNER_SWITCH_ID].map((id) => [
      id,
      InputValue.optional(),
    ]),
  ),
);
type FormSubmit = Record<string, InputValue | undefined>;

/**
 * A facts form's submitted `value` as facts: strings become the types the rubric expects, then
 * the rubric validates them. A value that can't be read as its type is passed on as it is, so
 * the problem names the fact, the allowed values and what was sent; nothing is defaulted. Facts
 * left empty are fine as long as the rules never need them (a go-to-market partner needs no
 * support plan); the ones they do need come back as "is required".
 */
export function readFactsForm(value: unknown): ParseResult<PartialFacts> {
  const submit = FormSubmit.safeParse(value);
  if (!submit.success) return { ok: false, problems: submitProblems(submit.error, value) };
  const partnerAsking = readSwitch(submit.data[PARTNER_SWITCH_ID]);
  if (typeof partnerAsking !== 'boolean') {
    return { ok: false, problems: [switchProblem(submit.data[PARTNER_SWITCH_ID])] };
  }
  const { facts, partner } = candidateFacts(submit.data, partnerAsking);
  const parsed = parsePartialFacts(partner === undefined ? facts : { ...facts, partner });
  if (!parsed.ok) return parsed;
  // What the form left empty was not given: absence rules apply (no hours means a short one).
  const needed = factsStillNeeded(parsed.facts, { partner: partnerAsking, declined: FACT_PATHS });
  if (needed.length === 0) return parsed;
  return { ok: false, problems: needed.map(missingFact) };
}

/**
 * The answers in a submit that are valid on their own, to prefill the form sent back when the
 * submit as a whole was rejected; invalid or unreadable answers are left out.
 */
export function factsFormPrefill(value: unknown): PartialFacts {
  if (typeof value !== 'object' || value === null) return {};
  const submit = readableInputs(value);
  const { facts, partner } = candidateFacts(submit, readSwitch(submit[PARTNER_SWITCH_ID]) === true);
  const prefill = keepValid(facts, FACT_SHAPE);
  if (partner !== undefined) prefill.partner = keepValid(partner, PARTNER_SHAPE);
  const parsed = parsePartialFacts(prefill);
  return parsed.ok ? parsed.facts : {};
}

const FACT_SHAPE: Record<string, z.ZodType> = Facts.shape;
const PARTNER_SHAPE: Record<string, z.ZodType> = PartnerFacts.shape;

function readableInputs(value: object): FormSubmit {
  const submit: FormSubmit = {};
  for (const [id, raw] of Object.entries(value)) {
    const input = InputValue.safeParse(raw);
    if (input.success) submit[id] = input.data;
  }
  return submit;
}

function keepValid(
  answers: Record<string, unknown>,
  shape: Record<string, z.ZodType>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answers).filter(([key, answer]) => shape[key]?.safeParse(answer).success),
  );
}

interface CandidateFacts {
  facts: Record<string, unknown>;
  /** present when the partner switch is on */
  partner?: Record<string, unknown>;
}

function candidateFacts(submit: FormSubmit, partnerAsking: boolean): CandidateFacts {
  const facts: Record<string, unknown> = {};
  const partner: Record<string, unknown> = {};
  for (const field of FORM_FIELDS) {
    const isPartner = field.fact.startsWith(PARTNER_PREFIX);
    if (isPartner && !partnerAsking) continue;
    const answer = readInput(FACT_DOMAINS[field.fact], submit[field.id]);
    if (answer !== undefined) (isPartner ? partner : facts)[factKey(field)] = answer;
  }
  return partnerAsking ? { facts, partner } : { facts };
}

function factKey(field: FormField): string {
  return field.fact.startsWith(PARTNER_PREFIX)
    ? field.fact.slice(PARTNER_PREFIX.length)
    : field.fact;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** One input's value as its fact's type; `undefined` when left empty. */
function readInput(domain: FactDomain, raw: InputValue | undefined): unknown {
  const blank = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
  switch (domain.kind) {
    case 'set':
      // Clients leave an untouched multi-select out or send "": for this input that means none.
      if (blank) return [];
      return typeof raw === 'string' ? raw.split(',').map((item) => item.trim()) : raw;
    case 'boolean':
      return blank ? undefined : readSwitch(raw);
    case 'integer':
    case 'number':
      if (blank) return undefined;
      return typeof raw === 'string' && NUMBER.test(raw.trim()) ? Number(raw.trim()) : raw;
    case 'enum':
    case 'text':
      if (blank) return undefined;
      return typeof raw === 'string' ? raw.trim() : raw;
  }
}

/** A toggle's value: "true"/"false" (or a boolean); absent means off; anything else as sent. */
function readSwitch(raw: InputValue | undefined): unknown {
  if (raw === undefined || raw === null || raw === '') return false;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return raw;
}

function switchProblem(raw: unknown): FactProblem {
  return { code: 'badSwitch', fact: 'partner', received: raw };
}

function submitProblems(error: z.ZodError, value: unknown): FactProblem[] {
  const problems = error.issues.map((issue): FactProblem => {
    const id = issue.path[0];
    const field = FORM_FIELDS.find((candidate) => candidate.id === id);
    if (field === undefined) {
      if (id === PARTNER_SWITCH_ID) return switchProblem(readKey(value, id));
      return { code: 'notAForm', fact: '(form)', received: value };
    }
    return { code: 'invalid', fact: field.fact, received: readKey(value, field.id) };
  });
  return problems.filter(
    (problem, index) =>
      problems.findIndex((other) => other.code === problem.code && other.fact === problem.fact) ===
      index,
  );
}

function readKey(value: unknown, key: string | number | symbol | undefined): unknown {
  if (typeof value !== 'object' || value === null || key === undefined) return undefined;
  return (value as Record<string | number | symbol, unknown>)[key];
}
