import type { Template } from 'adaptivecards-templating';
import answer from '../../cards/answer.json';
import factsForm from '../../cards/factsForm.json';
import handoff from '../../cards/handoff.json';
import myHandoffs from '../../cards/myHandoffs.json';
import noAnswer from '../../cards/noAnswer.json';
import postHandoff from '../../cards/postHandoff.json';
import problem from '../../cards/problem.json';
import result from '../../cards/result.json';
import welcome from '../../cards/welcome.json';
import { type AdaptiveCardJson, isAdaptiveCard } from './json';
import { withSubmitFallbacks } from './universalActions';
import { VERBS } from './verbs';

const SOURCES = {
  welcome,
  result,
  factsForm,
  answer,
  noAnswer,
  handoff,
  postHandoff,
  myHandoffs,
  problem,
};
export type CardName = keyof typeof SOURCES;

// The templating library (with the expression language under it) loads with the first card, and
// each template is parsed the first time it is expanded: at start, the two would take a quarter
// of a second. Later expansions reuse the parse. `require` keeps expanding synchronous.
type Templating = typeof import('adaptivecards-templating');
const parsed = new Map<CardName, Template>();
function templateOf(name: CardName): Template {
  let template = parsed.get(name);
  if (template === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const templating = require('adaptivecards-templating') as Templating;
    template = new templating.Template(SOURCES[name]);
    parsed.set(name, template);
  }
  return template;
}

/**
 * Expands `cards/<name>.json` with the data as `$root` (plus `verbs`, which every template may
 * name). Data values are inserted as they are, never evaluated: only the template's own
 * `${...}` are expressions. Every field a template names must be present in the data, since
 * the templating library shows an absent one as its own `${...}` text.
 */
export function expandCard(name: CardName, data: object): AdaptiveCardJson {
  const expanded: unknown = templateOf(name).expand({ $root: { ...data, verbs: VERBS } });
  if (!isAdaptiveCard(expanded)) {
    throw new Error(`cards/${name}.json did not expand to an Adaptive Card`);
  }
  return withSubmitFallbacks(expanded);
}
