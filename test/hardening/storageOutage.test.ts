import { FAILURE_WORDS } from '../../src/words/chat';
import { STORAGE_CALL_BUDGET_MS } from '../../src/storage';
import { QUESTIONS } from '../../src/understanding';
import { teamsActivities } from '../support/activities';
import { type RunningApp, startApp } from '../support/app';
import { type AzuriteServer, startAzurite } from '../support/azurite';
import { expectReplies } from '../support/http';
import { makeTempDir, removeTempDir } from '../support/tempDir';

const lastText = (replies: { text?: string }[]) => replies.at(-1)?.text ?? '';

describe('storage outage (Azure Blob storage on a local Azurite)', () => {
  let azurite: AzuriteServer;
  let azuriteDir: string;
  let app: RunningApp;

  beforeAll(async () => {
    // Blobs on disk, so that the data outlives the outage as it would in Azure.
    azuriteDir = await makeTempDir('outage');
    azurite = await startAzurite({ dataDir: azuriteDir });
    app = await startApp({
      STORAGE: 'blob',
      BLOB_CONNECTION_STRING: azurite.connectionString,
      BLOB_CONTAINER: 'outage-test',
    });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await azurite?.stop();
    await removeTempDir(azuriteDir);
  });

  it('says "try again" while storage is down, keeps nothing partial, and continues where it was after', async () => {
    const teams = teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' });
    const say = (text: string) => expectReplies(app.baseUrl, teams.personalMessage(text));

    expect(lastText(await say('assess'))).toContain(QUESTIONS.supportContract.prompt);
    expect(lastText(await say('yes'))).toContain(QUESTIONS.salesStage.prompt);

    await azurite.stop();
    expect(await say('post-sales')).toEqual([
      expect.objectContaining({ text: FAILURE_WORDS.storageUnavailable }),
    ]);

    await azurite.restart();
    // The failed turn left nothing behind: the open question is still the sales stage.
    expect(lastText(await say('help'))).toContain(QUESTIONS.salesStage.prompt);
    expect(lastText(await say('post-sales'))).toContain(QUESTIONS.gpuOrRestricted.prompt);
  }, 120_000);

  it('answers "try again" within the storage budget while storage hangs (Azurite stopped), then goes on', async () => {
    const teams = teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' });
    const say = (text: string) => expectReplies(app.baseUrl, teams.personalMessage(text));
    expect(lastText(await say('assess'))).toContain(QUESTIONS.supportContract.prompt);

    azurite.pause();
    const started = performance.now();
    const replies = await say('yes').finally(() => azurite.resume());
    const answeredMs = performance.now() - started;

    expect(replies).toEqual([expect.objectContaining({ text: FAILURE_WORDS.storageUnavailable })]);
    // One storage call runs into the budget and fails the turn; the machine may be busy.
    expect(answeredMs).toBeLessThan(STORAGE_CALL_BUDGET_MS + 3_000);
    expect(lastText(await say('yes'))).toContain(QUESTIONS.salesStage.prompt);
  }, 60_000);
});
