import { EventEmitter } from 'node:events';
import { createLogger } from '../../src/logger';
import { createStreamSink, type SinkStream } from '../../src/logSink';

/** a stand-in for stdout: keeps what it is given, and lets a test break or stall it */
class FakeStdout extends EventEmitter implements SinkStream {
  readonly written: string[] = [];
  writableLength = 0;
  throwOnWrite = false;

  write(chunk: string): boolean {
    if (this.throwOnWrite) throw new Error('write after end');
    this.written.push(chunk);
    return true;
  }

  lines(): Record<string, unknown>[] {
    return this.written
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

const epipe = () => Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });

describe('the stdout log sink', () => {
  it('hands the lines of one turn of the event loop to the stream in one write', async () => {
    const stdout = new FakeStdout();
    const logger = createLogger({ level: 'info' }, createStreamSink(stdout));
    logger.info({ turns: 3 }, 'hello');
    logger.info('again');
    expect(stdout.written).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stdout.written).toHaveLength(1);
    expect(stdout.lines()).toEqual([
      expect.objectContaining({ msg: 'hello', turns: 3 }),
      expect.objectContaining({ msg: 'again' }),
    ]);
  });

  it('flush hands over what is waiting at once', async () => {
    const stdout = new FakeStdout();
    const sink = createStreamSink(stdout);
    createLogger({ level: 'info' }, sink).info('last words');
    await sink.flush(1_000);
    expect(stdout.lines()).toEqual([expect.objectContaining({ msg: 'last words' })]);
  });

  it('stops writing, and never throws, once the reader has gone (EPIPE)', async () => {
    const stdout = new FakeStdout();
    const sink = createStreamSink(stdout);
    const logger = createLogger({ level: 'info' }, sink);
    logger.info('before');
    await sink.flush(0);
    stdout.emit('error', epipe());
    expect(() => logger.info('after')).not.toThrow();
    await sink.flush(0);
    expect(stdout.lines().map((line) => line.msg)).toEqual(['before']);
    stdout.writableLength = 1_000;
    await expect(sink.flush(60_000)).resolves.toBeUndefined();
  });

  it('never throws when the stream itself throws', async () => {
    const stdout = new FakeStdout();
    stdout.throwOnWrite = true;
    const sink = createStreamSink(stdout);
    const logger = createLogger({ level: 'info' }, sink);
    expect(() => logger.info('lost')).not.toThrow();
    await expect(sink.flush(0)).resolves.toBeUndefined();
    expect(() => logger.info('lost again')).not.toThrow();
  });

  it('drops lines while nobody reads, then says how many were dropped', async () => {
    const stdout = new FakeStdout();
    const sink = createStreamSink(stdout, 1_000);
    const logger = createLogger({ level: 'info' }, sink);
    stdout.writableLength = 990;
    for (let i = 0; i < 5; i += 1) logger.info({ i }, 'while stalled');
    expect(stdout.written).toEqual([]);
    expect(sink.dropped).toBe(5);

    stdout.writableLength = 0;
    logger.info('reader is back');
    await sink.flush(0);
    expect(stdout.lines()).toEqual([
      expect.objectContaining({
        level: 'warn',
        msg: 'log lines dropped while stdout was not read',
        dropped: 5,
      }),
      expect.objectContaining({ msg: 'reader is back' }),
    ]);
  });

  it('flush resolves at once with nothing buffered, on drain, or when its time is up', async () => {
    const stdout = new FakeStdout();
    const sink = createStreamSink(stdout);
    await expect(sink.flush(60_000)).resolves.toBeUndefined();

    stdout.writableLength = 10;
    const drained = sink.flush(60_000);
    stdout.emit('drain');
    await expect(drained).resolves.toBeUndefined();

    // A reader that never reads again: flush gives up rather than waiting for it.
    await expect(sink.flush(20)).resolves.toBeUndefined();
    expect(stdout.listenerCount('drain')).toBe(0);
    expect(stdout.listenerCount('close')).toBe(0);
  });
});
