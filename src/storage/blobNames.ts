import { createHash } from 'node:crypto';

/**
 * BlobsStorage turns a key into a blob name by dropping empty path segments, URI-encoding it
 * and cutting it at 1,024 characters, so "a//b" and "a/b" (or two long keys that share a
 * prefix) would share one blob, names like "." or "a./b" are not usable on Azure, and a blob
 * named "__proto__" is lost on read.
 * Keys it stores faithfully keep their usual blob name; any other key gets a name ending in a
 * hash of the whole key, which no faithful key can produce because those never contain "~".
 */
export function blobNameForKey(key: string): string {
  if (isStoredFaithfully(key)) return key;
  const readablePart = key.replace(/[^A-Za-z0-9:@;=+,._-]/g, '_').slice(0, READABLE_PART_LENGTH);
  // UTF-16 bytes are one-to-one with JS strings; UTF-8 would merge unpaired surrogates.
  const hash = createHash('sha256').update(Buffer.from(key, 'utf16le')).digest('hex');
  return `${readablePart}${HASH_SEPARATOR}${hash}`;
}

const HASH_SEPARATOR = '~';
const READABLE_PART_LENGTH = 100;
// Azure's limits for blob names, which BlobsStorage checks after URI-encoding the key.
const MAX_BLOB_NAME_LENGTH = 1_024;
const MAX_PATH_SEGMENTS = 254;
// Characters that need no care anywhere: Teams and Bot Framework keys such as
// "msteams/conversations/19:abc@thread.tacv2;messageid=17" are made of these.
const SAFE_SEGMENT = /^[A-Za-z0-9!$&'()*+,;=:@._-]+$/;

function isStoredFaithfully(key: string): boolean {
  const segments = key.split('/');
  return (
    // BlobsStorage.read collects results with Object.assign, which sets a prototype instead.
    key !== '__proto__' &&
    segments.length <= MAX_PATH_SEGMENTS &&
    // Azure advises against segments that end in a dot; "." and ".." also change the URL path.
    segments.every((segment) => SAFE_SEGMENT.test(segment) && !segment.endsWith('.')) &&
    encodeURIComponent(key).length <= MAX_BLOB_NAME_LENGTH
  );
}
