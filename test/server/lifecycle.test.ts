import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { installSignalHandlers } from '../../src/server/lifecycle';
import { deferred } from './fixtures/bots';

const flush = async (rounds = 5) => {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe('installSignalHandlers (in process)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('on %s runs stop once, then exits 0', async (signal) => {
    const source = new EventEmitter();
    const exit = jest.fn();
    const stop = jest.fn(async () => undefined);
    installSignalHandlers(stop, { source, exit });

    source.emit(signal);
    source.emit(signal);
    source.emit(signal === 'SIGTERM' ? 'SIGINT' : 'SIGTERM');
    await flush();

    expect(stop).toHaveBeenCalledTimes(1);
    expect(exit.mock.calls).toEqual([[0]]);
  });

  it('exits 1 when stopping fails', async () => {
    const source = new EventEmitter();
    const exit = jest.fn();
    installSignalHandlers(
      async () => {
        throw new Error('storage would not close');
      },
      { source, exit },
    );
    source.emit('SIGTERM');
    await flush();
    expect(exit.mock.calls).toEqual([[1]]);
  });

  it('waits for stop to finish before exiting', async () => {
    const source = new EventEmitter();
    const exit = jest.fn();
    const gate = deferred();
    installSignalHandlers(() => gate.promise, { source, exit });
    source.emit('SIGTERM');
    await flush();
    expect(exit).not.toHaveBeenCalled();
    gate.resolve();
    await flush();
    expect(exit.mock.calls).toEqual([[0]]);
  });

  it('exits 1 when stopping has not finished by the deadline, and only once', async () => {
    const source = new EventEmitter();
    const gate = deferred();
    const exited = deferred<number>();
    const exit = jest.fn((code: number) => exited.resolve(code));
    const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
    installSignalHandlers(() => gate.promise, { source, exit, logger, deadlineMs: 20 });
    source.emit('SIGTERM');

    expect(await exited.promise).toBe(1);
    expect(logger.error).toHaveBeenCalledWith(
      { deadlineMs: 20 },
      'stopping took too long; exiting anyway',
    );
    gate.resolve();
    await flush();
    expect(exit.mock.calls).toEqual([[1]]);
  });

  it('removes its handlers when asked', () => {
    const source = new EventEmitter();
    const uninstall = installSignalHandlers(async () => undefined, { source, exit: jest.fn() });
    expect(source.listenerCount('SIGTERM')).toBe(1);
    uninstall();
    expect(source.listenerCount('SIGTERM')).toBe(0);
    expect(source.listenerCount('SIGINT')).toBe(0);
  });
});

describe('installSignalHandlers (a real process and a real SIGTERM)', () => {
  const projectRoot = join(__dirname, '..', '..');
  const script = join(__dirname, 'fixtures', 'signalChild.ts');

  interface Child {
    readonly process: ChildProcessWithoutNullStreams;
    /** resolves when stdout has a line matching `pattern` */
    line(pattern: RegExp): Promise<string>;
    readonly stdout: () => string;
    readonly exited: Promise<number | null>;
  }

  // A test that fails halfway must not leave its child running.
  const running = new Set<ChildProcessWithoutNullStreams>();
  afterEach(() => {
    running.forEach((child) => child.kill('SIGKILL'));
    running.clear();
  });

  const startChild = (env: Record<string, string> = {}): Child => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: 'pipe',
    });
    running.add(child);
    child.once('exit', () => running.delete(child));
    let stdout = '';
    const listeners: (() => void)[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      listeners.forEach((listener) => listener());
    });
    child.stderr.resume();
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    return {
      process: child,
      stdout: () => stdout,
      exited,
      line: (pattern) =>
        new Promise((resolve) => {
          const check = () => {
            const match = stdout.split('\n').find((line) => pattern.test(line));
            if (match !== undefined) resolve(match);
          };
          listeners.push(check);
          check();
        }),
    };
  };

  it('runs stop once for two SIGTERMs, then exits 0', async () => {
    const child = startChild();
    await child.line(/^ready$/);
    child.process.kill('SIGTERM');
    await child.line(/^stop 1$/);
    child.process.kill('SIGTERM');
    await child.line(/already stopping/);
    child.process.stdin.write('go\n');

    expect(await child.exited).toBe(0);
    expect(child.stdout()).not.toContain('stop 2');
  }, 30_000);

  it('exits 1 when stop fails', async () => {
    const child = startChild({ SIGNAL_CHILD_FAIL: '1' });
    await child.line(/^ready$/);
    child.process.kill('SIGTERM');
    await child.line(/^stop 1$/);
    child.process.stdin.write('go\n');

    expect(await child.exited).toBe(1);
    expect(child.stdout()).toContain('stopping failed');
  }, 30_000);
});
