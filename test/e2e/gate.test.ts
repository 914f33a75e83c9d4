import { e2eGate } from './gate';

const chromiumPath = '/usr/bin/chromium';

describe('e2eGate: a missing browser never passes quietly', () => {
  it.each([
    { found: true, env: {}, kind: 'run' },
    { found: true, env: { CI: 'true' }, kind: 'run' },
    { found: false, env: {}, kind: 'fail' },
    { found: false, env: { CI: 'true' }, kind: 'fail' },
    { found: false, env: { CI: '1' }, kind: 'fail' },
    { found: false, env: { CI: 'false' }, kind: 'fail' },
  ])('chromium found: $found, env $env → $kind', ({ found, env, kind }) => {
    expect(e2eGate({ chromiumPath, chromiumFound: found, env }).kind).toBe(kind);
  });

  it('says what is missing and how to fix it', () => {
    const gate = e2eGate({ chromiumPath, chromiumFound: false, env: {} });
    expect(gate).toMatchObject({
      kind: 'fail',
      reason: expect.stringMatching(/\/usr\/bin\/chromium.*apt-get install -y chromium/s),
    });
  });

  it('in CI, says the run is mandatory there', () => {
    const gate = e2eGate({ chromiumPath, chromiumFound: false, env: { CI: 'true' } });
    expect(gate).toMatchObject({
      kind: 'fail',
      reason: expect.stringContaining('mandatory in CI'),
    });
  });
});
