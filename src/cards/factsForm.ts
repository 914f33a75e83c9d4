import {
  FACT_DOMAINS,
  type FactDomain,
  type FactPath,
  type FactProblem,
  type PartialFacts,
  readFact,
} from '../rubric';
import { describeProblem } from '../words/facts';
import { FORM_FIELDS, isPartnerFact, PARTNER_SWITCH_ID } from './formFields';
import type { AdaptiveCardJson } from './json';
import { factsFormPrefill } from './readFactsForm';
import { expandCard } from './templates';
import type { FormVerb } from './verbs';
import { choiceTitle, FORM_TITLES, formLabel, inputHint, SUBMIT_TITLES } from './words';

export interface FactsFormInput {
  /** what was understood so far: prefills the inputs */
  facts: PartialFacts;
  /** why the last submit was rejected: listed on top, and each bad input is marked */
  problems?: readonly FactProblem[];
  /** a rejected submit's `value`: its valid answers prefill the inputs, over `facts` */
  submitted?: unknown;
  verb: FormVerb;
  title?: string;
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
  return expandCard('factsForm', {
    title: title ?? FORM_TITLES[verb],
    submitTitle: SUBMIT_TITLES[verb],
    verb,
    has: {
      problems: problems.length > 0,
      partnerSection: partnerAsking || problems.some((problem) => isPartnerFact(problem.fact)),
    },
    problems: problems.map((problem) => describeProblem(problem)),
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
