import { deflateRawSync } from 'node:zlib';

/** one file of a zip archive, stored at the archive root or under `folder/` */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

// zlib.crc32 only arrived in Node 20.15; the table version is short and works everywhere.
const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

/** the CRC-32 that zip files record for each entry */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION_NEEDED = 20; // 2.0: deflate
// Made on Unix (3) by zip 3.0, so the external attributes below are read as file modes.
const VERSION_MADE_BY = (3 << 8) | 30;
const REGULAR_FILE_644 = (0o100644 << 16) >>> 0;
const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;
const FLAG_UTF8_NAMES = 0x0800;
// Every entry is dated 1980-01-01 00:00, the earliest zip date, so the same inputs always
// give the same bytes and a rebuilt package can be compared with the last one.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
// Without the zip64 extensions, sizes and offsets have 32 bits and the entry count 16.
const ZIP32_LIMIT = 0xffffffff;
const MAX_ENTRIES = 0xffff;

function checkEntries(entries: readonly ZipEntry[]): void {
  if (entries.length > MAX_ENTRIES) {
    throw new Error(`a zip32 archive holds at most ${MAX_ENTRIES} entries`);
  }
  const names = new Set<string>();
  for (const { name, data } of entries) {
    if (
      name === '' ||
      name.startsWith('/') ||
      name.includes('\\') ||
      name.split('/').includes('..')
    ) {
      throw new Error(`zip entry name "${name}" must be a relative path with forward slashes`);
    }
    if (names.has(name)) throw new Error(`zip entry "${name}" appears twice`);
    names.add(name);
    if (data.length >= ZIP32_LIMIT) throw new Error(`zip entry "${name}" is too large for zip32`);
  }
}

/** a zip archive of the entries, in the order given */
export function createZip(entries: readonly ZipEntry[]): Buffer {
  checkEntries(entries);
  const localParts: Buffer[] = [];
  const centralParts: Buffer[] = [];
  let offset = 0;

  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    // PNGs are compressed already: store an entry as is when deflating does not make it smaller.
    const method = deflated.length < data.length ? METHOD_DEFLATE : METHOD_STORE;
    const compressed = method === METHOD_DEFLATE ? deflated : data;
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(FLAG_UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // no extra field

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION_MADE_BY, 4);
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(FLAG_UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // extra field length, comment length, disk number and internal attributes stay zero
    central.writeUInt32LE(REGULAR_FILE_644, 38);
    central.writeUInt32LE(offset, 42);

    localParts.push(local, nameBytes, compressed);
    centralParts.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }

  const centralDirectory = Buffer.concat(centralParts);
  if (offset + centralDirectory.length >= ZIP32_LIMIT)
    throw new Error('zip is too large for zip32');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in total
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...localParts, centralDirectory, end]);
}
