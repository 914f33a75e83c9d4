import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { crc32, createZip, type ZipEntry } from '../../tools/appPackage/zip';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { readZip } from './zipReader';

// 4 KiB that deflate cannot shrink, the same on every run
const NOISE = Buffer.concat(
  Array.from({ length: 128 }, (_, index) => createHash('sha256').update(String(index)).digest()),
);

const ENTRIES: ZipEntry[] = [
  { name: 'manifest.json', data: Buffer.from(`{"text":"${'repeat '.repeat(200)}"}\n`) },
  { name: 'color.png', data: NOISE },
  { name: 'empty.txt', data: Buffer.alloc(0) },
  { name: 'folder/naïve.txt', data: Buffer.from('a unicode name, '.repeat(20)) },
];

describe('crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('of %j is the standard CRC-32', (text, expected) => {
    expect(crc32(Buffer.from(text))).toBe(expected);
  });
});

describe('createZip', () => {
  it('writes entries that read back unchanged, in order', () => {
    const entries = readZip(createZip(ENTRIES));
    expect(entries.map(({ name, data }) => ({ name, data }))).toEqual(ENTRIES);
  });

  it('deflates what compresses and stores what does not', () => {
    const methods = readZip(createZip(ENTRIES)).map((entry) => entry.method);
    expect(methods).toEqual([8, 0, 0, 8]);
  });

  it('gives the same bytes for the same entries', () => {
    expect(createZip(ENTRIES).equals(createZip(ENTRIES))).toBe(true);
  });

  it('writes an empty archive', () => {
    expect(readZip(createZip([]))).toEqual([]);
  });

  it.each([
    ['a duplicate name', [ENTRIES[0], ENTRIES[0]], 'appears twice'],
    ['an absolute name', [{ name: '/manifest.json', data: Buffer.alloc(1) }], 'relative path'],
    [
      'a name that climbs out',
      [{ name: '../manifest.json', data: Buffer.alloc(1) }],
      'relative path',
    ],
    ['a backslash', [{ name: 'icons\\color.png', data: Buffer.alloc(1) }], 'forward slashes'],
    ['an empty name', [{ name: '', data: Buffer.alloc(1) }], 'relative path'],
  ])('refuses %s', (_label, entries, message) => {
    expect(() => createZip(entries)).toThrow(message);
  });

  const unzip = ['/usr/bin/unzip', '/bin/unzip'].find((candidate) => existsSync(candidate));
  (unzip ? it : it.skip)('passes the test of the system unzip, where there is one', async () => {
    const dir = await makeTempDir('zip');
    try {
      const zipPath = path.join(dir, 'test.zip');
      await writeFile(zipPath, createZip(ENTRIES));
      const output = execFileSync(unzip ?? 'unzip', ['-t', zipPath], { encoding: 'utf8' });
      expect(output).toContain('No errors detected');
    } finally {
      await removeTempDir(dir);
    }
  });
});
