import { teamsActivities } from '../support/activities';
import { cardOf, cardText } from '../support/appDriver';
import { type AzuriteServer, startAzurite } from '../support/azurite';
import { type BotProcess, startBotProcess } from '../support/botProcess';
import { expectReplies } from '../support/http';

/**
 * Two bot processes on one Azure Blob container (Azurite), as when the bot is scaled out to two
 * instances behind a load balancer: what one writes, the other must not lose, and an activity
 * Teams delivers to both is handled once.
 */
const ONE_LINER = '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales';
const ROUNDS = 20;
jest.setTimeout(180_000);

let azurite: AzuriteServer;
let instances: [BotProcess, BotProcess];

beforeAll(async () => {
  azurite = await startAzurite();
  const env = {
    STORAGE: 'blob',
    BLOB_CONNECTION_STRING: azurite.connectionString,
    BLOB_CONTAINER: 'two-instances',
  };
  // The first creates the container; the second then finds it.
  const first = await startBotProcess(env);
  instances = [first, await startBotProcess(env)];
}, 120_000);
afterAll(async () => {
  await Promise.all((instances ?? []).map((instance) => instance.kill('SIGTERM')));
  await azurite?.stop();
});

const serviceUrl = 'http://127.0.0.1:9/';
/** A name of letters only, different for every round and chat: Northwind Dbc, … */
const accountName = (round: number, index: number) =>
  `Northwind ${String.fromCharCode(65 + round)}${'bc'[index]}`;
const cardsIn = (replies: Parameters<typeof cardOf>[0][]) =>
  replies.filter((reply) => cardOf(reply));

describe('two instances on one Blob container', () => {
  it(`${ROUNDS} rounds of one person proposing in two chats at once, one on each instance: "my handoffs" lists every one`, async () => {
    let lost = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // A person new each round: the first write of their index races on both instances.
      const teams = teamsActivities({
        serviceUrl,
        user: {
          id: `29:proposer-${round}`,
          name: `Proposer ${round}`,
          aadObjectId: `proposer-${round}`,
        },
      });
      await Promise.all(
        instances.map((instance, index) =>
          expectReplies(
            instance.baseUrl,
            teams.groupChatMessage(`handoff ${accountName(round, index)}: ${ONE_LINER}`),
          ),
        ),
      );
      const mine = await expectReplies(
        instances[round % 2]!.baseUrl,
        teams.personalMessage('my handoffs'),
      );
      const listed = cardText(cardOf(mine.at(-1)));
      lost += [0, 1].filter((index) => !listed.includes(accountName(round, index))).length;
    }
    expect(lost).toBe(0);
  });

  it(`${ROUNDS} rounds of the bot added to two chats at once, one on each instance: the picker lists both`, async () => {
    let lost = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // A tenant new each round: the first write of its place list races on both instances.
      const tenantId = `00000000-0000-0000-0000-${String(round).padStart(12, '0')}`;
      const teams = teamsActivities({ serviceUrl, tenantId });
      const chats = [0, 1].map((index) => {
        const install = teams.installUpdate('personal');
        return {
          ...install,
          conversation: {
            id: `19:chat-${round}-${index}@thread.v2`,
            conversationType: 'groupChat',
            isGroup: true,
            tenantId,
            name: `Chat ${round}-${index}`,
          },
          channelData: { tenant: { id: tenantId } },
        };
      });
      await Promise.all(
        instances.map((instance, index) => expectReplies(instance.baseUrl, chats[index]!)),
      );
      // The person was seen adding the bot in both; a recommendation to post comes first.
      await expectReplies(instances[0].baseUrl, teams.personalMessage(`assess ${ONE_LINER}`));
      const picker = await expectReplies(instances[1].baseUrl, teams.personalMessage('handoff'));
      const listed = cardText(cardOf(picker.at(-1)));
      lost += [0, 1].filter((index) => !listed.includes(`Chat ${round}-${index}`)).length;
    }
    expect(lost).toBe(0);
  });

  it('the same "handoff" delivered to both instances at once, five times over, posts one card', async () => {
    const teams = teamsActivities({ serviceUrl });
    const message = teams.channelMessage(`handoff Contoso: ${ONE_LINER}`);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        expectReplies(instances[index % 2]!.baseUrl, message),
      ),
    );
    const posted = answers.flatMap(cardsIn);
    expect(posted).toHaveLength(1);
    expect(cardText(cardOf(posted[0]))).toContain('Proposed');
  });
});
