/** Where a command writes: the process's streams in use, string buffers in tests. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** reads all of standard input (for `--input -`) */
  readStdin: () => Promise<string>;
}

export const EXIT = { ok: 0, noAnswer: 1, badInput: 2 } as const;

export function processIO(): CommandIO {
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
