import type { ChannelAccount } from 'botbuilder';
import { VERBS } from '../../src/cards';
import { handoffKey, HandoffStore } from '../../src/handoffs';
import { BlobItemStore } from '../../src/storage/blobItemStore';
import { teamsActivities } from '../support/activities';
import { startAzurite, type AzuriteServer } from '../support/azurite';
import { type FakeConnector, startFakeConnector } from '../support/fakeConnector';
import { postActivity } from '../support/http';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { actionWithVerb } from '../cards/support/cardChecks';
import { countConflicts, gateReads } from './support/gatedStorage';
import { DANA, LEE, minute, proposed } from './support/records';
import {
  cardIn,
  type HandoffApp,
  invokeAnswer,
  shownText,
  startHandoffApp,
} from './support/handoffApp';
import { refusalMessage } from '../../src/words/handoffs';

const ONE_LINER = '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales';
// Every request goes to a real blob server, on a machine that may be busy with other suites.
jest.setTimeout(30_000);

let azurite: AzuriteServer;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(async () => {
  await azurite?.stop();
});

describe('HandoffStore over Azure Blob storage (Azurite)', () => {
  it('two accepts that read the same eTag: the second write conflicts, re-reads and is refused', async () => {
    const blobs = await BlobItemStore.open({
      connectionString: azurite.connectionString,
      container: 'handoff-store-race',
    });
    const record = proposed();
    await new HandoffStore(blobs).create(record);
    const counted = countConflicts(blobs, handoffKey(record.id));
    const store = new HandoffStore(gateReads(counted, handoffKey(record.id), 2));
    const outcomes = await Promise.all([
      store.act(record.id, { action: 'accept' }, DANA, minute(1), 'accept-dana'),
      store.act(record.id, { action: 'accept' }, LEE, minute(1), 'accept-lee'),
    ]);
    expect(counted.conflicts()).toBe(1);
    const stored = await new HandoffStore(blobs).get(record.id);
    expect(stored?.history.map((entry) => entry.action)).toEqual(['propose', 'accept']);
    const refusals = outcomes.flatMap((outcome) =>
      outcome.found && !outcome.ok ? [refusalMessage(outcome.refusal)] : [],
    );
    expect(refusals).toEqual([`It is already accepted by ${stored?.owner?.name}.`]);
  });
});

/**
 * Two bot instances sharing one Azure Blob container (Azurite), as when the bot is scaled out:
 * every read and write is a network round trip. Whether two turns interleave between read and
 * write is up to timing (the gated test above makes them); either way one person must own it.
 */
describe('simultaneous accepts on two instances over Azure Blob storage', () => {
  let connector: FakeConnector;
  let dataDir: string;
  let instances: HandoffApp[];

  beforeAll(async () => {
    connector = await startFakeConnector();
    dataDir = await makeTempDir('handoff-blob');
    const env = {
      STORAGE: 'blob',
      BLOB_CONNECTION_STRING: azurite.connectionString,
      BLOB_CONTAINER: 'handoff-race',
    };
    instances = [
      await startHandoffApp(dataDir, undefined, env),
      await startHandoffApp(dataDir, undefined, env),
    ];
  }, 60_000);
  afterAll(async () => {
    await Promise.all((instances ?? []).map((instance) => instance.close()));
    await connector?.close();
    await removeTempDir(dataDir);
  });

  it('of twelve people on two instances, exactly one becomes the owner; each other is told who', async () => {
    const teams = teamsActivities({ serviceUrl: connector.url });
    const [first, second] = instances as [HandoffApp, HandoffApp];
    await postActivity(first.baseUrl, teams.channelMessage(`handoff Contoso: ${ONE_LINER}`));
    const [posted] = await connector.nextActivities(1);
    const handoffId = (
      actionWithVerb(cardIn(posted?.activity), VERBS.acceptHandoff)?.data as { handoffId: string }
    ).handoffId;

    // Warm both instances up (connections, first-request work), so the accepts really overlap.
    for (const instance of instances) {
      const refresh = teams.cardAction({ verb: VERBS.refreshHandoff, data: { handoffId } });
      expect((await postActivity(instance.baseUrl, refresh)).status).toBe(200);
    }

    const people: ChannelAccount[] = Array.from({ length: 12 }, (_, n) => ({
      id: `29:person-${n}`,
      name: `Person ${n}`,
    }));
    const answers = await Promise.all(
      people.map(async (person, n) => {
        const activity = teams.cardAction({
          verb: VERBS.acceptHandoff,
          data: { handoffId },
          conversation: 'channel',
          replyToId: 'posted-1',
          from: person,
        });
        return invokeAnswer(await postActivity((n % 2 ? second : first).baseUrl, activity));
      }),
    );

    const record = await first.record(handoffId);
    const owner = record?.owner?.name;
    expect(record?.history.filter((entry) => entry.action === 'accept')).toHaveLength(1);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const refused = answers.filter((answer) =>
      shownText(answer.card).includes(`It is already accepted by ${owner}.`),
    );
    expect(refused).toHaveLength(people.length - 1);
  });
});
