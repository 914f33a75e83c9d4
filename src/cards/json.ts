/** JSON as cards carry it: what a template expands to and what an attachment's `content` holds. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** An Adaptive Card's content (not a botbuilder Attachment): the bot wraps it. */
export interface AdaptiveCardJson extends JsonObject {
  type: 'AdaptiveCard';
  version: string;
  body: JsonValue[];
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isAdaptiveCard(value: unknown): value is AdaptiveCardJson {
  return (
    isJsonObject(value) &&
    value.type === 'AdaptiveCard' &&
    typeof value.version === 'string' &&
    Array.isArray(value.body)
  );
}
