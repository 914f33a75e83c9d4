import { setMaxListeners } from 'node:events';

/**
 * How long one call to a networked store may take, retries included, before it fails with
 * StorageUnavailableError (reason "timeout"). Teams gives a bot about 15 s before it delivers an
 * activity again, and a turn makes several storage calls: a store that hangs (an endpoint that
 * accepts connections and never answers, a stopped server) must fail the turn within seconds,
 * so the person is told to try again, rather than hold it for minutes.
 */
export const STORAGE_CALL_BUDGET_MS = 5_000;

/** the budget ran out before the call finished */
export class BudgetExpiredError extends Error {
  override readonly name = 'BudgetExpiredError';

  constructor(readonly budgetMs: number) {
    super(`no answer within ${budgetMs / 1_000} s`);
  }
}

/**
 * runs `call` with an abort signal that fires when the budget runs out, and settles by then even
 * if the call ignores its signal (what it does later is dropped)
 */
export async function withinBudget<T>(
  budgetMs: number,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  // One call may send many requests at once (a read of many keys), each listening to it.
  setMaxListeners(0, controller.signal);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new BudgetExpiredError(budgetMs);
      controller.abort(error);
      reject(error);
    }, budgetMs);
  });
  const work = call(controller.signal);
  // Once the budget has run out nobody waits for the call: its failure must not go unhandled.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
