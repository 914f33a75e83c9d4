import type { StoreItem } from 'botbuilder';
import { UnstorableItemError } from './storageErrors';

/** an item checked and serialised for storage, with the eTag condition it was written under */
export interface PreparedWrite {
  key: string;
  /** the item's data without its eTag */
  data: Record<string, unknown>;
  json: string;
  /** the eTag the stored item must still have; undefined (no eTag, '' or '*') overwrites */
  expectedETag: string | undefined;
}

const PLAIN_DATA_HINT =
  'store plain data (objects, arrays, strings, finite numbers, booleans, null).';

/**
 * checks that an item survives JSON unchanged and serialises it: JSON.stringify alone would
 * throw a vague error on cycles and BigInt, and silently drop or change functions, Maps, Sets
 * and NaN, so a later read would return different data than was written
 */
export function prepareWrite(key: string, item: unknown): PreparedWrite {
  if (!isRecord(item)) {
    throw new UnstorableItemError(key, `the item must be an object, not ${describeKind(item)}.`);
  }
  const rootProblem = problemWith(item, []);
  if (rootProblem) {
    throw new UnstorableItemError(key, `the item is ${rootProblem}; ${PLAIN_DATA_HINT}`);
  }
  const { eTag, ...data } = item;
  // `data` is a copy: list the item itself as its ancestor so a loop back to it is caught.
  assertJsonData(key, data, item);
  return { key, data, json: JSON.stringify(data), expectedETag: expectedETagOf(key, eTag) };
}

/** the item a read returns: the stored data with its current eTag */
export function toStoreItem(json: string, eTag: string): StoreItem {
  const data: unknown = JSON.parse(json);
  return { ...(isRecord(data) ? data : {}), eTag };
}

function expectedETagOf(key: string, eTag: unknown): string | undefined {
  if (eTag === undefined || eTag === null || eTag === '' || eTag === '*') return undefined;
  if (typeof eTag === 'string') return eTag;
  throw new UnstorableItemError(
    key,
    `eTag must be a string (or "*" to overwrite), not ${describeKind(eTag)}.`,
  );
}

function assertJsonData(key: string, data: object, root: object): void {
  // The path is only spelt out when something is wrong: most items are fine.
  const path: (string | number)[] = [];
  const problem = problemInside(data, [root], path);
  if (problem) {
    throw new UnstorableItemError(
      key,
      `${describePath(path)} is ${problem}, which JSON cannot store faithfully; ${PLAIN_DATA_HINT}`,
    );
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
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((element, index) => [index, element])
    : Object.entries(value);
  for (const [name, property] of entries) {
    path.push(name);
    const inner = problemInside(property, ancestors, path);
    if (inner) return inner;
    path.pop();
  }
  ancestors.pop();
  return undefined;
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
