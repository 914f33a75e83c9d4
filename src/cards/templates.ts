import { Template } from 'adaptivecards-templating';
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

// Each template is read and parsed once, when this module loads; expanding reuses the parse.
const TEMPLATES = {
  welcome: new Template(welcome),
  result: new Template(result),
  factsForm: new Template(factsForm),
  answer: new Template(answer),
  noAnswer: new Template(noAnswer),
  handoff: new Template(handoff),
  postHandoff: new Template(postHandoff),
  myHandoffs: new Template(myHandoffs),
  problem: new Template(problem),
};
export type CardName = keyof typeof TEMPLATES;

/**
 * Expands `cards/<name>.json` with the data as `$root` (plus `verbs`, which every template may
 * name). Data values are inserted as they are, never evaluated: only the template's own
 * `${...}` are expressions. Every field a template names must be present in the data, since
 * the templating library shows an absent one as its own `${...}` text.
 */
export function expandCard(name: CardName, data: object): AdaptiveCardJson {
  const expanded: unknown = TEMPLATES[name].expand({ $root: { ...data, verbs: VERBS } });
  if (!isAdaptiveCard(expanded)) {
    throw new Error(`cards/${name}.json did not expand to an Adaptive Card`);
  }
  return withSubmitFallbacks(expanded);
}
