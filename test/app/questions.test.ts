import { QUESTIONS } from '../../src/understanding';
import { type AppDriver, cardOf, cardText, createAppDriver } from '../support/appDriver';
import { type Asked, askedBy, FULL_CONVERSATION } from '../support/conversation';

async function converse(bot: AppDriver, steps: [string, Asked][]) {
  for (const [userSays, botAsks] of steps) {
    const replies = await bot.say(userSays);
    expect({ userSays, botAsks: askedBy(replies) }).toEqual({ userSays, botAsks });
  }
}

describe('the qualifying questions in personal chat, on the application alone (user says → bot asks)', () => {
  it('asks only what the rubric still needs, then answers with the result card', async () => {
    await converse(createAppDriver(), [
      ['assess', 'supportContract'],
      ['yes', 'salesStage'],
      ['post-sales', 'gpuOrRestricted'],
      ['no', 'quotaGroupVcpus'],
      ['about 600 vCPUs', 'result'],
    ]);
  });

  it('a small supported customer needs the design review and coordination questions too', async () => {
    await converse(createAppDriver(), FULL_CONVERSATION);
  });

  it('a description after "assess" is used and not asked again', async () => {
    await converse(createAppDriver(), [
      ['assess 3 subscriptions, 2 regions, GPU, contract, post-sales', 'result'],
    ]);
  });

  it('"partner" asks only what the partner rule needs, never the capacity questions', async () => {
    const bot = createAppDriver();
    await converse(bot, [
      ['partner', 'partner.requester'],
      ['partner', 'partner.need'],
      ['break-fix', 'partner.plan'],
      ['asfp', 'partner.customerOnEA'],
    ]);
    const replies = await bot.say('yes');
    expect(askedBy(replies)).toBe('result');
    expect(cardText(cardOf(replies.at(-1)))).toContain(
      "partner's Advanced Support for Partners plan",
    );
  });

  it('re-asks an answer it cannot use, naming what is allowed', async () => {
    const bot = createAppDriver();
    await converse(bot, [
      ['assess', 'supportContract'],
      ['yes', 'salesStage'],
      ['post-sales', 'gpuOrRestricted'],
      ['no', 'quotaGroupVcpus'],
    ]);
    const vague = await bot.say('lots of them');
    expect(askedBy(vague)).toBe('quotaGroupVcpus');
    expect(vague.at(-1)?.text).toMatch(/"lots of", and the recommendation needs the number/);
    const replies = await bot.say('12.5');
    expect(askedBy(replies)).toBe('quotaGroupVcpus');
    expect(replies.at(-1)?.text).toMatch(/whole number/);
    expect(replies.at(-1)?.textFormat).toBe('plain');
  });

  it('"back" re-asks the previous question and forgets its answer', async () => {
    await converse(createAppDriver(), [
      ['assess', 'supportContract'],
      ['yes', 'salesStage'],
      ['pre-sales', 'gpuOrRestricted'],
      ['back', 'salesStage'],
      ['post-sales', 'gpuOrRestricted'],
      ['yes', 'result'],
    ]);
  });

  it('"back" at the first question says there is nothing to go back to and asks again', async () => {
    const bot = createAppDriver();
    await converse(bot, [['assess', 'supportContract']]);
    const replies = await bot.say('back');
    expect(replies[0]?.text).toMatch(/nothing to go back to/);
    expect(askedBy(replies)).toBe('supportContract');
  });

  it('"start over" forgets every answer', async () => {
    await converse(createAppDriver(), [
      ['assess', 'supportContract'],
      ['yes', 'salesStage'],
      ['start over', 'supportContract'],
    ]);
  });

  it('"help" explains and asks the same question again', async () => {
    const bot = createAppDriver();
    await converse(bot, [
      ['assess', 'supportContract'],
      ['yes', 'salesStage'],
    ]);
    const replies = await bot.say('help');
    expect(replies[0]?.text).toMatch(/back.*start over.*cancel/);
    expect(askedBy(replies)).toBe('salesStage');
  });

  it('"cancel" ends the questions; the next message is a question for the knowledge base', async () => {
    const bot = createAppDriver();
    await converse(bot, [
      ['assess', 'supportContract'],
      ['yes', 'salesStage'],
    ]);
    const cancelled = await bot.say('cancel');
    expect(cancelled.map((reply) => reply.text)).toEqual([expect.stringMatching(/^Cancelled/)]);
    const answer = await bot.say('how do I track a consumption motion in MSX?');
    expect(cardText(cardOf(answer.at(-1)))).toContain('Tracking Consumption Motions in MSX');
  });

  it('choices come as suggested actions', async () => {
    const bot = createAppDriver();
    const replies = await bot.say('assess');
    const titles = replies.at(-1)?.suggestedActions?.actions.map((action) => action.title);
    expect(titles).toEqual(QUESTIONS.supportContract.choices?.map((choice) => choice.title));
  });
});
