import { z } from 'zod';
import type {
  ComposeActionEvent,
  ComposeContext,
  ComposeSearchEvent,
  EventBase,
  MalformedRequestEvent,
  RequestProblem,
} from '../app/events';
import { messageText } from './messageText';

/** The invokes a message extension's commands arrive as. */
export const COMPOSE_INVOKES = {
  fetchTask: 'composeExtension/fetchTask',
  submitAction: 'composeExtension/submitAction',
  query: 'composeExtension/query',
} as const;
const COMPOSE_INVOKE_NAMES: readonly string[] = Object.values(COMPOSE_INVOKES);

export const isComposeInvoke = (name: string | undefined): boolean =>
  name !== undefined && COMPOSE_INVOKE_NAMES.includes(name);

/** The longest message a "…" menu hands over that is read; Teams messages are far shorter. */
const MESSAGE_MAX_LENGTH = 100_000;
/** Teams asks for 25 results at most. */
const RESULTS_MAX = 25;

const CommandId = z.string().min(1).max(64);

const CONTEXTS: Record<string, ComposeContext> = {
  compose: 'compose',
  message: 'message',
  commandbox: 'commandBox',
};

/** What Teams sends with fetchTask and submitAction (MessagingExtensionAction). */
const ActionValue = z.looseObject({
  commandId: CommandId,
  commandContext: z.enum(['compose', 'message', 'commandbox']).default('compose'),
  data: z.unknown().optional(),
  botMessagePreviewAction: z.enum(['edit', 'send']).optional(),
  messagePayload: z
    .looseObject({
      body: z
        .looseObject({
          contentType: z.string().max(20).optional(),
          content: z.string().max(MESSAGE_MAX_LENGTH).optional(),
        })
        .optional(),
    })
    .optional(),
});

/** What Teams sends with query (MessagingExtensionQuery). */
const QueryValue = z.looseObject({
  commandId: CommandId,
  parameters: z
    .array(z.looseObject({ name: z.string().max(64), value: z.string().max(2_000) }))
    .max(10)
    .default([]),
  queryOptions: z
    .looseObject({
      skip: z.number().int().min(0).max(10_000).default(0),
      count: z.number().int().min(1).max(RESULTS_MAX).default(RESULTS_MAX),
    })
    .default({ skip: 0, count: RESULTS_MAX }),
});

/** The application's event for a message extension invoke, or what is wrong with it. */
export function composeEventFrom(
  name: string,
  value: unknown,
  base: EventBase,
): ComposeActionEvent | ComposeSearchEvent | MalformedRequestEvent {
  if (name === COMPOSE_INVOKES.query) {
    const parsed = QueryValue.safeParse(value);
    if (!parsed.success) return malformed(base, 'composeSearch', parsed.error, value);
    const { commandId, parameters, queryOptions } = parsed.data;
    return {
      ...base,
      type: 'composeSearch',
      commandId,
      parameters: Object.fromEntries(
        parameters.map((parameter) => [parameter.name, parameter.value]),
      ),
      initialRun: parameters.some((p) => p.name === 'initialRun' && p.value === 'true'),
      skip: queryOptions.skip,
      count: queryOptions.count,
    };
  }
  const parsed = ActionValue.safeParse(value);
  if (!parsed.success) return malformed(base, 'composeAction', parsed.error, value);
  const action = parsed.data;
  const submitting = name === COMPOSE_INVOKES.submitAction;
  if (submitting && action.botMessagePreviewAction === undefined && !isObject(action.data)) {
    return {
      ...base,
      type: 'malformed',
      surface: 'composeAction',
      problems: [{ field: 'data', problem: action.data === undefined ? 'missing' : 'wrongType' }],
    };
  }
  const body = action.messagePayload?.body;
  return {
    ...base,
    type: 'composeAction',
    step: !submitting
      ? 'open'
      : action.botMessagePreviewAction === 'send'
        ? 'sendPreview'
        : action.botMessagePreviewAction === 'edit'
          ? 'editPreview'
          : 'submit',
    commandId: action.commandId,
    context: CONTEXTS[action.commandContext] ?? 'compose',
    ...(body?.content === undefined
      ? {}
      : { messageText: messageText(body.content, body.contentType) }),
    ...(submitting && action.botMessagePreviewAction === undefined ? { data: action.data } : {}),
  };
}

function malformed(
  base: EventBase,
  surface: MalformedRequestEvent['surface'],
  error: z.ZodError,
  value: unknown,
): MalformedRequestEvent {
  const problems: RequestProblem[] = error.issues.map((issue) => ({
    field: issue.path.length === 0 ? 'value' : issue.path.join('.'),
    problem: problemOf(issue, value),
  }));
  return { ...base, type: 'malformed', surface, problems };
}

function problemOf(issue: z.core.$ZodIssue, value: unknown): RequestProblem['problem'] {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(value, issue.path) === undefined ? 'missing' : 'wrongType';
    case 'invalid_value':
      return 'notAllowed';
    case 'too_big':
      return issue.origin === 'number' ? 'outOfRange' : 'tooLong';
    case 'too_small':
      return issue.origin === 'number' ? 'outOfRange' : 'missing';
    default:
      return 'wrongType';
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
