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
  assertJsonData(key, data, 'item', [item]);
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

function assertJsonData(key: string, value: unknown, path: string, ancestors: object[]): void {
  const problem = problemWith(value, ancestors);
  if (problem) {
    throw new UnstorableItemError(
      key,
      `${path} is ${problem}, which JSON cannot store faithfully; ${PLAIN_DATA_HINT}`,
    );
  }
  if (typeof value !== 'object' || value === null) return;

  // Dates and Buffers store what their toJSON returns; check that instead.
  const asJson: unknown =
    'toJSON' in value && typeof value.toJSON === 'function' ? value.toJSON() : value;
  if (asJson !== value) {
    assertJsonData(key, asJson, path, ancestors);
    return;
  }
  const inside = [...ancestors, value];
  if (Array.isArray(value)) {
    value.forEach((element, index) => assertJsonData(key, element, `${path}[${index}]`, inside));
    return;
  }
  for (const [name, property] of Object.entries(value)) {
    assertJsonData(key, property, `${path}${propertyPath(name)}`, inside);
  }
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
