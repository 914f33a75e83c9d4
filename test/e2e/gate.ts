/** What the end-to-end suite does on this machine. */
export type E2eGate =
  | { readonly kind: 'run' }
  /** it cannot run: one test fails with `reason`, so a missing run is never mistaken for a pass */
  | { readonly kind: 'fail'; readonly reason: string };

export interface GateInput {
  readonly chromiumPath: string;
  readonly chromiumFound: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * A missing browser never passes quietly: the end-to-end test fails, on a developer's machine
 * as in CI (where it is mandatory), and says how to install what is missing.
 */
export function e2eGate({ chromiumPath, chromiumFound, env }: GateInput): E2eGate {
  if (chromiumFound) return { kind: 'run' };
  const missing = `Chromium is not installed at ${chromiumPath}, so the end-to-end test in the Agents Playground did not run.`;
  const install = 'Install it with `apt-get install -y chromium`';
  const where = isCi(env) ? ` It is mandatory in CI (CI=${env.CI}).` : '';
  return { kind: 'fail', reason: `${missing}${where} ${install}.` };
}

function isCi(env: GateInput['env']): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}
