import type { AppDeps } from '../../src/app/deps';
import { HandoffStore } from '../../src/handoffs';
import { ask } from '../../src/knowledge';
import { PlaceStore } from '../../src/places';
import { type ItemStore, MemoryItemStore, type WriteCondition } from '../../src/storage';
import { StorageUnavailableError } from '../../src/storage/storageErrors';
import { TeamsBot } from '../../src/teams/teamsBot';
import { FAILURE_WORDS } from '../../src/words/chat';
import { FIXED_TIME, teamsActivities, USER } from '../support/activities';
import { expectReplies, useTestServer } from '../support/http';

const ONE_LINER = '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales';

/** Memory storage whose writes to keys that match `failing` fail as an outage would. */
class FailingWrites extends MemoryItemStore implements ItemStore {
  failing: RegExp | undefined;

  override async write(key: string, value: object, condition: WriteCondition): Promise<string> {
    if (this.failing?.test(key)) {
      throw new StorageUnavailableError('unreachable', `Storage: "${key}" could not be written.`);
    }
    const eTag = await super.write(key, value, condition);
    if (!this.written.includes(key)) this.written.push(key);
    return eTag;
  }

  readonly written: string[] = [];

  override async delete(keys: readonly string[]): Promise<void> {
    await super.delete(keys);
    this.written.splice(
      0,
      this.written.length,
      ...this.written.filter((key) => !keys.includes(key)),
    );
  }
}

const items = new FailingWrites();
const PROPOSER = { id: USER.id, name: USER.name ?? '', aadObjectId: USER.aadObjectId! };
const deps: AppDeps = {
  ask,
  handoffs: new HandoffStore(items),
  places: new PlaceStore(items),
  now: () => FIXED_TIME,
  log: { info: () => undefined, warn: () => undefined, error: () => undefined },
};

describe('what a failed turn says it did not save, it did not save', () => {
  const server = useTestServer(() => ({ bot: new TeamsBot({ deps, items }) }));
  const teams = teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' });

  it.each([
    ['the conversation state', /\/conversations\//],
    ["the proposer's list of handoffs", /^handoffsByUser\//],
  ])(
    'a handoff whose turn failed writing %s is not kept, and the same message works once storage is back',
    async (_name, failing) => {
      const message = teams.channelMessage(`handoff Contoso: ${ONE_LINER}`);
      items.failing = failing;
      const failed = await expectReplies(server.current.baseUrl, message);
      expect(failed.map((reply) => reply.text)).toEqual([FAILURE_WORDS.storageUnavailable]);
      expect(await deps.handoffs.openFor(PROPOSER)).toEqual([]);
      // No handoff record is left behind.
      expect(items.written.filter((key) => key.startsWith('handoffs/'))).toEqual([]);

      items.failing = undefined;
      // Teams delivers it again: the failed delivery let its claim go, so it is handled now.
      const retried = await expectReplies(server.current.baseUrl, message);
      expect(retried).toHaveLength(1);
      const open = await deps.handoffs.openFor(PROPOSER);
      expect(open.map((record) => record.account)).toEqual(['Contoso']);
      expect(items.written.filter((key) => key.startsWith('handoffs/'))).toHaveLength(1);
      await deps.handoffs.remove(open[0]!.id);
    },
  );
});
