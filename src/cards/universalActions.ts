import { isJsonObject, type JsonObject, type JsonValue } from './json';

/**
 * Completes every `Action.Execute` in a card: its `data` gains the verb, and it gets an
 * `Action.Submit` fallback with the same title and data. Clients without Universal Actions
 * then send the same payload as a message `value`, so the bot routes both by `verb`.
 * The one place action pairs are built: templates write only the `Action.Execute`.
 */
export function withSubmitFallbacks<T extends JsonValue>(node: T): T;
export function withSubmitFallbacks(node: JsonValue): JsonValue {
  if (Array.isArray(node)) return node.map((item) => withSubmitFallbacks(item));
  if (!isJsonObject(node)) return node;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    // Action data is the caller's payload, never card structure: leave it as it is.
    result[key] = key === 'data' ? value : withSubmitFallbacks(value);
  }
  return node.type === 'Action.Execute' ? completeExecute(result) : result;
}

function completeExecute(action: JsonObject): JsonObject {
  const { verb, title, associatedInputs } = action;
  if (typeof verb !== 'string' || verb.length === 0) {
    throw new Error(`Action.Execute "${String(title)}" needs a verb`);
  }
  const payload = isJsonObject(action.data) ? action.data : {};
  const data = (): JsonObject => ({ ...payload, verb });
  const fallback: JsonObject = { type: 'Action.Submit', data: data() };
  if (title !== undefined) fallback.title = title;
  // The fallback must gather (and require) the same inputs, or a card's other input would block it.
  if (associatedInputs !== undefined) fallback.associatedInputs = associatedInputs;
  return { ...action, data: data(), fallback };
}
