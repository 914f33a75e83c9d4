import { UnstorableItemError } from './storageErrors';

// Unpaired surrogates turn into U+FFFD on their way to UTF-8, so two different keys could
// end up as one stored key.
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/** checks keys passed to `read` or `delete`, and the keys of a `write` */
export function assertStorageKeys(keys: unknown, operation: string): asserts keys is string[] {
  if (!Array.isArray(keys)) {
    throw new TypeError(`Storage: ${operation} needs an array of keys.`);
  }
  for (const key of keys) assertStorageKey(key, operation);
}

function assertStorageKey(key: unknown, operation: string): asserts key is string {
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
