import { e2eGate } from './gate';

const chromiumPath = '/usr/bin/chromium';

describe('e2eGate: a missing browser never passes quietly', () => {
  it.each([
    { found: true, env: {}, kind: 'run' },
    { found: true, env: { CI: 'true' }, kind: 'run' },
    { found: true, env: { E2E: 'skip' }, kind: 'run' },
    { found: false, env: {}, kind: 'fail' },
    { found: false, env: { CI: 'true' }, kind: 'fail' },
    { found: false, env: { CI: '1' }, kind: 'fail' },
    // CI wins: the run is mandatory there even when someone set E2E=skip.
    { found: false, env: { CI: 'true', E2E: 'skip' }, kind: 'fail' },
    { found: false, env: { CI: 'false', E2E: 'skip' }, kind: 'acknowledged-skip' },
    { found: false, env: { E2E: 'skip' }, kind: 'acknowledged-skip' },
    { found: false, env: { E2E: 'no' }, kind: 'fail' },
  ])('chromium found: $found, env $env → $kind', ({ found, env, kind }) => {
    expect(e2eGate({ chromiumPath, chromiumFound: found, env }).kind).toBe(kind);
  });

  it('says what is missing and how to fix it', () => {
    const gate = e2eGate({ chromiumPath, chromiumFound: false, env: {} });
    expect(gate).toMatchObject({
      kind: 'fail',
      reason: expect.stringMatching(/\/usr\/bin\/chromium.*apt-get install -y chromium.*E2E=skip/s),
    });
  });

  it('in CI, names CI as the reason it cannot be skipped', () => {
    const gate = e2eGate({ chromiumPath, chromiumFound: false, env: { CI: 'true' } });
    expect(gate).toMatchObject({
      kind: 'fail',
      reason: expect.stringContaining('mandatory in CI'),
    });
  });
});
