/** counts work in progress so a stop can wait for it to finish */
export interface InFlight {
  /** runs `work`, counted until it settles */
  run<T>(work: () => Promise<T>): Promise<T>;
  readonly size: number;
  /** resolves once nothing is in flight (at once if nothing is) */
  idle(): Promise<void>;
}

export function createInFlight(): InFlight {
  let size = 0;
  let waiters: (() => void)[] = [];

  const settle = () => {
    size -= 1;
    if (size === 0) {
      const ready = waiters;
      waiters = [];
      ready.forEach((resolve) => resolve());
    }
  };

  return {
    async run(work) {
      size += 1;
      try {
        return await work();
      } finally {
        settle();
      }
    },
    get size() {
      return size;
    },
    idle() {
      return size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}
