import { z } from 'zod';
import {
  FACT_DOMAINS,
  type FactDomain,
  FACT_PATHS,
  type FactPath,
  factsStillNeeded,
  type PartialFacts,
  parsePartialFacts,
} from '../rubric';
import { FORM_FIELDS, type FormField, PARTNER_PREFIX, PARTNER_SWITCH_ID } from './formFields';
import {
  answerProblem,
  type FieldProblem,
  type FormProblem,
  requiredProblem,
  rubricProblem,
  switchProblem,
} from './formProblems';

/**
 * What one input may send. Teams sends every value as a string ("3", "true", "a,b", "" for
 * empty); other clients may send numbers, booleans or arrays. Anything else is refused.
 */
export const InputValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.null(),
]);
export type InputValue = z.infer<typeof InputValue>;

/** A facts form read: the facts, or every problem, each naming its input. */
export type FormReading =
  { ok: true; facts: PartialFacts } | { ok: false; problems: FormProblem[] };

/**
 * A facts form's submitted `value` as facts. Strings become the types the rubric expects, each
 * answer is checked against what its fact allows, then the rubric validates them; nothing is
 * defaulted. Inputs left empty are fine as long as the rules never need them (a go-to-market
 * partner needs no support plan); the ones they do need come back as `required`.
 */
export function readFactsForm(value: unknown): FormReading {
  if (!isSubmit(value)) return { ok: false, problems: [{ code: 'not_a_form' }] };
  const submit = value as Record<string, unknown>;
  const partnerAsking = readSwitch(submit[PARTNER_SWITCH_ID]);
  if (typeof partnerAsking !== 'boolean') {
    return { ok: false, problems: [switchProblem(submit[PARTNER_SWITCH_ID])] };
  }
  const answers = readAnswers(submit, partnerAsking);
  const parsed = parsePartialFacts(answers.facts);
  if (!parsed.ok) {
    // The rubric refused what the input checks let through: name the inputs it refused.
    const answerOf = (fact: FactPath) => readAnswer(answers.facts, fact);
    const refused = parsed.problems.flatMap((problem) => rubricProblem(problem, answerOf) ?? []);
    return { ok: false, problems: [...answers.problems, ...refused] };
  }
  // Everything wrong at once: the bad answers, and what the rules need that was left empty.
  const bad = new Set(answers.problems.map((problem) => problem.fact));
  const required = requiredFacts(parsed.facts, partnerAsking).filter((fact) => !bad.has(fact));
  const problems = [...answers.problems, ...required.map(requiredProblem)];
  return problems.length === 0 ? parsed : { ok: false, problems };
}

/**
 * The facts a form must not leave empty, given the answers so far: what the rules still need
 * when every empty input counts as not given (absence rules apply: no hours means a short
 * engagement). The form's required marks and the reader both use it.
 */
export function requiredFacts(facts: PartialFacts, partnerAsking: boolean): FactPath[] {
  // An empty multi-select reads as "none of these": it is an answer, never missing.
  return factsStillNeeded(facts, { partner: partnerAsking, declined: FACT_PATHS }).filter(
    (fact) => FACT_DOMAINS[fact].kind !== 'set',
  );
}

/** Whether a form with these answers requires each input: its fact is needed were it empty. */
export function requiredInputs(facts: PartialFacts, partnerAsking: boolean): Set<FactPath> {
  const required = new Set<FactPath>();
  for (const { fact } of FORM_FIELDS) {
    if (fact.startsWith(PARTNER_PREFIX) && !partnerAsking) continue;
    if (requiredFacts(withoutFact(facts, fact), partnerAsking).includes(fact)) required.add(fact);
  }
  return required;
}

/**
 * The answers in a submit that are valid on their own: what the form sent back after a
 * rejected submit counts as known for its required marks.
 */
export function factsFormPrefill(value: unknown): PartialFacts {
  if (!isSubmit(value)) return {};
  const submit = value as Record<string, unknown>;
  const answers = readAnswers(submit, readSwitch(submit[PARTNER_SWITCH_ID]) === true);
  const parsed = parsePartialFacts(answers.facts);
  return parsed.ok ? parsed.facts : {};
}

function isSubmit(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Answers {
  /** the answers that passed their input's check, as facts (partner facts nested) */
  facts: Record<string, unknown>;
  problems: FieldProblem[];
}

function readAnswers(submit: Record<string, unknown>, partnerAsking: boolean): Answers {
  const facts: Record<string, unknown> = {};
  const partner: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const field of FORM_FIELDS) {
    const isPartner = field.fact.startsWith(PARTNER_PREFIX);
    if (isPartner && !partnerAsking) continue;
    const raw = submit[field.id];
    const input = InputValue.optional().safeParse(raw);
    const answer = input.success ? readInput(FACT_DOMAINS[field.fact], input.data) : raw;
    if (answer === undefined) continue;
    const problem = answerProblem(field, answer);
    if (problem) problems.push(problem);
    else (isPartner ? partner : facts)[factKey(field)] = answer;
  }
  if (partnerAsking) facts.partner = partner;
  return { facts, problems };
}

function readAnswer(facts: Record<string, unknown>, fact: FactPath): unknown {
  if (!fact.startsWith(PARTNER_PREFIX)) return facts[fact];
  const partner = facts.partner;
  return typeof partner === 'object' && partner !== null
    ? (partner as Record<string, unknown>)[fact.slice(PARTNER_PREFIX.length)]
    : undefined;
}

function withoutFact(facts: PartialFacts, fact: FactPath): PartialFacts {
  if (!fact.startsWith(PARTNER_PREFIX)) {
    const { [fact as keyof PartialFacts]: _left, ...rest } = facts;
    return rest;
  }
  const key = fact.slice(PARTNER_PREFIX.length) as keyof NonNullable<PartialFacts['partner']>;
  const { [key]: _left, ...partner } = facts.partner ?? {};
  return { ...facts, partner };
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
function readSwitch(raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return false;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return raw;
}
