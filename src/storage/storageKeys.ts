import type { WriteCondition } from './itemStore';
import { UnstorableItemError } from './storageErrors';

// Unpaired surrogates turn into U+FFFD on their way to UTF-8, so two different keys could
// end up as one stored key.
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/** checks the keys passed to `read` or `delete` */
export function assertStorageKeys(
  keys: unknown,
  operation: string,
): asserts keys is readonly string[] {
  if (!Array.isArray(keys)) {
    throw new TypeError(`Storage: ${operation} needs an array of keys.`);
  }
  for (const key of keys) assertStorageKey(key, operation);
}

/** checks one key: a string that storage keeps apart from every other */
export function assertStorageKey(key: unknown, operation: string): asserts key is string {
  if (typeof key !== 'string') {
    throw new TypeError(`Storage: ${operation} needs string keys, got ${typeof key}.`);
  }
  if (UNPAIRED_SURROGATE.test(key)) {
    throw new UnstorableItemError(
      key,
      'the key contains an unpaired UTF-16 surrogate; use well-formed Unicode keys.',
    );
  }
}

/** checks a write's condition: exactly one of the three forms, an eTag a read returned */
export function assertWriteCondition(
  key: string,
  condition: unknown,
): asserts condition is WriteCondition {
  if (typeof condition === 'object' && condition !== null) {
    const fields = Object.keys(condition);
    if (fields.length === 1) {
      const { ifMatch, ifAbsent, overwrite } = condition as Record<string, unknown>;
      if (typeof ifMatch === 'string' && ifMatch !== '' && ifMatch !== '*') return;
      if (ifAbsent === true || overwrite === true) return;
      if (fields[0] === 'ifMatch') {
        throw new UnstorableItemError(
          key,
          `ifMatch must be the eTag a read returned (a non-empty string other than "*"), not ${typeof ifMatch === 'string' ? JSON.stringify(ifMatch) : `a ${typeof ifMatch}`}.`,
        );
      }
    }
  }
  throw new UnstorableItemError(
    key,
    'the write needs one condition: { ifMatch: eTag }, { ifAbsent: true } or { overwrite: true }.',
  );
}
