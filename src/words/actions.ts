import type { z } from 'zod';
import { VERBS } from '../cards';
import { ACTION_WORDS } from './chat';

/** The parts of a card action's data, as a person would name them. */
const FIELD_WORDS: Record<string, string> = {
  verb: 'which button it is',
  handoffId: 'the handoff it names',
  reason: 'the reason for handing it back',
  facts: 'the facts it carries',
  question: 'the question',
  placeId: 'the place chosen',
};

const HANDOFF_VERBS = new Set<string>([
  VERBS.acceptHandoff,
  VERBS.handBackHandoff,
  VERBS.completeHandoff,
  VERBS.refreshHandoff,
]);

/** What to tell someone whose button sent an unknown verb, or data its verb does not carry. */
export function actionProblem(action: unknown, error: z.ZodError): { title: string; text: string } {
  const verb =
    typeof action === 'object' && action !== null && 'verb' in action ? action.verb : undefined;
  const known = typeof verb === 'string' && (Object.values(VERBS) as string[]).includes(verb);
  if (!known) return { title: "I don't know that button", text: ACTION_WORDS.unknownAction };
  const issue = error.issues.find((candidate) => candidate.path[0] !== 'verb') ?? error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const what = `${FIELD_WORDS[field] ?? 'its data'}: ${problemWords(action, issue)}`;
  return {
    title: "That button sent something I can't use",
    text: HANDOFF_VERBS.has(verb)
      ? ACTION_WORDS.badHandoffAction(what)
      : ACTION_WORDS.badAction(what),
  };
}

function problemWords(action: unknown, issue: z.core.$ZodIssue | undefined): string {
  if (!issue || issue.code !== 'invalid_type') return 'not valid';
  return valueAt(action, issue.path) === undefined ? 'missing' : 'not of the right kind';
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
