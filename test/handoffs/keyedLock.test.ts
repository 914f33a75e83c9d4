import { KeyedLock } from '../../src/handoffs';

describe('KeyedLock', () => {
  it('runs tasks for one key one after another, in order, and other keys alongside', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    let releaseFirst!: () => void;
    const first = lock.run('a', async () => {
      log.push('a1 start');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      log.push('a1 end');
      return 1;
    });
    const second = lock.run('a', async () => {
      log.push('a2');
      return 2;
    });
    const other = lock.run('b', async () => {
      log.push('b');
      return 3;
    });
    await other;
    expect(log).toEqual(['a1 start', 'b']);
    releaseFirst();
    await expect(Promise.all([first, second])).resolves.toEqual([1, 2]);
    expect(log).toEqual(['a1 start', 'b', 'a1 end', 'a2']);
  });

  it('a task that fails does not stop the next one, and its caller gets the error', async () => {
    const lock = new KeyedLock();
    const failed = lock.run('a', async () => {
      throw new Error('storage down');
    });
    const next = lock.run('a', async () => 'ran');
    await expect(failed).rejects.toThrow('storage down');
    await expect(next).resolves.toBe('ran');
  });
});
