import {
  answerCard,
  CardActionData,
  conditionalResultCard,
  factsFormCard,
  FORM_FIELDS,
  handoffCard,
  noAnswerCard,
  resultCard,
  VERBS,
  welcomeCard,
  type AdaptiveCardJson,
  type JsonObject,
} from '../../src/cards';
import { isJsonObject } from '../../src/cards/json';
import { ask, KNOWLEDGE_ENTRIES, textParts } from '../../src/knowledge';
import { FACT_DOMAINS, recommend } from '../../src/rubric';
import { formProblemText } from '../../src/words/forms';
import { OWNER_LABELS, sourceText } from '../../src/words/rubric';
import { partnerFacts, simpleFacts } from '../support/facts';
import { actionWithVerb, cardObjects, inputsOf, stringsIn } from './support/cardChecks';
import { expectNoConsoleOutput } from './support/quietConsole';
import {
  CONDITIONAL_SCENARIOS,
  DECIDED_SCENARIOS,
  PARTNER_SCENARIOS,
  problemsOf,
} from './support/scenarios';

expectNoConsoleOutput();

/** Everything a card shows, in order: the words a reader sees (not action payloads). */
const shown = (card: AdaptiveCardJson): string =>
  stringsIn(card)
    .filter(({ where }) => where !== 'data')
    .map(({ value }) => value)
    .join('\n');

const byId = (card: AdaptiveCardJson, id: string) =>
  cardObjects(card).find(({ object }) => object.id === id)?.object;

describe('welcome card', () => {
  const card = welcomeCard();

  it('names the three things to type', () => {
    expect(shown(card)).toMatch(
      /assess[\s\S]*partner[\s\S]*how do I track a consumption motion in MSX\?/,
    );
  });

  it('has buttons for assess and partner', () => {
    expect(actionWithVerb(card, VERBS.assess)?.type).toBe('Action.Submit');
    expect(actionWithVerb(card, VERBS.partner)?.type).toBe('Action.Submit');
  });
});

describe('result card', () => {
  const blocked = DECIDED_SCENARIOS.find(({ name }) => name.startsWith('blocked'))!;
  const worst = DECIDED_SCENARIOS.find(({ name }) => name.startsWith('worst case'))!;

  it('leads with the account, the recommended persona and what they do next', () => {
    const card = resultCard(worst);
    const text = shown(card);
    expect(text).toContain(worst.facts.account);
    expect(text).toContain(OWNER_LABELS[worst.recommendation.owner]);
    expect(text).toContain(worst.recommendation.action);
    // Pre-sales with a contract: the tier as it is for the owner after the sale.
    expect(text).toContain('Complexity tier, after the sale (CSA)');
    expect(text).toContain(worst.recommendation.tierMeaning.meaning);
    expect(text).toContain(worst.recommendation.lifecycle);
    expect(text).toContain(OWNER_LABELS[worst.recommendation.afterSale!.owner]);
  });

  it('marks blockers in an attention container', () => {
    const card = resultCard(blocked);
    const container = cardObjects(card).find(
      ({ kind, object }) => kind === 'Container' && object.style === 'attention',
    );
    expect(shown({ ...card, body: [container!.object] })).toContain(
      blocked.recommendation.blockers[0]!.text,
    );
  });

  it('says what would change the owner: "9 VM SKUs or fewer → CSAM"', () => {
    const facts = simpleFacts({ vmSkus: 12, processCoordination: true });
    expect(shown(resultCard({ facts, recommendation: recommend(facts) }))).toContain(
      '9 VM SKUs or fewer → CSAM',
    );
  });

  it('shows the partner option with its rationale, caveats and links', () => {
    const option = worst.recommendation.supportOption!;
    const text = shown(resultCard(worst));
    for (const line of [option.option, option.rationale, ...option.caveats])
      expect(text).toContain(line);
    for (const link of option.links) expect(text).toContain(`[${link.title}](${link.url})`);
  });

  it('links every resource and lists every engagement', () => {
    const text = shown(resultCard(worst));
    for (const link of worst.recommendation.resources)
      expect(text).toContain(`[${link.title}](${link.url})`);
    for (const engagement of worst.recommendation.engagements) expect(text).toContain(engagement);
  });

  it('leaves out the sections that are empty', () => {
    const facts = simpleFacts();
    const text = shown(resultCard({ facts, recommendation: recommend(facts) }));
    for (const heading of [
      'Account:',
      'Blocked',
      'Partner support',
      'Suggested engagements',
      'After the sale',
    ]) {
      expect(text).not.toContain(heading);
    }
  });

  it('keeps the rules and the role boundaries collapsed, behind toggles', () => {
    const card = resultCard(worst);
    for (const id of ['whyDetails', 'roleDetails']) {
      expect(byId(card, id)?.isVisible).toBe(false);
      expect(
        cardObjects(card).some(
          ({ object }) => JSON.stringify(object.targetElements) === JSON.stringify([id]),
        ),
      ).toBe(true);
    }
    const why = shown({ ...card, body: [byId(card, 'whyDetails')!] });
    // Each rule in words, with its seed source; the ids stay in the data only.
    for (const rule of worst.recommendation.rules) {
      expect(why).toContain(rule.says);
      expect(why).toContain(sourceText(rule.source));
      expect(why).not.toContain(rule.id);
    }
    const roles = shown({ ...card, body: [byId(card, 'roleDetails')!] });
    for (const role of worst.recommendation.roles) expect(roles).toContain(role.doesNot);
  });

  it('lists the facts it decided on', () => {
    const facts = cardObjects(resultCard(worst))
      .filter(({ kind }) => kind === 'Fact')
      .map(({ object }) => object);
    expect(facts).toContainEqual({ title: 'Distinct VM SKUs', value: '40' });
    expect(facts).toContainEqual({ title: 'Capacity spend per month (USD)', value: '$250,000.5' });
    expect(facts).toContainEqual({
      title: 'Engineering design review needed for',
      value: 'forecast validation, architecture change, complex quota strategy',
    });
  });

  it('when a partner asked, the support option leads the card', () => {
    const text = shown(resultCard(worst));
    const option = worst.recommendation.supportOption!;
    expect(text.indexOf(option.rationale)).toBeGreaterThan(0);
    expect(text.indexOf(option.rationale)).toBeLessThan(
      text.indexOf(OWNER_LABELS[worst.recommendation.owner]),
    );
  });

  it.each([
    ['self-serve', simpleFacts(), /Simple: no CSAM or CSA needed now/],
    ['the SE without a contract', simpleFacts({ supportContract: false }), /Simple: SE education/],
  ])(
    'the tier says what it means for %s, not that the CSAM coordinates',
    (_name, facts, meaning) => {
      const text = shown(resultCard({ facts, recommendation: recommend(facts) }));
      expect(text).toMatch(meaning);
      expect(text).not.toMatch(/CSAM coordinates; Consult available|^CSAM coordinates, escalates/m);
    },
  );

  it('a what-if the known facts cannot decide names the facts it needs', () => {
    const facts = {
      salesStage: 'postsales',
      supportContract: true,
      gpuOrRestricted: true,
    } as const;
    expect(shown(resultCard({ facts, recommendation: recommend(facts) }))).toContain(
      'no GPU or restricted SKUs → depends on the number of vCPUs in the largest quota group, the capacity spend per month',
    );
  });

  it('a number known only as a side of a threshold is listed as that side', () => {
    const { quotaGroupVcpus: _exact, ...rest } = simpleFacts({ processCoordination: true });
    const facts = { ...rest, ranges: { quotaGroupVcpus: { lte: 500 } } };
    const rows = cardObjects(resultCard({ facts, recommendation: recommend(facts) }))
      .filter(({ kind }) => kind === 'Fact')
      .map(({ object }) => object);
    expect(rows).toContainEqual({
      title: 'vCPUs in the largest quota group',
      value: '500 vCPUs or fewer',
    });
  });

  it('"Edit answers" carries the facts, "Start over" carries only its verb', () => {
    const card = resultCard(worst);
    expect(actionWithVerb(card, VERBS.editAnswers)?.data).toEqual({
      verb: VERBS.editAnswers,
      facts: worst.facts,
    });
    expect(actionWithVerb(card, VERBS.startOver)?.data).toEqual({ verb: VERBS.startOver });
  });
});

describe("result card for a partner's own request", () => {
  const partner = PARTNER_SCENARIOS.find(({ name }) => name.includes('MSRC'))!;
  const card = resultCard(partner);
  const text = shown(card);

  it('leads with the support option and names no owner', () => {
    const lines = text.split('\n');
    const order = ['Partner support for this request', 'Fabrikam', 'Partner support', 'MSRC'];
    const positions = order.map((line) => lines.indexOf(line));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const label of Object.values(OWNER_LABELS)) expect(text).not.toContain(label);
    for (const heading of [
      'Next: ',
      'Complexity tier',
      'Self-serve resources',
      'What would change',
    ]) {
      expect(text).not.toContain(heading);
    }
  });

  it('has no role boundaries to toggle, and still says why', () => {
    expect(byId(card, 'roleDetails')).toBeUndefined();
    expect(text).not.toContain('Role boundaries');
    expect(shown({ ...card, body: [byId(card, 'whyDetails')!] })).toContain(
      partner.recommendation.rules[0]!.says,
    );
  });
});

describe('result card for an answer that depends on facts not known', () => {
  const [vcpus, twoUnknown, sameOwner, partnerHours] = CONDITIONAL_SCENARIOS;

  it('says who in which case, and what would settle it', () => {
    const text = shown(conditionalResultCard(vcpus!));
    expect(text).toContain('CSA if the largest quota group is over 500 vCPUs; otherwise CSAM.');
    expect(text).toContain('To settle it: ');
    expect(text).toContain(
      'Knowing the number of vCPUs in the largest quota group would settle it.',
    );
    expect(text).toContain('If the largest quota group is 500 vCPUs or fewer');
    expect(text).toContain(
      'Customer Success Account Manager (CSAM): Coordinate the capacity process. Simple: the CSAM coordinates',
    );
  });

  it('offers no handoff to post while the owner is not known', () => {
    const card = conditionalResultCard(vcpus!);
    expect(stringsIn(card).some(({ value }) => value === 'Post handoff')).toBe(false);
    expect(actionWithVerb(card, VERBS.editAnswers)?.data).toEqual({
      verb: VERBS.editAnswers,
      facts: vcpus!.facts,
    });
  });

  it('conditions on several facts, and the partner option when it is the same in every case', () => {
    const text = shown(conditionalResultCard(twoUnknown!));
    expect(text).toContain(
      'CSA if the largest quota group is over 500 vCPUs, or if the capacity spend is over $50,000 a month; otherwise self-serve.',
    );
    // The option is the same in every case: shown once, under "Partner support".
    expect(text).toContain('Partner support');
    expect(text).not.toContain('for the partner if');
    expect(text).toContain(
      'If the largest quota group is 500 vCPUs or fewer and the capacity spend is $50,000 a month or less',
    );
  });

  it('the same owner either way: only the tier depends on it', () => {
    expect(shown(conditionalResultCard(sameOwner!))).toContain(
      'SE either way; the tier depends on the number of vCPUs in the largest quota group.',
    );
  });

  it("a partner's own request: the option in each case", () => {
    const text = shown(conditionalResultCard(partnerHours!));
    expect(text).toContain(
      'Architecture Desk if the engagement takes 25 hours or less; otherwise PSfP.',
    );
    expect(text).toContain('If the engagement takes more than 25 hours');
  });
});

describe('facts form card', () => {
  it('has an input for every fact the rubric knows', () => {
    const inputs = inputsOf(factsFormCard({ facts: {}, verb: VERBS.submitFacts }));
    expect(FORM_FIELDS.map(({ fact }) => fact).sort()).toEqual(Object.keys(FACT_DOMAINS).sort());
    for (const { id } of FORM_FIELDS) expect(inputs.has(id)).toBe(true);
  });

  it('uses the input kind each fact needs', () => {
    const inputs = inputsOf(factsFormCard({ facts: {}, verb: VERBS.submitFacts }));
    expect(inputs.get('account')).toMatchObject({ type: 'Input.Text', maxLength: 100 });
    expect(inputs.get('salesStage')).toMatchObject({
      type: 'Input.ChoiceSet',
      label: 'Sales stage *',
    });
    // Marks only: the client must not refuse a submit the rules would take.
    expect([...inputs.values()].filter((input) => 'isRequired' in input)).toEqual([]);
    // Yes/no is a choice with nothing picked until known: a switch would default to "no".
    expect(inputs.get('supportContract')).toMatchObject({
      type: 'Input.ChoiceSet',
      choices: [
        { title: 'Yes', value: 'true' },
        { title: 'No', value: 'false' },
      ],
    });
    expect(inputs.get('supportContract')?.value).toBe('');
    expect(inputs.get('subscriptions')).toMatchObject({ type: 'Input.Number', min: 1 });
    expect(inputs.get('vmSkus')).toMatchObject({ type: 'Input.Number', min: 0 });
    expect(inputs.get('monthlySpendUsd')).toMatchObject({ type: 'Input.Number', min: 0 });
    expect(inputs.get('designReview')).toMatchObject({
      type: 'Input.ChoiceSet',
      isMultiSelect: true,
    });
    expect(inputs.get('phase')?.isRequired).toBeUndefined();
    expect(inputs.get('partnerAsking')).toMatchObject({ type: 'Input.Toggle', value: 'false' });
  });

  it('prefills what was understood and leaves the rest empty', () => {
    const facts = simpleFacts({ designReview: ['forecast', 'architecture'], phase: 'reserve' });
    const inputs = inputsOf(
      factsFormCard({ facts: { ...facts, vmSkus: undefined }, verb: VERBS.submitFacts }),
    );
    expect(inputs.get('subscriptions')?.value).toBe(1);
    expect(inputs.get('vmSkus')?.value).toBeUndefined();
    expect(inputs.get('supportContract')?.value).toBe('true');
    expect(inputs.get('designReview')?.value).toBe('forecast,architecture');
    expect(inputs.get('phase')?.value).toBe('reserve');
    expect(inputs.get('maturity')?.value).toBe('');
  });

  it('opens the partner section when a partner is asking', () => {
    const card = factsFormCard({ facts: { partner: partnerFacts() }, verb: VERBS.submitFacts });
    expect(byId(card, 'partnerSection')?.isVisible).toBe(true);
    expect(inputsOf(card).get('partnerAsking')?.value).toBe('true');
    expect(
      byId(factsFormCard({ facts: {}, verb: VERBS.submitFacts }), 'partnerSection')?.isVisible,
    ).toBe(false);
  });

  it('lists the problems in red on top and says each one again next to its input', () => {
    const problems = problemsOf({ subscriptions: '0', partnerAsking: 'true', partnerPlan: 'gold' });
    const card = factsFormCard({ facts: {}, problems, verb: VERBS.submitFacts });
    const top = card.body.find((element) => isJsonObject(element) && element.style === 'attention');
    expect(top).toMatchObject({ type: 'Container', style: 'attention' });
    const messages = problems.map(formProblemText);
    for (const message of messages)
      expect(JSON.stringify(top)).toContain(JSON.stringify(message).slice(1, -1));
    const besideInputs = cardObjects(card)
      .filter(
        ({ kind, object }) =>
          kind === 'TextRun' && object.color === 'attention' && object.size === 'small',
      )
      .map(({ object }) => object.text);
    expect(besideInputs).toEqual(expect.arrayContaining(messages));
    expect(besideInputs).toContain(
      'Subscriptions: 0 is less than 1. Enter a whole number, 1 or more.',
    );
    expect(byId(card, 'partnerSection')?.isVisible).toBe(true);
  });

  it.each([VERBS.submitFacts, VERBS.submitHandoff])(
    'submits with the verb it is given: %s',
    (verb) => {
      const card = factsFormCard({ facts: {}, verb, title: 'Almost there' });
      expect(actionWithVerb(card, verb)?.type).toBe('Action.Execute');
      expect(shown(card)).toContain('Almost there');
    },
  );
});

describe('answer card', () => {
  const result = ask('what is TPD');
  const results = result.answered ? result.results : [];

  it('shows the best entry: its question, answer and source', () => {
    const best = results[0]!.entry;
    const text = shown(answerCard({ question: 'what is TPD', results }));
    expect(text).toContain(best.question);
    expect(text).toContain(best.answer.split('\n')[0]);
    expect(text).toContain(best.source.split(' › ')[1]);
  });

  it('shows "- " bullets as "• " lines, without markdown', () => {
    const entry = KNOWLEDGE_ENTRIES.find(({ answer }) => answer.includes('\n- '))!;
    const text = shown(answerCard({ question: 'q', results: [{ entry, score: 1 }] }));
    expect(text).toContain(`• ${entry.answer.split('\n- ')[1]!.split('\n')[0]}`);
  });

  it('offers at most two runners-up, each its whole question, one click asking it', () => {
    const many = KNOWLEDGE_ENTRIES.slice(0, 5).map((entry) => ({ entry, score: 0.6 }));
    const card = answerCard({ question: 'q', results: many });
    const rows = cardObjects(card)
      .filter(({ kind, object }) => kind === 'Container' && object.selectAction !== undefined)
      .map(({ object }) => object);
    const expected = many.slice(1, 3).map(({ entry }) => entry.question);
    expect(rows.map((row) => row.selectAction)).toEqual(
      expected.map((question) => ({
        type: 'Action.Submit',
        title: question,
        data: { verb: VERBS.ask, question },
      })),
    );
    // The whole question is shown as wrapping text, not as a button title Teams cuts short.
    const rowText = (row: JsonObject) =>
      cardObjects(row)
        .filter(({ kind }) => kind === 'TextRun')
        .map(({ object }) => object.text)
        .join('');
    expect(rows.map(rowText)).toEqual(expected.map((question) => `→ ${question}`));
    expect(cardObjects(card).filter(({ kind }) => kind === 'ActionSet')).toEqual([]);
  });

  const linkedEntries = KNOWLEDGE_ENTRIES.filter(({ answer }) =>
    answer.split('\n').some((line) => textParts(line).some((part) => 'href' in part)),
  );

  it.each(linkedEntries.map((entry) => [entry.id, entry] as const))(
    '%s: every address in the answer is a link to it, built from the known address',
    (_id, entry) => {
      const card = answerCard({ question: 'q', results: [{ entry, score: 1 }] });
      const markdown = cardObjects(card)
        .filter(({ kind }) => kind === 'TextBlock')
        .map(({ object }) => String(object.text))
        .join('\n');
      const hrefs = entry.answer
        .split('\n')
        .flatMap((line) => textParts(line))
        .flatMap((part) => ('href' in part ? [part.href] : []));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(markdown).toContain(`](${href})`);
      // No address is left as plain text beside them.
      const plain = stringsIn(card).filter(({ where }) => where === 'TextRun.text');
      expect(plain.filter(({ value }) => /https?:\/\/|aka\.ms\//.test(value))).toEqual([]);
    },
  );

  it('keeps answers without addresses as literal text runs, never markdown', () => {
    const entry = KNOWLEDGE_ENTRIES.find(({ id }) => id === 'motions.ce-responsibilities')!;
    const card = answerCard({ question: 'q', results: [{ entry, score: 1 }] });
    const blocks = cardObjects(card).filter(({ kind }) => kind === 'TextBlock');
    expect(blocks.map(({ object }) => object.text)).toEqual([]);
    expect(shown(card)).toContain('Proactive Accelerators (*)');
  });

  it('with a single result offers no "see also"', () => {
    expect(shown(answerCard({ question: 'q', results: results.slice(0, 1) }))).not.toContain(
      'See also',
    );
  });

  it('with no results is the no-answer card', () => {
    expect(answerCard({ question: 'why?', results: [] })).toEqual(
      noAnswerCard({ question: 'why?' }),
    );
  });
});

describe('no-answer card', () => {
  it('says plainly there is no good answer, echoes the question, and offers to assess or rephrase', () => {
    const card = noAnswerCard({ question: 'what is the weather?' });
    expect(shown(card)).toMatch(/no good answer[\s\S]*what is the weather\?[\s\S]*rephras/);
    expect(actionWithVerb(card, VERBS.assess)?.type).toBe('Action.Submit');
  });
});

describe('handoff card', () => {
  const steps = (card: AdaptiveCardJson) =>
    Object.fromEntries(
      cardObjects(card)
        .filter(
          ({ kind, object }) =>
            kind === 'Fact' && ['SE', 'CSAM', 'CSA'].includes(String(object.title)),
        )
        .map(({ object }) => [object.title, object.value]),
    );

  it('gives each persona a next step: the owner acts, the after-sale owner takes over', () => {
    const facts = simpleFacts({ salesStage: 'presales', gpuOrRestricted: true });
    const r = recommend(facts);
    expect(steps(handoffCard({ facts, recommendation: r }))).toEqual({
      SE: `Owns it now: ${r.action}.`,
      CSAM: 'Not needed for now.',
      CSA: 'Takes over after the sale.',
    });
  });

  it('tells the other personas what blocks them', () => {
    const facts = simpleFacts({ supportContract: false, gpuOrRestricted: true });
    const r = recommend(facts);
    const lines = steps(handoffCard({ facts, recommendation: r }));
    expect(lines.CSA).toBe(`Blocked: ${r.blockers[0]!.text}`);
    expect(lines.CSAM).toBe(`Blocked: ${r.blockers[0]!.text}`);
  });

  it('shows what the tier means for the owner and at most three links, and stays small', () => {
    const worst = DECIDED_SCENARIOS.find(({ name }) => name.startsWith('worst case'))!;
    const card = handoffCard(worst);
    const text = shown(card);
    // The tier as it is for the owner after the sale, not the table's columns for any owner.
    expect(text).toContain(worst.recommendation.tierMeaning.meaning);
    expect(text.match(/\]\(https?:/g)).toHaveLength(3);
    expect(text).not.toContain(worst.recommendation.rules[0]!.id);
    expect(JSON.stringify(card).length).toBeLessThan(4_000);
  });
});

describe("handoff card for a partner's own request", () => {
  it('names the support option where an owner would be, and no next steps', () => {
    const partner = PARTNER_SCENARIOS.find(({ name }) => name.includes('MSRC'))!;
    const text = shown(handoffCard(partner));
    expect(text).toContain('Partner support: \nTextRun\nMSRC');
    expect(text).not.toContain('Next steps');
    expect(text).toContain('[Microsoft Security Response Center](');
  });
});

describe('CardActionData: the action payload the bot validates before routing', () => {
  it.each([
    { verb: VERBS.assess },
    { verb: VERBS.partner },
    { verb: VERBS.startOver },
    { verb: VERBS.editAnswers, facts: simpleFacts() },
    { verb: VERBS.submitFacts, subscriptions: '3' },
    { verb: VERBS.submitHandoff },
    { verb: VERBS.ask, question: 'what is TPD?' },
  ])('accepts %j', (value) => {
    expect(CardActionData.safeParse(value).success).toBe(true);
  });

  it.each([
    ['an unknown verb', { verb: 'launch' }, 'verb must be one of'],
    ['no verb', { question: 'hi' }, 'verb must be one of'],
    ['an empty question', { verb: VERBS.ask, question: '  ' }, 'question'],
    ['facts that are not facts', { verb: VERBS.editAnswers, facts: { vmSkus: -1 } }, 'vmSkus'],
  ])('rejects %s', (_name, value, message) => {
    const parsed = CardActionData.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(message);
  });
});
