import { UnstorableItemError } from './storageErrors';

const PLAIN_DATA_HINT =
  'store plain data (objects, arrays, strings, finite numbers, booleans, null).';

/**
 * the JSON text of an item, once it is known to survive JSON unchanged: JSON.stringify alone
 * would throw a vague error on cycles and BigInt, and silently drop or change functions, Maps,
 * Sets and NaN, so a later read would return different data than was written
 */
export function jsonOfItem(key: string, value: unknown): string {
  if (!isRecord(value)) {
    throw new UnstorableItemError(key, `the item must be an object, not ${describeKind(value)}.`);
  }
  const rootProblem = problemWith(value, []);
  if (rootProblem) {
    throw new UnstorableItemError(key, `the item is ${rootProblem}; ${PLAIN_DATA_HINT}`);
  }
  const asJson: unknown =
    'toJSON' in value && typeof value.toJSON === 'function' ? value.toJSON() : value;
  if (!isRecord(asJson)) {
    throw new UnstorableItemError(
      key,
      `the item's toJSON gives ${describeKind(asJson)}, which reads back as something else; an item must be stored as an object.`,
    );
  }
  // The path is only spelt out when something is wrong: most items are fine.
  const path: (string | number)[] = [];
  const problem = problemInside(value, [], path);
  if (problem) {
    throw new UnstorableItemError(
      key,
      `${describePath(path)} is ${problem}, which JSON cannot store faithfully; ${PLAIN_DATA_HINT}`,
    );
  }
  return JSON.stringify(value);
}

/** a stored item's value: its JSON, or the text itself when it is not JSON (see StoredItem) */
export function valueOfJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** the first problem in `value` or below it; `path` is left pointing at it */
function problemInside(
  value: unknown,
  ancestors: object[],
  path: (string | number)[],
): string | undefined {
  const problem = problemWith(value, ancestors);
  if (problem || typeof value !== 'object' || value === null) return problem;

  // Dates and Buffers store what their toJSON returns; check that instead.
  const asJson: unknown =
    'toJSON' in value && typeof value.toJSON === 'function' ? value.toJSON() : value;
  if (asJson !== value) return problemInside(asJson, ancestors, path);

  ancestors.push(value);
  // Every item written passes here: walked by index or key, without building entry pairs.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const inner = problemAt(index, value[index], ancestors, path);
      if (inner) return inner;
    }
  } else {
    for (const name of Object.keys(value)) {
      const inner = problemAt(name, (value as Record<string, unknown>)[name], ancestors, path);
      if (inner) return inner;
    }
  }
  ancestors.pop();
  return undefined;
}

/** the first problem in one element or property, with `path` left pointing at it */
function problemAt(
  name: string | number,
  property: unknown,
  ancestors: object[],
  path: (string | number)[],
): string | undefined {
  path.push(name);
  const problem = problemInside(property, ancestors, path);
  if (!problem) path.pop();
  return problem;
}

function describePath(path: (string | number)[]): string {
  return path.reduce<string>(
    (text, name) => text + (typeof name === 'number' ? `[${name}]` : propertyPath(name)),
    'item',
  );
}

function problemWith(value: unknown, ancestors: object[]): string | undefined {
  switch (typeof value) {
    case 'bigint':
      return 'a BigInt';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'number':
      return Number.isFinite(value) ? undefined : String(value);
    case 'object':
      if (value === null) return undefined;
      if (ancestors.includes(value)) return 'a circular reference';
      if (value instanceof Map || value instanceof WeakMap) return 'a Map';
      if (value instanceof Set || value instanceof WeakSet) return 'a Set';
      return undefined;
    default:
      return undefined;
  }
}

function propertyPath(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeKind(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
