/**
 * resolves when the bot can serve turns (its storage answers and can be read); rejects with an
 * Error whose message says, in words and without secrets, what is wrong
 */
export type ReadinessCheck = () => Promise<void>;

/** how long /readyz waits for the check before answering that it did not finish */
export const READINESS_TIMEOUT_MS = 5_000;

export type Readiness =
  { readonly ready: true } | { readonly ready: false; readonly reason: string };

// A reason comes from an error message: keep any key or signature that slipped into it out of
// the answer, which anyone who can reach the port may read.
const SECRET_SETTING = /\b(AccountKey|SharedAccessSignature|sig|password|secret)=([^;&\s]+)/gi;

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : '';
  const reason = text.trim() === '' ? 'the readiness check failed without saying why' : text;
  return reason.replace(SECRET_SETTING, '$1=***');
}

/**
 * a readiness probe over `check`: callers that arrive while a check runs share its answer, so a
 * burst of probes costs one storage read, and a check that hangs answers "not ready" in time
 */
export function createReadiness(
  check: ReadinessCheck,
  timeoutMs: number = READINESS_TIMEOUT_MS,
): () => Promise<Readiness> {
  let running: Promise<Readiness> | undefined;

  const runOnce = async (): Promise<Readiness> => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<Readiness>((resolve) => {
      timer = setTimeout(
        () =>
          resolve({
            ready: false,
            reason: `the readiness check did not finish within ${timeoutMs / 1000} s`,
          }),
        timeoutMs,
      );
      timer.unref();
    });
    const checked = Promise.resolve()
      .then(check)
      .then(
        (): Readiness => ({ ready: true }),
        (error: unknown): Readiness => ({ ready: false, reason: reasonOf(error) }),
      );
    try {
      return await Promise.race([checked, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };

  return () => {
    running ??= runOnce().finally(() => {
      running = undefined;
    });
    return running;
  };
}
