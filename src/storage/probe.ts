import type { ItemStore } from './itemStore';
import { StorageUnavailableError } from './storageErrors';

/** the item readiness probes write: every instance overwrites the same one */
export const PROBE_KEY = 'probe/readiness';

/**
 * writes a probe item and reads it back: resolves when both worked; rejects with
 * StorageUnavailableError naming `where` and what failed
 */
export async function probeByWriting(items: ItemStore, where: string): Promise<void> {
  try {
    await items.write(PROBE_KEY, { probedAt: new Date().toISOString() }, { overwrite: true });
    if (!(await items.read([PROBE_KEY])).has(PROBE_KEY)) {
      throw new StorageUnavailableError(
        'corrupt',
        `Storage: ${where} lost the probe item it had just written.`,
      );
    }
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error;
    throw new StorageUnavailableError(
      'unreachable',
      `Storage: ${where} failed its readiness probe: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
