/** the server could not start listening; the message says what is wrong and what to do */
export class ListenError extends Error {
  override readonly name = 'ListenError';

  constructor(
    message: string,
    readonly code: string | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const WORDS: Readonly<Record<string, (host: string, port: number) => string>> = {
  EADDRINUSE: (host, port) =>
    `Port ${port} on ${host} is already in use by another process. Stop that process, or set ` +
    'PORT to a free port.',
  EACCES: (host, port) =>
    `This user may not listen on port ${port} on ${host} (ports below 1024 need extra ` +
    'privileges). Set PORT to 1024 or higher.',
  EADDRNOTAVAIL: (host) =>
    `${host} is not an address of this machine, so the bot cannot listen on it.`,
};

/** a listen failure in words, keeping the system error as its cause */
export function listenError(error: unknown, host: string, port: number): ListenError {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : undefined;
  const words = code === undefined ? undefined : WORDS[code];
  const message =
    words?.(host, port) ??
    `Cannot listen on ${host} port ${port}: ${error instanceof Error ? error.message : String(error)}.`;
  return new ListenError(message, code, { cause: error });
}
