import { createHash } from 'node:crypto';

/**
 * The blob name of a storage key: every key gets its own blob, and keys that Azure would merge
 * or refuse get a name ending in a hash of the whole key.
 *
 * The names are the ones the bot has always used (through botbuilder's BlobsStorage, which
 * URI-encoded the key), so containers written by earlier versions keep their items. That
 * encoding alone would drop empty path segments ("a//b" and "a/b" would share one blob), cut the
 * name at 1,024 characters (two long keys that share a prefix would too), and keep names like
 * "." or "a./b" that are not usable on Azure; such keys are the ones hashed. A hashed name
 * contains "~" (encoded as itself), which no other name can produce: "~" is not a safe character.
 */
export function blobNameForKey(key: string): string {
  if (isNamedAsItIs(key)) return encodeURIComponent(key);
  const readablePart = key.replace(/[^A-Za-z0-9:@;=+,._-]/g, '_').slice(0, READABLE_PART_LENGTH);
  // UTF-16 bytes are one-to-one with JS strings; UTF-8 would merge unpaired surrogates.
  const hash = createHash('sha256').update(Buffer.from(key, 'utf16le')).digest('hex');
  return encodeURIComponent(`${readablePart}${HASH_SEPARATOR}${hash}`);
}

const HASH_SEPARATOR = '~';
const READABLE_PART_LENGTH = 100;
// Azure's limits for blob names.
const MAX_BLOB_NAME_LENGTH = 1_024;
const MAX_PATH_SEGMENTS = 254;
// Characters that need no care anywhere: Teams and Bot Framework keys such as
// "msteams/conversations/19:abc@thread.tacv2;messageid=17" are made of these.
const SAFE_SEGMENT = /^[A-Za-z0-9!$&'()*+,;=:@._-]+$/;

function isNamedAsItIs(key: string): boolean {
  const segments = key.split('/');
  return (
    // Kept hashed as before: BlobsStorage could not read an item of this name back.
    key !== '__proto__' &&
    segments.length <= MAX_PATH_SEGMENTS &&
    // Azure advises against segments that end in a dot; "." and ".." also change the URL path.
    segments.every((segment) => SAFE_SEGMENT.test(segment) && !segment.endsWith('.')) &&
    encodeURIComponent(key).length <= MAX_BLOB_NAME_LENGTH
  );
}
