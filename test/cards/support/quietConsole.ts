/** Fails a test that writes to the console: cards and their tests run silently. */
export function expectNoConsoleOutput(): void {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  let spies: jest.SpyInstance[] = [];
  beforeEach(() => {
    spies = methods.map((method) =>
      jest.spyOn(console, method).mockImplementation(() => undefined),
    );
  });
  afterEach(() => {
    const calls = spies.flatMap((spy) => spy.mock.calls);
    spies.forEach((spy) => spy.mockRestore());
    expect(calls).toEqual([]);
  });
}
