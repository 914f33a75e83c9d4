import { QUESTIONS } from '../../src/understanding';
import { type AppDriver, cardOf, cardText, createAppDriver } from '../support/appDriver';
import { type Asked, askedBy } from '../support/conversation';

/**
 * The conversation people can trust (issue 11), on the application alone: every fact recorded
 * is the fact the person meant, and every claim on the card is true.
 */

type Reply = Awaited<ReturnType<AppDriver['say']>>[number];
const texts = (replies: readonly Reply[]) => replies.map((reply) => reply.text ?? '').join('\n');
const cards = (replies: readonly Reply[]) =>
  replies.map((reply) => cardText(cardOf(reply))).join('\n');

async function converse(bot: AppDriver, steps: [string, Asked][]) {
  for (const [userSays, botAsks] of steps) {
    const replies = await bot.say(userSays);
    expect({ userSays, botAsks: askedBy(replies) }).toEqual({ userSays, botAsks });
  }
}

/** A post-sales customer with a contract and no GPU: the vCPU count decides between CSA and CSAM. */
const TO_THE_VCPUS: [string, Asked][] = [
  ['assess', 'supportContract'],
  ['yes', 'salesStage'],
  ['post-sales', 'gpuOrRestricted'],
  ['no', 'quotaGroupVcpus'],
];

describe('a question typed while the questions run is answered, never taken as an answer', () => {
  it.each([
    'how do I size a negative milestone for a Cosmos DB optimization?',
    'what is TPD?',
    'who is the CSAM for capacity?',
  ])('at the support-contract question: %s', async (question) => {
    const bot = createAppDriver();
    await converse(bot, [['assess', 'supportContract']]);
    const replies = await bot.say(question);
    expect(cardOf(replies[0])).toBeDefined();
    expect(askedBy(replies)).toBe('supportContract');
    // The contract is still open: "yes" answers it and the next question is the sales stage.
    await converse(bot, [['yes', 'salesStage']]);
  });
});

describe('an answer that names another fact is recorded for the fact it names', () => {
  it.each<[string, string]>([
    ['two subs', 'the number of subscriptions is 2'],
    ['3 regions', 'the number of regions is 3'],
    ['$40k a month', 'the capacity spend per month is $40,000'],
  ])(
    'at the vCPU question, "%s" is noted for its own fact and the question asked again',
    async (said, noted) => {
      const bot = createAppDriver();
      await converse(bot, TO_THE_VCPUS);
      const replies = await bot.say(said);
      expect(texts(replies)).toContain(`Noted: ${noted}.`);
      expect(askedBy(replies)).toBe('quotaGroupVcpus');
    },
  );

  it('"two subs" never becomes 2 vCPUs: the result shows the subscriptions and the vCPUs given', async () => {
    const bot = createAppDriver();
    await converse(bot, TO_THE_VCPUS);
    await bot.say('two subs');
    const result = await bot.say('600');
    const shown = cards(result);
    expect(shown).toContain('Customer Success Architect (CSA)');
    expect(shown).toMatch(/vCPUs in the largest quota group\n600/);
    expect(shown).toMatch(/Subscriptions\n2/);
  });
});

describe('every fact a person gives in one answer is taken, and the questions skip it', () => {
  it.each<[string, Asked]>([
    ["we're post sales and they have Unified", 'gpuOrRestricted'],
    ['yes, post-sales, no GPU', 'quotaGroupVcpus'],
    ['yes post-sales no gpu 600 vcpus', 'result'],
  ])('"%s" at the first question', async (said, next) => {
    const bot = createAppDriver();
    await converse(bot, [['assess', 'supportContract']]);
    expect(askedBy(await bot.say(said))).toBe(next);
  });

  it('"back" after an answer with several facts undoes all of them', async () => {
    const bot = createAppDriver();
    await converse(bot, [
      ['assess', 'supportContract'],
      ["we're post sales and they have Unified", 'gpuOrRestricted'],
      ['back', 'supportContract'],
    ]);
  });
});

describe('a number nobody knows: the threshold, then a conditional answer', () => {
  it.each(['not sure', "don't know", 'skip', 'no idea', 'dunno'])(
    '"%s" at the vCPU question asks which side of 500 it is on, with Yes, No and Not sure',
    async (said) => {
      const bot = createAppDriver();
      await converse(bot, TO_THE_VCPUS);
      const replies = await bot.say(said);
      const question = replies.at(-1);
      expect(question?.text).toBe('Is the largest quota group over 500 vCPUs?');
      expect(question?.suggestedActions?.actions.map((action) => action.title)).toEqual([
        'Yes',
        'No',
        'Not sure',
      ]);
      expect(texts(replies)).not.toContain("can't be skipped");
    },
  );

  it('yes to the threshold decides it: the card shows the fact as a side of the threshold', async () => {
    const bot = createAppDriver();
    await converse(bot, TO_THE_VCPUS);
    await bot.say('not sure');
    const result = await bot.say('yes');
    expect(askedBy(result)).toBe('result');
    const shown = cards(result);
    expect(shown).toContain('Customer Success Architect (CSA)');
    expect(shown).toContain('over 500 vCPUs');
    expect(shown).not.toMatch(/vCPUs in the largest quota group\n\d/);
  });

  it('not sure twice: the questions go on, and the answer says what it depends on and what settles it', async () => {
    const bot = createAppDriver();
    await converse(bot, TO_THE_VCPUS);
    await bot.say('not sure');
    const next = await bot.say('not sure');
    expect(askedBy(next)).toBe('monthlySpendUsd');
    // A spend that does not decide it either way leaves the vCPUs to decide, with the rest known.
    const answers = ['$10k a month', '1', '1', '2', 'none', 'yes'];
    let replies = next;
    for (const answer of answers) {
      replies = await bot.say(answer);
      if (!askedBy(replies)) break;
    }
    const shown = cards(replies);
    expect(shown).toMatch(/largest quota group is over 500 vCPUs/);
    expect(shown).toContain('Customer Success Architect (CSA)');
    expect(shown).toContain('Customer Success Account Manager (CSAM)');
    expect(shown).toMatch(/settle/i);
  });
});

describe('commands, typos and all', () => {
  it.each<[string, Asked]>([
    ['asess', 'supportContract'],
    ['assses', 'supportContract'],
    ['hlep', 'welcome'],
  ])('"%s" is the command it was meant to be', async (typed, asked) => {
    expect(askedBy(await createAppDriver().say(typed))).toBe(asked);
  });

  it.each(['access', 'asset', 'helpful'])('"%s" is a word, not a command', async (typed) => {
    const replies = await createAppDriver().say(typed);
    expect(askedBy(replies)).not.toBe('supportContract');
  });

  it('"my handoffs" in the middle of the questions lists them, then asks the question again', async () => {
    const bot = createAppDriver();
    await converse(bot, [['assess', 'supportContract']]);
    const replies = await bot.say('my handoffs');
    expect(cards(replies)).toMatch(/handoffs/i);
    expect(askedBy(replies)).toBe('supportContract');
  });
});

describe('the account named with the command is kept', () => {
  it('"assess Fabrikam, post-sales, …" keeps Fabrikam, on the result and on the handoff picker', async () => {
    const bot = createAppDriver();
    const replies = await bot.say('assess Fabrikam, post-sales, contract, GPU');
    expect(askedBy(replies)).toBe('result');
    expect(cards(replies)).toContain('Fabrikam');
    const picker = await bot.say('handoff');
    expect(cards(picker)).toContain('Fabrikam');
  });

  it('without an account, the handoff picker asks for one, as optional', async () => {
    const bot = createAppDriver();
    await bot.say('assess post-sales, contract, GPU');
    const picker = cardOf((await bot.say('handoff')).at(-1));
    // The person has not been seen anywhere yet: nothing to pick, so nothing to ask either.
    expect(JSON.stringify(picker)).not.toContain('"id":"account"');
  });
});

describe('a correction after the result re-runs the rubric and says what changed', () => {
  it.each<[string, RegExp, string]>([
    [
      'actually they have 3 regions',
      /Changed: the number of regions from 1 to 3\./,
      'Customer Success Architect (CSA)',
    ],
    [
      'sorry, 3 regions',
      /Changed: the number of regions from 1 to 3\./,
      'Customer Success Architect (CSA)',
    ],
    [
      'make that 2 subscriptions',
      /Changed: the number of subscriptions from 1 to 2\./,
      'Customer Success Architect (CSA)',
    ],
  ])('"%s"', async (said, changed, owner) => {
    const bot = createAppDriver();
    // A simple post-sales customer who needs coordination: CSAM.
    const result = await bot.say(
      'assess post-sales, contract, no GPU, 100 vCPUs, $5K a month, 1 subscription, 1 region, 1 SKU, no design review, needs coordination',
    );
    expect(cards(result)).toContain('Customer Success Account Manager (CSAM)');
    const corrected = await bot.say(said);
    expect(texts(corrected)).toMatch(changed);
    expect(texts(corrected)).toContain(
      'The recommendation changes from Customer Success Account Manager (CSAM) to Customer Success Architect (CSA).',
    );
    expect(cards(corrected)).toContain(owner);
  });

  it('a correction that changes nothing says so', async () => {
    const bot = createAppDriver();
    await bot.say('assess post-sales, contract, GPU');
    const replies = await bot.say('actually they are post-sales');
    expect(texts(replies)).toContain('nothing changed');
  });
});

describe('a yes/no question asked again says it once', () => {
  it.each(['maybe', 'perhaps later', 'blue'])('after "%s"', async (said) => {
    const bot = createAppDriver();
    await converse(bot, [['assess', 'supportContract']]);
    const replies = await bot.say(said);
    const prompt = QUESTIONS.supportContract.prompt;
    expect(texts(replies).split(prompt).length - 1).toBe(1);
  });
});

describe('a partner-only request asks only what the partner rule needs', () => {
  it.each<[string, [string, Asked][], string]>([
    [
      'a security vulnerability goes to MSRC, no capacity questions',
      [
        ['partner', 'partner.requester'],
        ['partner', 'partner.need'],
      ],
      'security vulnerability',
    ],
    [
      "an end customer using the partner's entitlement is refused",
      [
        ['partner', 'partner.requester'],
        ['end customer', 'partner.need'],
      ],
      'break-fix',
    ],
  ])('%s', async (_name, steps, last) => {
    const bot = createAppDriver();
    await converse(bot, steps);
    const replies = await bot.say(last);
    expect(askedBy(replies)).toBe('result');
    expect(texts(replies)).not.toContain(QUESTIONS.supportContract.prompt);
  });

  it('in a channel, "@Handoff Advisor partner security vulnerability" answers at once: MSRC leads', async () => {
    const bot = createAppDriver();
    const { replies } = await bot.send(bot.teams.channelMessage('partner security vulnerability'));
    const shown = cards(replies);
    expect(shown).toContain('MSRC');
    expect(shown).not.toContain('Edit answers\nPost handoff\nSupport contract');
  });
});

describe('channel one-liners that look like an assessment get the form, with what was understood', () => {
  it.each<[string, string[], string]>([
    [
      'Tailspin Toys is growing fast, a few subs, need help with quota',
      ['From your message: the account name is Tailspin Toys.'],
      'You said "a few subs", and the recommendation needs the number.',
    ],
    [
      'a couple of subscriptions, they have Premier',
      ['From your message:'],
      'the recommendation needs the number',
    ],
  ])('"%s"', async (oneLiner, understood, asked) => {
    const bot = createAppDriver();
    const { replies } = await bot.send(bot.teams.channelMessage(oneLiner));
    expect(replies).toHaveLength(1);
    const shown = cardText(cardOf(replies[0]));
    for (const line of understood) expect(shown).toContain(line);
    expect(shown).toContain(asked);
    expect(shown).not.toMatch(/no good answer|I could not read/);
  });
});

describe('a correction needs no word of correcting: a fact or three after a result change it', () => {
  const CSAM_CUSTOMER =
    'assess Contoso: post-sales, contract, 1 sub, 1 region, 4 SKUs, 200 vCPUs, $10k/month, no GPU, needs coordination, no design review';

  it.each<[string, RegExp]>([
    ['they have 3 regions', /Changed: the number of regions from 1 to 3\./],
    ['3 regions', /Changed: the number of regions from 1 to 3\./],
    ['600 vcpus', /Changed: the number of vCPUs in the largest quota group from 200 to 600\./],
    ["it's pre-sales", /Changed: the sales stage from post-sales to pre-sales\./],
    [
      'they also need GPU',
      /Changed: whether GPU or restricted SKU capacity is planned from no to yes\./,
    ],
  ])('"%s"', async (said, changed) => {
    const bot = createAppDriver();
    expect(cards(await bot.say(CSAM_CUSTOMER))).toContain(
      'Customer Success Account Manager (CSAM)',
    );
    const replies = await bot.say(said);
    expect(texts(replies)).toMatch(changed);
    expect(texts(replies)).not.toContain(QUESTIONS.supportContract.prompt);
    expect(cards(replies)).toContain('Contoso');
  });

  it('a new customer (another account) starts new questions instead', async () => {
    const bot = createAppDriver();
    await bot.say(CSAM_CUSTOMER);
    const replies = await bot.say('Fabrikam: 3 regions');
    expect(texts(replies)).not.toMatch(/Changed:/);
  });
});

describe('values a fact does not take are said, never dropped', () => {
  it('in personal chat, before the first question', async () => {
    const replies = await createAppDriver().say('assess: post-sales, contract, 0 regions');
    expect(texts(replies)).toMatch(
      /"0" is less than 1\. I need a whole number of regions, 1 or more/,
    );
  });

  it('in a channel, on the result', async () => {
    const bot = createAppDriver();
    const { replies } = await bot.send(
      bot.teams.channelMessage('post-sales, contract, 0 regions, 3 subs, GPU'),
    );
    expect(texts(replies)).toMatch(/"0" is less than 1/);
    expect(cards(replies)).toContain('Customer Success Architect (CSA)');
  });
});

describe('what people type never becomes markdown on a card', () => {
  it('a one-liner with markdown and a link, shown back on the form, is plain text runs only', async () => {
    const bot = createAppDriver();
    const { replies } = await bot.send(
      bot.teams.channelMessage(
        'Tailspin **Toys** [x](https://evil.example), a few subs, 2 regions',
      ),
    );
    const card = cardOf(replies[0]);
    const blocks: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const element = node as Record<string, unknown>;
        if (element.type === 'TextBlock' && typeof element.text === 'string')
          blocks.push(element.text);
        Object.values(element).forEach(walk);
      }
    };
    walk(card);
    expect(cardText(card)).toContain('Tailspin **Toys**');
    expect(blocks.filter((text) => /evil\.example|\*\*/.test(text))).toEqual([]);
  });
});

describe('small things a person expects', () => {
  it.each(['hi', 'Hello!', 'thanks', 'thank you 🙂'])(
    '"%s" gets the welcome, not "no good answer"',
    async (said) => {
      const replies = await createAppDriver().say(said);
      expect(askedBy(replies)).toBe('welcome');
      expect(cards(replies)).not.toContain('I have no good answer');
    },
  );

  it('"handoff" after an answer that still depends says what would settle it', async () => {
    const bot = createAppDriver();
    await converse(bot, TO_THE_VCPUS);
    await bot.say('not sure');
    await bot.say('not sure');
    for (const answer of ['$10k a month', '1', '1', '2', 'none', 'yes']) await bot.say(answer);
    const replies = await bot.say('handoff');
    expect(texts(replies)).toMatch(
      /still depends.*Knowing the number of vCPUs in the largest quota group would settle it/,
    );
  });

  it('"handoff … to Jane" without an @mention asks for one and posts nothing', async () => {
    const bot = createAppDriver();
    const { replies } = await bot.send(
      bot.teams.channelMessage('handoff Contoso: 3 subs, GPU, contract, post-sales to Jane Doe'),
    );
    expect(texts(replies)).toBe(
      'To propose it to Jane Doe, @mention them: "handoff … to @Jane Doe". Nothing was posted yet.',
    );
    expect(replies.filter((reply) => cardOf(reply))).toEqual([]);
  });
});
