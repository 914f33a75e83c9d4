import {
  FACT_DOMAINS,
  type FactDomain,
  type FactPath,
  type PartialFacts,
  parsePartialFacts,
  readFact,
} from '../rubric';
import type { Person } from '../handoffs';
import {
  FACT_LABELS,
  formChoices,
  formLabel,
  formProblemText,
  inputHint,
  PARTNER_SWITCH_LABEL,
  REQUIRED_LEGEND,
} from '../words/forms';
import {
  FORM_FIELDS,
  type FormField,
  isPartnerFact,
  PARTNER_PREFIX,
  PARTNER_SWITCH_ID,
} from './formFields';
import type { FormProblem } from './formProblems';
import type { AdaptiveCardJson } from './json';
import { factsFormPrefill, InputValue, requiredInputs } from './readFactsForm';
import { expandCard } from './templates';
import { type FormVerb, VERBS } from './verbs';
import { DIALOG_SUBMIT_TITLE, factValueText, FORM_TITLES, SUBMIT_TITLES } from './words';

export interface FactsFormInput {
  /** what was understood so far: prefills the inputs */
  facts: PartialFacts;
  /** why the last submit was rejected: listed on top, and each next to its input */
  problems?: readonly FormProblem[];
  /** a rejected submit's `value`: what was typed stays in its input, over `facts` */
  submitted?: unknown;
  verb: FormVerb;
  title?: string;
  /** lines on top, in the bot's own words: what was understood, what to give instead of "a few" */
  notes?: readonly string[];
  /**
   * `dialog`: the form fills a message extension's dialog, which submits with Action.Submit;
   * otherwise it sits in the conversation and submits with Action.Execute
   */
  surface?: 'chat' | 'dialog';
  /** read from a message: the facts found there (none is said too) and what could not be read */
  found?: { facts: readonly FactPath[]; unread: readonly string[] };
  /** a handoff's form: whom it is proposed to, as chosen so far, and why that was refused */
  proposedTo?: { chosen?: Person; problem?: string };
}

/** What the template binds one input to. */
interface FieldView {
  label: string;
  /** what the input accepts: the client shows it when its own check fails */
  hint: string;
  /** what was wrong with the last answer, shown next to the input; "" when nothing */
  problem: string;
  bad: boolean;
  /** numbers as a list of zero or one, so an unknown number leaves the input's value out */
  value: string | number[];
  choices: { title: string; value: string }[];
}

/**
 * Every qualifying fact as an input, plus the optional partner section. The inputs the rules
 * need, given the answers so far, are marked; after a rejected submit each input keeps what was
 * typed and says what was wrong with it.
 */
export function factsFormCard({
  facts: understood,
  problems = [],
  submitted,
  verb,
  title,
  notes = [],
  surface = 'chat',
  found,
  proposedTo = {},
}: FactsFormInput): AdaptiveCardJson {
  const typed = typedInputs(submitted);
  const partnerAsking =
    typed[PARTNER_SWITCH_ID] !== undefined
      ? switchOn(typed[PARTNER_SWITCH_ID])
      : understood.partner !== undefined;
  const known = knownFacts(understood, typed, submitted, partnerAsking);
  const required = requiredInputs(known, partnerAsking);
  const fields: Record<string, FieldView> = {};
  for (const field of FORM_FIELDS) {
    const problem = problems.find(
      (candidate) => 'field' in candidate && candidate.field === field.id,
    );
    const shown =
      field.id in typed ? typed[field.id] : shownValue(field, readFact(understood, field.fact));
    fields[field.id] = fieldView(field.fact, shown, required.has(field.fact), problem);
  }
  const switchProblem = problems.find(
    (problem) => 'field' in problem && problem.field === PARTNER_SWITCH_ID,
  );
  fields[PARTNER_SWITCH_ID] = {
    label: PARTNER_SWITCH_LABEL,
    hint: '',
    problem: switchProblem ? formProblemText(switchProblem) : '',
    bad: switchProblem !== undefined,
    value: String(partnerAsking),
    choices: [],
  };
  const chosen = proposedTo.chosen;
  // The picker sends the Entra object id; someone known only by Teams id cannot be preselected.
  const choice = chosen?.aadObjectId
    ? { title: chosen.name, value: chosen.aadObjectId }
    : undefined;
  return expandCard('factsForm', {
    title: title ?? FORM_TITLES[verb],
    submitTitle: surface === 'dialog' ? DIALOG_SUBMIT_TITLE : SUBMIT_TITLES[verb],
    verb,
    has: {
      dialog: surface === 'dialog',
      found: found !== undefined && found.facts.length > 0,
      foundNothing: found !== undefined && found.facts.length === 0,
      unread: found !== undefined && found.unread.length > 0,
      personPicker: verb === VERBS.submitHandoff,
      personProblem: proposedTo.problem !== undefined,
      notes: notes.length > 0,
      problems: problems.length > 0,
      required: required.size > 0,
      partnerSection:
        partnerAsking ||
        problems.some((problem) => 'fact' in problem && isPartnerFact(problem.fact)),
    },
    requiredLegend: REQUIRED_LEGEND,
    notes,
    found: {
      facts: (found?.facts ?? []).map((fact) => ({
        title: FACT_LABELS[fact],
        value: factValueText(fact, readFact(understood, fact)),
      })),
      unread: (found?.unread ?? []).join('; '),
    },
    person: {
      choices: choice ? [choice] : [],
      value: choice?.value ?? '',
      problem: proposedTo.problem ?? '',
    },
    problems: problems.map(formProblemText),
    fields,
  });
}

/** An input's value as sent: kept only when it can stand in its input. */
type Typed = Record<string, string | number[]>;

/**
 * What a submit typed, as each input can hold it again: a number input keeps any number (even
 * one the fact refuses, such as 12.5 SKUs), a choice keeps the choices it has, text keeps what
 * fits. Inputs the submit left out are absent.
 */
function typedInputs(submitted: unknown): Typed {
  if (typeof submitted !== 'object' || submitted === null || Array.isArray(submitted)) return {};
  const submit = submitted as Record<string, unknown>;
  const typed: Typed = {};
  for (const field of FORM_FIELDS) {
    if (!(field.id in submit)) continue;
    const raw = InputValue.safeParse(submit[field.id]);
    typed[field.id] = raw.success
      ? fitted(FACT_DOMAINS[field.fact], raw.data)
      : emptyValue(field.fact);
  }
  if (PARTNER_SWITCH_ID in submit) {
    typed[PARTNER_SWITCH_ID] =
      submit[PARTNER_SWITCH_ID] === 'true' || submit[PARTNER_SWITCH_ID] === true ? 'true' : 'false';
  }
  return typed;
}

function fitted(domain: FactDomain, raw: InputValue): string | number[] {
  const text = raw === null ? '' : Array.isArray(raw) ? raw.join(',') : String(raw).trim();
  switch (domain.kind) {
    case 'integer':
    case 'number': {
      const number = text === '' ? Number.NaN : Number(text);
      return Number.isFinite(number) ? [number] : [];
    }
    case 'boolean':
      return text === 'true' || text === 'false' ? text : '';
    case 'enum':
      return domain.values.includes(text) ? text : '';
    case 'set':
      return [
        ...new Set(
          text
            .split(',')
            .map((item) => item.trim())
            .filter((item) => domain.values.includes(item)),
        ),
      ].join(',');
    case 'text':
      return text.slice(0, domain.maxLength);
  }
}

function emptyValue(fact: FactPath): string | number[] {
  const kind = FACT_DOMAINS[fact].kind;
  return kind === 'integer' || kind === 'number' ? [] : '';
}

function switchOn(value: string | number[] | undefined): boolean {
  return value === 'true';
}

/**
 * The facts the form stands for, for its required marks: what was understood, with every input
 * the submit sent replaced by its answer (a refused or empty answer is not known).
 */
function knownFacts(
  understood: PartialFacts,
  typed: Typed,
  submitted: unknown,
  partnerAsking: boolean,
): PartialFacts {
  const fromSubmit = factsFormPrefill(submitted);
  const top: Record<string, unknown> = {};
  const partner: Record<string, unknown> = {};
  for (const { id, fact } of FORM_FIELDS) {
    const value = id in typed ? readFact(fromSubmit, fact) : readFact(understood, fact);
    if (value === undefined) continue;
    if (fact.startsWith(PARTNER_PREFIX)) partner[fact.slice(PARTNER_PREFIX.length)] = value;
    else top[fact] = value;
  }
  const parsed = parsePartialFacts(partnerAsking ? { ...top, partner } : top);
  return parsed.ok ? parsed.facts : {};
}

/** A fact's value as its input holds it. */
function shownValue(field: FormField, current: unknown): string | number[] {
  const kind = FACT_DOMAINS[field.fact].kind;
  switch (kind) {
    case 'integer':
    case 'number':
      return typeof current === 'number' ? [current] : [];
    case 'boolean':
      // "" until known: never a silent no
      return typeof current === 'boolean' ? String(current) : '';
    case 'set':
      return Array.isArray(current) ? current.join(',') : '';
    case 'enum':
    case 'text':
      return typeof current === 'string' ? current : '';
  }
}

function fieldView(
  fact: FactPath,
  value: string | number[] | undefined,
  required: boolean,
  problem: FormProblem | undefined,
): FieldView {
  const choices = formChoices(fact);
  return {
    label: formLabel(fact, required),
    hint: inputHint(fact),
    problem: problem ? formProblemText(problem) : '',
    bad: problem !== undefined,
    value: value ?? emptyValue(fact),
    choices,
  };
}
