import {
  FACT_DOMAINS,
  type FactDomain,
  type FactPath,
  type FactProblem,
  type PartialFacts,
  readFact,
} from '../rubric';
import type { Person } from '../handoffs';
import { FORM_FIELDS, isPartnerFact, PARTNER_SWITCH_ID } from './formFields';
import type { AdaptiveCardJson } from './json';
import { factsFormPrefill } from './readFactsForm';
import { expandCard } from './templates';
import { type FormVerb, VERBS } from './verbs';
import {
  choiceTitle,
  DIALOG_SUBMIT_TITLE,
  FACT_LABELS,
  factValueText,
  FORM_TITLES,
  formLabel,
  inputHint,
  SUBMIT_TITLES,
} from './words';

export interface FactsFormInput {
  /** what was understood so far: prefills the inputs */
  facts: PartialFacts;
  /** why the last submit was rejected: listed on top, and each bad input is marked */
  problems?: readonly FactProblem[];
  /** a rejected submit's `value`: its valid answers prefill the inputs, over `facts` */
  submitted?: unknown;
  verb: FormVerb;
  title?: string;
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
  hint: string;
  bad: boolean;
  /** numbers as a list of zero or one, so an unknown number leaves the input's value out */
  value: string | number[];
  choices: { title: string; value: string }[];
}

/** Every qualifying fact as an input, plus the optional partner section. */
export function factsFormCard({
  facts: understood,
  problems = [],
  submitted,
  verb,
  title,
  surface = 'chat',
  found,
  proposedTo = {},
}: FactsFormInput): AdaptiveCardJson {
  const facts = submitted === undefined ? understood : withSubmitted(understood, submitted);
  const badFacts = new Set(problems.map((problem) => problem.fact));
  const fields: Record<string, FieldView> = {};
  for (const { id, fact } of FORM_FIELDS) {
    fields[id] = fieldView(fact, readFact(facts, fact), badFacts.has(fact));
  }
  const partnerAsking = facts.partner !== undefined;
  fields[PARTNER_SWITCH_ID] = {
    label: '',
    hint: '',
    bad: badFacts.has('partner'),
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
      problems: problems.length > 0,
      personPicker: verb === VERBS.submitHandoff,
      personProblem: proposedTo.problem !== undefined,
      partnerSection: partnerAsking || problems.some((problem) => isPartnerFact(problem.fact)),
    },
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
    problems: problems.map((problem) => problem.message),
    fields,
  });
}

/** The submit is the latest word: its valid answers win, and its partner switch decides. */
function withSubmitted(understood: PartialFacts, submitted: unknown): PartialFacts {
  const { partner: _ignored, ...rest } = understood;
  const fromSubmit = factsFormPrefill(submitted);
  if (fromSubmit.partner === undefined) return { ...rest, ...fromSubmit };
  return { ...rest, ...fromSubmit, partner: { ...understood.partner, ...fromSubmit.partner } };
}

function fieldView(fact: FactPath, current: unknown, bad: boolean): FieldView {
  const domain = FACT_DOMAINS[fact];
  const choices =
    domain.kind === 'enum' || domain.kind === 'set'
      ? domain.values.map((value) => ({ title: choiceTitle(fact, value), value }))
      : [];
  const value = inputValue(domain.kind, current);
  return { label: formLabel(fact), hint: inputHint(fact), bad, value, choices };
}

/**
 * A fact's value as its input holds it: text or a choice as is ("" for none), a set as "a,b",
 * yes/no as "true"/"false" ("" until known: never a silent no), a number as [n] ([] until known).
 */
function inputValue(kind: FactDomain['kind'], current: unknown): string | number[] {
  switch (kind) {
    case 'integer':
    case 'number':
      return typeof current === 'number' ? [current] : [];
    case 'boolean':
      return typeof current === 'boolean' ? String(current) : '';
    case 'set':
      return Array.isArray(current) ? current.join(',') : '';
    case 'enum':
    case 'text':
      return typeof current === 'string' ? current : '';
  }
}
