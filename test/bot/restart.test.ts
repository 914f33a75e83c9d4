import type { Activity } from 'botbuilder';
import { QUESTIONS } from '../../src/understanding';
import { teamsActivities } from '../support/activities';
import { cardOf, cardText } from '../support/appDriver';
import { type BotProcess, startBotProcess } from '../support/botProcess';
import { expectReplies } from '../support/http';
import { makeTempDir, removeTempDir } from '../support/tempDir';

const lastText = (replies: Partial<Activity>[]) => replies.at(-1)?.text ?? '';

describe('durable dialog state', () => {
  let dataDir: string;
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    dataDir = await makeTempDir('restart');
  });
  afterAll(async () => {
    await bot?.kill('SIGKILL');
    await removeTempDir(dataDir);
  });

  it('SIGKILL in the middle of the questions, restart: it resumes at the same question with every answer kept', async () => {
    bot = await startBotProcess({ DATA_DIR: dataDir });
    // The connector is never called in expectReplies mode; the url only has to be well-formed.
    const teams = teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' });
    const say = (text: string) => expectReplies(bot!.baseUrl, teams.personalMessage(text));

    expect(lastText(await say('assess'))).toContain(QUESTIONS.supportContract.prompt);
    expect(lastText(await say('yes'))).toContain(QUESTIONS.salesStage.prompt);
    expect(lastText(await say('post-sales'))).toContain(QUESTIONS.gpuOrRestricted.prompt);

    await bot.kill('SIGKILL');
    bot = await startBotProcess({ DATA_DIR: dataDir });

    // The pending question is still the GPU one: "help" re-asks it.
    expect(lastText(await say('help'))).toContain(QUESTIONS.gpuOrRestricted.prompt);
    expect(lastText(await say('no'))).toContain(QUESTIONS.quotaGroupVcpus.prompt);
    const result = await say('600');
    const card = cardText(cardOf(result.at(-1)));
    // Answers given before the kill decided it: a supported post-sales customer goes to the CSA.
    expect(card).toContain('Customer Success Architect (CSA)');
    // Only a customer with a contract, post-sales, gets this lifecycle cell.
    expect(card).toContain('CSAM coordinates, escalates to CSA for complex design');
  }, 90_000);
});
