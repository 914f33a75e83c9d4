import * as AC from 'adaptivecards';
import type { AdaptiveCardJson, JsonObject, JsonValue } from '../../../src/cards';
import { VERBS } from '../../../src/cards';

/** Teams takes bot messages up to about 40 KB. */
export const TEAMS_MESSAGE_LIMIT_BYTES = 40 * 1024;
/** Teams shows at most six actions in a row. */
const TEAMS_MAX_ACTIONS = 6;
/** Teams refreshes a card by itself for at most 60 users. */
const TEAMS_MAX_REFRESH_USERS = 60;

const ELEMENT = ['type', 'id', 'isVisible', 'spacing', 'separator'];
const INPUT = [...ELEMENT, 'label', 'isRequired', 'errorMessage', 'value'];
// No `style` on actions: Teams doesn't support positive/destructive action styling.
const ACTION = ['type', 'title', 'id', 'tooltip'];
// Which inputs an action sends (and requires): "none" lets "Complete" ignore the reason input.
const SUBMITTING = ['data', 'associatedInputs'];

/**
 * The element types and properties these cards may use: Adaptive Cards 1.5 as Teams renders it.
 * Left out on purpose: Media (not supported in Teams), TextRun `selectAction` (links in it don't
 * open in Teams desktop), TextBlock `style: heading` and anything newer than 1.5.
 */
export const TEAMS_ALLOW_LIST: Record<string, readonly string[]> = {
  AdaptiveCard: ['type', 'version', '$schema', 'body', 'actions', 'refresh', 'msteams'],
  // Teams' own part of a card: the @mentions in its text.
  MsTeams: ['entities'],
  mention: ['type', 'text', 'mentioned'],
  Mentioned: ['id', 'name'],
  // Universal Actions: the card is fetched afresh, per person, for these users.
  Refresh: ['action', 'userIds'],
  TextBlock: [...ELEMENT, 'text', 'wrap', 'size', 'weight', 'color', 'isSubtle', 'maxLines'],
  RichTextBlock: [...ELEMENT, 'inlines'],
  TextRun: ['type', 'text', 'size', 'weight', 'color', 'isSubtle', 'italic', 'highlight'],
  // A container's selectAction makes a whole row one click ("see also"): Teams supports it.
  Container: [...ELEMENT, 'items', 'style', 'selectAction'],
  FactSet: [...ELEMENT, 'facts'],
  Fact: ['title', 'value'],
  ActionSet: [...ELEMENT, 'actions'],
  'Input.Text': [...INPUT, 'placeholder', 'maxLength', 'isMultiline'],
  'Input.Number': [...INPUT, 'placeholder', 'min', 'max'],
  'Input.Toggle': [...INPUT, 'title', 'valueOn', 'valueOff', 'wrap'],
  'Input.ChoiceSet': [...INPUT, 'choices', 'style', 'isMultiSelect', 'placeholder', 'choices.data'],
  Choice: ['title', 'value'],
  // Teams' people picker: the choices are the people found as one types.
  'Data.Query': ['type', 'dataset'],
  'Action.Execute': [...ACTION, 'verb', 'fallback', ...SUBMITTING],
  'Action.Submit': [...ACTION, ...SUBMITTING],
  'Action.OpenUrl': [...ACTION, 'url'],
  'Action.ToggleVisibility': [...ACTION, 'targetElements'],
  'Action.ShowCard': [...ACTION, 'card'],
};

/** Untyped objects are named by the array they sit in. */
const UNTYPED_BY_PARENT: Record<string, string> = {
  facts: 'Fact',
  choices: 'Choice',
  refresh: 'Refresh',
  msteams: 'MsTeams',
  mentioned: 'Mentioned',
};

export interface CardObject {
  kind: string;
  path: string;
  object: JsonObject;
}

/** Every object of a card's structure, with its kind; action `data` (a payload) is not entered. */
export function cardObjects(card: JsonValue): CardObject[] {
  const found: CardObject[] = [];
  const visit = (node: JsonValue, path: string, parentKey: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`, parentKey));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const kind =
      typeof node.type === 'string'
        ? node.type
        : (UNTYPED_BY_PARENT[parentKey] ?? `(${parentKey})`);
    found.push({ kind, path, object: node });
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'data') visit(value, `${path}.${key}`, key);
    }
  };
  visit(card, '$', '');
  return found;
}

/** Where a string sits: the kind of object and the property, e.g. "TextRun.text"; payloads as "data". */
export function stringsIn(card: JsonValue): { where: string; value: string }[] {
  const strings: { where: string; value: string }[] = [];
  const collect = (node: JsonValue, where: string): void => {
    if (typeof node === 'string') strings.push({ where, value: node });
    else if (Array.isArray(node)) node.forEach((item) => collect(item, where));
    else if (node !== null && typeof node === 'object') {
      for (const value of Object.values(node)) collect(value, where);
    }
  };
  for (const { kind, object } of cardObjects(card)) {
    for (const [key, value] of Object.entries(object)) {
      if (key === 'data') collect(value, 'data');
      else if (typeof value === 'string') strings.push({ where: `${kind}.${key}`, value });
    }
  }
  return strings;
}

/** Element types and properties outside the Teams allow-list. */
export function teamsProblems(card: AdaptiveCardJson): string[] {
  const problems: string[] = [];
  for (const { kind, path, object } of cardObjects(card)) {
    const allowed = TEAMS_ALLOW_LIST[kind];
    if (allowed === undefined) {
      problems.push(`${path}: ${kind} is not on the Teams allow-list`);
      continue;
    }
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key))
        problems.push(`${path}: ${kind}.${key} is not on the Teams allow-list`);
    }
    if (Array.isArray(object.actions) && object.actions.length > TEAMS_MAX_ACTIONS) {
      problems.push(`${path}: more than ${TEAMS_MAX_ACTIONS} actions`);
    }
    if (kind === 'Refresh') {
      const users = object.userIds;
      if (!Array.isArray(users) || users.some((user) => typeof user !== 'string'))
        problems.push(`${path}: userIds must list user ids`);
      else if (users.length > TEAMS_MAX_REFRESH_USERS)
        problems.push(`${path}: more than ${TEAMS_MAX_REFRESH_USERS} userIds`);
      if (!isObject(object.action) || object.action.type !== 'Action.Execute')
        problems.push(`${path}: the refresh action must be an Action.Execute`);
    }
  }
  return problems;
}

/** Parse and validation events from the adaptivecards library, reading the card as version 1.5. */
export function adaptiveCardsEvents(card: AdaptiveCardJson): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  const events: string[] = [];
  for (let index = 0; index < context.eventCount; index++) {
    events.push(`parse: ${context.getEventAt(index).message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    events.push(`validate: ${event.message}`);
  }
  return events.filter((event) => !TEAMS_PEOPLE_PICKER.includes(event) || !onlyPeoplePickers(card));
}

/**
 * What the library says of Teams' people picker, which Teams renders in 1.5 cards: it knows
 * `choices.data` only from 1.6, and a picker has no fixed choices. Let through only when every
 * choice set that has no choices is a people picker.
 */
const TEAMS_PEOPLE_PICKER = [
  'parse: Property "choices.data" is supported in version 1.6, but you are using version 1.5.',
  'validate: An Input.ChoiceSet must have at least one choice defined.',
];

function onlyPeoplePickers(card: AdaptiveCardJson): boolean {
  const sets = cardObjects(card).filter(({ kind }) => kind === 'Input.ChoiceSet');
  const pickers = sets.filter(({ object }) => {
    const query = object['choices.data'];
    return (
      isObject(query) &&
      query.type === 'Data.Query' &&
      query.dataset === 'graph.microsoft.com/users'
    );
  });
  const empty = sets.filter(
    ({ object }) => !Array.isArray(object.choices) || object.choices.length === 0,
  );
  return pickers.length > 0 && empty.every((set) => pickers.includes(set));
}

const KNOWN_VERBS: readonly string[] = Object.values(VERBS);

/** Every Action.Execute: a known verb, the verb in its data, an Action.Submit fallback with the same. */
export function executeProblems(card: AdaptiveCardJson): string[] {
  const problems: string[] = [];
  for (const { kind, path, object: action } of cardObjects(card)) {
    if (kind !== 'Action.Execute') continue;
    const { verb, title, data, fallback } = action;
    if (typeof verb !== 'string' || !KNOWN_VERBS.includes(verb))
      problems.push(`${path}: verb ${String(verb)}`);
    if (!isObject(data) || data.verb !== verb) problems.push(`${path}: data must carry the verb`);
    if (!isObject(fallback) || fallback.type !== 'Action.Submit') {
      problems.push(`${path}: needs an Action.Submit fallback`);
      continue;
    }
    if (fallback.title !== title) problems.push(`${path}: fallback title differs`);
    if (JSON.stringify(fallback.data) !== JSON.stringify(data))
      problems.push(`${path}: fallback data differs`);
    if (fallback.associatedInputs !== action.associatedInputs)
      problems.push(`${path}: fallback sends other inputs`);
  }
  return problems;
}

/** Inputs whose prefilled value doesn't fit them, and toggles aimed at elements that don't exist. */
export function inputProblems(card: AdaptiveCardJson): string[] {
  const objects = cardObjects(card);
  const ids = new Set(
    objects.map(({ object }) => object.id).filter((id) => typeof id === 'string'),
  );
  const problems: string[] = [];
  for (const { kind, path, object } of objects) {
    const { value } = object;
    switch (kind) {
      case 'Input.Number':
        if (value !== undefined && typeof value !== 'number')
          problems.push(`${path}: value must be a number`);
        break;
      case 'Input.Toggle':
        if (value !== object.valueOn && value !== object.valueOff)
          problems.push(`${path}: value is neither on nor off`);
        break;
      case 'Input.Text':
        if (typeof value !== 'string') problems.push(`${path}: value must be text`);
        else if (typeof object.maxLength === 'number' && value.length > object.maxLength) {
          problems.push(`${path}: value is longer than maxLength`);
        }
        break;
      case 'Input.ChoiceSet': {
        const choices = Array.isArray(object.choices)
          ? object.choices.filter(isObject).map((c) => c.value)
          : [];
        const chosen =
          typeof value === 'string' ? value.split(',').filter((item) => item !== '') : [];
        if (typeof value !== 'string') problems.push(`${path}: value must be text`);
        if (chosen.some((item) => !choices.includes(item)))
          problems.push(`${path}: value is not a choice`);
        if (object.isMultiSelect !== true && chosen.length > 1)
          problems.push(`${path}: several values`);
        break;
      }
      case 'Action.ToggleVisibility': {
        const targets = Array.isArray(object.targetElements) ? object.targetElements : [];
        for (const target of targets) {
          if (typeof target !== 'string' || !ids.has(target))
            problems.push(`${path}: no element ${String(target)}`);
        }
        break;
      }
    }
  }
  return problems;
}

/** The bytes of the message activity that carries the card. */
export function activityBytes(card: AdaptiveCardJson): number {
  const activity = {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
  };
  return Buffer.byteLength(JSON.stringify(activity), 'utf8');
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The card's action with the given verb (Action.Execute, or Action.Submit whose data names it). */
export function actionWithVerb(card: AdaptiveCardJson, verb: string): JsonObject | undefined {
  return cardObjects(card).find(
    ({ kind, object }) =>
      (kind === 'Action.Execute' && object.verb === verb) ||
      (kind === 'Action.Submit' && isObject(object.data) && object.data.verb === verb),
  )?.object;
}

/** The card's inputs by id. */
export function inputsOf(card: AdaptiveCardJson): Map<string, JsonObject> {
  return new Map(
    cardObjects(card)
      .filter(({ kind }) => kind.startsWith('Input.'))
      .map(({ object }) => [String(object.id), object]),
  );
}

/** What Teams sends for a form's inputs as they stand: every value as a string. */
export function teamsSubmitOf(card: AdaptiveCardJson, verb: string): Record<string, string> {
  const submit: Record<string, string> = { verb };
  for (const [id, input] of inputsOf(card)) {
    submit[id] = input.value === undefined ? '' : String(input.value);
  }
  return submit;
}
