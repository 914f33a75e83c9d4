import { SqliteItemStore } from '../src/storage';

const BATCH = 1_000;

/**
 * Fills a data folder with `count` conversations, each part-way through the qualifying
 * questions, shaped as the bot stores them.
 */
export async function prefillConversations(dataDir: string, count: number): Promise<void> {
  const items = SqliteItemStore.open(dataDir);
  try {
    for (let start = 0; start < count; start += BATCH) {
      const writes: Promise<string>[] = [];
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        const key = `msteams/conversations/a:stored-${i}/`;
        // Asked for together: one commit per batch.
        writes.push(items.write(key, storedConversation(i), { overwrite: true }));
      }
      await Promise.all(writes);
    }
  } finally {
    await items.close();
  }
}

function storedConversation(i: number): object {
  return {
    dialogState: {
      dialogStack: [
        {
          id: 'qualifyingDialog',
          state: {
            dialogs: {
              dialogStack: [
                {
                  id: 'answerPrompt',
                  state: { options: { validations: { fact: 'gpuOrRestricted' } }, state: {} },
                },
                {
                  id: 'qualifyingLoop',
                  state: {
                    options: {
                      facts: { supportContract: true, salesStage: 'postsales' },
                      partner: false,
                      declined: [],
                      answered: ['supportContract', 'salesStage'],
                    },
                    values: { instanceId: `stored-${i}` },
                    stepIndex: 0,
                  },
                },
              ],
            },
          },
        },
      ],
    },
  };
}
