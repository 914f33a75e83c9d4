/** What the end-to-end suite does on this machine. */
export type E2eGate =
  | { readonly kind: 'run' }
  /** it cannot run and nobody said that was fine: one test fails with `reason` */
  | { readonly kind: 'fail'; readonly reason: string }
  /** it cannot run and E2E=skip says so: the suite reports it as a todo */
  | { readonly kind: 'acknowledged-skip'; readonly reason: string };

export interface GateInput {
  readonly chromiumPath: string;
  readonly chromiumFound: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * A missing browser never passes quietly: in CI the run is mandatory and fails; on a
 * developer's machine it fails too, unless E2E=skip acknowledges it, and even then the
 * summary shows it as a todo.
 */
export function e2eGate({ chromiumPath, chromiumFound, env }: GateInput): E2eGate {
  if (chromiumFound) return { kind: 'run' };
  const missing = `Chromium is not installed at ${chromiumPath}, so the end-to-end test in the Agents Playground did not run.`;
  const install = 'Install it with `apt-get install -y chromium`';
  if (isCi(env)) {
    return { kind: 'fail', reason: `${missing} It is mandatory in CI (CI=${env.CI}). ${install}.` };
  }
  if (env.E2E === 'skip') {
    return { kind: 'acknowledged-skip', reason: `did not run: ${missing} (E2E=skip)` };
  }
  return {
    kind: 'fail',
    reason: `${missing} ${install}, or set E2E=skip to run the other tests without it.`,
  };
}

function isCi(env: GateInput['env']): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}
