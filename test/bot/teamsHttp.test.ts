import type { Activity } from 'botbuilder';
import { QUESTIONS } from '../../src/understanding';
import { teamsActivities } from '../support/activities';
import { useApp } from '../support/app';
import { cardOf, cardText } from '../support/appDriver';
import { type FakeConnector, startFakeConnector } from '../support/fakeConnector';
import { expectReplies, getJson, postActivity } from '../support/http';

const ONE_LINER = '3 subscriptions, 2 regions, 14 SKUs, $60K a month, GPU, contract, post-sales';
const card = (replies: Partial<Activity>[]) => cardOf(replies.find((reply) => cardOf(reply)));

describe('the bot over HTTP, with Teams-shaped activities (expectReplies)', () => {
  const app = useApp();
  const teams = teamsActivities({ serviceUrl: 'http://127.0.0.1:9/' });
  const send = (activity: Partial<Activity>) => expectReplies(app.current.baseUrl, activity);

  it('reports its version and storage on /healthz', async () => {
    const health = await getJson(app.current.baseUrl, '/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      status: 'ok',
      storage: expect.stringMatching(/^sqlite:.*advisor/),
    });
  });

  it('welcomes on install with what to type', async () => {
    const text = cardText(card(await send(teams.installUpdate('personal'))));
    expect(text).toMatch(/assess/);
    expect(text).toMatch(/partner/);
  });

  it('personal chat: "assess" asks the first question', async () => {
    const replies = await send(teams.personalMessage('assess'));
    expect(replies.at(-1)?.text).toContain(QUESTIONS.supportContract.prompt);
  });

  it('channel: an @mention one-liner is answered at once with the result card', async () => {
    const replies = await send(teams.channelMessage(ONE_LINER));
    const text = cardText(card(replies));
    expect(text).toContain('Customer Success Architect (CSA)');
    expect(text).toContain('Restricted: CSA required; the SE provides initial education.');
    // No questions in a shared conversation.
    expect(replies.every((reply) => !reply.suggestedActions)).toBe(true);
  });

  it('channel: only the bot’s own mention is removed from the text', async () => {
    const activity = teams.channelMessage(`${ONE_LINER} for <at>Dana</at>`);
    activity.entities = [
      ...(activity.entities ?? []),
      { type: 'mention', mentioned: { id: '29:dana', name: 'Dana' }, text: '<at>Dana</at>' },
    ];
    const text = cardText(card(await send(activity)));
    expect(text).toContain('Customer Success Architect (CSA)');
  });

  it('channel: missing facts get one form card, prefilled with what was understood', async () => {
    const replies = await send(teams.channelMessage('3 subscriptions, 2 regions'));
    const form = card(replies);
    expect(JSON.stringify(form)).toContain('"Input.Number"');
    expect(replies.every((reply) => !reply.suggestedActions)).toBe(true);
  });

  it('channel: the form submitted with a bad value comes back naming it; corrected, it gives the result', async () => {
    const base = {
      verb: 'submitFacts',
      salesStage: 'postsales',
      supportContract: 'true',
      subscriptions: '3',
      regions: '2',
      vmSkus: '14',
      quotaGroupVcpus: '100',
      monthlySpendUsd: '60000',
      gpuOrRestricted: 'false',
      processCoordination: 'true',
      designReview: '',
    };
    const bad = await send(
      teams.cardSubmit({ ...base, subscriptions: '-4' }, { conversation: 'channel' }),
    );
    expect(cardText(card(bad))).toContain(
      'Subscriptions: -4 is less than 1. Enter a whole number, 1 or more.',
    );
    const good = await send(teams.cardSubmit(base, { conversation: 'channel' }));
    expect(cardText(card(good))).toContain('Customer Success Architect (CSA)');
  });

  it('group chat: a one-liner is answered the same way', async () => {
    const text = cardText(card(await send(teams.groupChatMessage(ONE_LINER))));
    expect(text).toContain('Customer Success Architect (CSA)');
  });

  it('meeting chat: "handoff" proposes a handoff for the last recommendation there, to accept', async () => {
    await send(teams.meetingChatMessage(`Contoso: ${ONE_LINER}`));
    const handoff = card(await send(teams.meetingChatMessage('handoff')));
    const text = cardText(handoff);
    expect(text).toContain('Contoso');
    expect(text).toContain('Customer Success Architect (CSA)');
    expect(text).toContain('Proposed: waiting for someone to accept it');
    expect(text).toContain('acceptHandoff');
  });

  it('a question in a channel is answered from the knowledge base with its source', async () => {
    const text = cardText(
      card(await send(teams.channelMessage('how do I track a consumption motion in MSX?'))),
    );
    expect(text).toContain('004_1fe65bf08b514e8d.txt');
  });

  it('Action.Execute "editAnswers" answers the invoke with the form card, prefilled', async () => {
    const response = await postActivity(
      app.current.baseUrl,
      teams.cardAction({
        verb: 'editAnswers',
        data: { facts: { vmSkus: 14, account: 'Contoso' } },
      }),
    );
    expect(response.status).toBe(200);
    const body = response.body as { statusCode: number; type: string; value: unknown };
    expect(body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    expect(JSON.stringify(body.value)).toContain('Contoso');
  });

  it.each(['constructor', 'toString', '__proto__'])(
    'a verb named like an inherited property (%s) is unknown',
    async (verb) => {
      const response = await postActivity(app.current.baseUrl, teams.cardAction({ verb }));
      const body = response.body as { statusCode: number; type: string; value: unknown };
      expect(body).toMatchObject({
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
      });
      expect(cardText(body.value)).toContain("isn't one I know");
    },
  );

  it('an unknown card verb is answered, not crashed on', async () => {
    const response = await postActivity(
      app.current.baseUrl,
      teams.cardAction({ verb: 'launchRockets' }),
    );
    expect(response.status).toBe(200);
    const body = response.body as { statusCode: number; type: string; value: unknown };
    expect(body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    expect(cardText(body.value)).toContain("That button isn't one I know.");
  });

  it.each([
    [
      'a handoff button without its handoff',
      { verb: 'acceptHandoff' },
      '(the handoff it names: missing)',
    ],
    [
      'a handoff button naming no valid handoff',
      { verb: 'acceptHandoff', data: { handoffId: 'x' } },
      '(the handoff it names: not valid)',
    ],
    [
      'a question button with an empty question',
      { verb: 'ask', data: { question: '  ' } },
      '(the question: not valid)',
    ],
    [
      'an edit button whose facts are not facts',
      { verb: 'editAnswers', data: { facts: { regions: 'many' } } },
      '(the facts it carries: not of the right kind)',
    ],
  ])('%s is answered with a card that says what was wrong', async (_name, action, words) => {
    const response = await postActivity(app.current.baseUrl, teams.cardAction(action));
    const body = response.body as { statusCode: number; type: string; value: unknown };
    expect(body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    expect(cardText(body.value)).toContain(words);
  });
});

describe('the bot over HTTP in the normal mode: replies go to the connector', () => {
  const app = useApp();
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(() => connector.close());

  it('a channel one-liner is answered in the same thread through the connector', async () => {
    const teams = teamsActivities({ serviceUrl: connector.url });
    const activity = teams.channelMessage(ONE_LINER);
    const response = await postActivity(app.current.baseUrl, activity);
    expect(response.status).toBe(200);
    const [posted] = await connector.nextActivities(1);
    expect(posted?.kind).toBe('reply');
    expect(posted?.conversationId).toBe(activity.conversation.id);
    expect(posted?.activityId).toBe(activity.id);
    expect(cardText(cardOf(posted?.activity))).toContain('Customer Success Architect (CSA)');
  });
});
