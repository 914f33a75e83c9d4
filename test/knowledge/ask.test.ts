import {
  ANSWER_THRESHOLD,
  ask,
  AskInputError,
  createKnowledgeBase,
  DEFAULT_LIMIT,
  KNOWLEDGE_ENTRIES,
  knowledgeBase,
  MAX_LIMIT,
  parseAskInput,
  QUESTION_MAX_LENGTH,
  RELATED_THRESHOLD,
  type AskResult,
} from '../../src/knowledge';
import { SEED_FILES } from '../../src/rubric/rules/sources';
import { readSeed, seedFaqQuestions } from './seeds';

const topId = (result: AskResult): string | undefined =>
  result.answered ? result.results[0]?.entry.id : undefined;

/** Questions as field staff type them, and the entry that must come first. */
const FIELD_QUESTIONS: ReadonlyArray<readonly [string, string]> = [
  ['which sales program do I tag for infra consumption?', 'motions.sales-program-names'],
  ['can my customer use our partner support plan?', 'partner.faq.end-customer-entitlement'],
  ['who owns the MSX milestone for a consumption play?', 'motions.new-engagement-owner'],
  ['does the architecture desk do break fix?', 'partner.architecture-desk.what-is-not'],
  [
    'customer is on an enterprise agreement, can we file an ASfP ticket for them?',
    'partner.faq.ea-customer-asfp',
  ],
  [
    "should we burn the customer's premier hours or use our own plan?",
    'partner.faq.partner-vs-customer-contract',
  ],
  ['how do I report a security bug in Azure?', 'partner.msrc'],
  ['what does TPDS not cover?', 'partner.tpd.out-of-scope'],
  ['do I need partner center access to request TPD hours?', 'partner.tpd.request'],
  ['how do we get in touch with PADesk?', 'partner.architecture-desk.engage'],
  ['what services does the partner architecture desk offer?', 'partner.architecture-desk.what-is'],
  [
    'how do I nominate a partner for the cloud enablement desk?',
    'partner.option.cloud-enablement-desk',
  ],
  ["where's the link to buy advanced support for partners?", 'partner.option.asfp'],
  ['what does the GPS technical team deliver for build-with?', 'partner.gps-technical-team'],
  [
    'can a partner open a ticket for a regional outage affecting their customer?',
    'partner.on-behalf.scope',
  ],
  ['where do I find the consumption motion execution guides?', 'motions.content-location'],
  ['how do I show I attempted a consumption motion?', 'motions.msx-tracking'],
  ['how do I track a consumption motion in MSX?', 'motions.msx-tracking'],
  [
    'can I tag the sales program on the milestone instead of the engagement?',
    'motions.sales-program-milestone-level',
  ],
  ['do I need a new engagement in MSX for a consumption play?', 'motions.open-new-engagement'],
  ['do I need to create a milestone for a CP?', 'motions.open-new-milestone'],
  ['how much do I put for a cosmos db optimization milestone?', 'motions.optimization-milestone'],
  ['what value for a postgres milestone?', 'motions.optimization-milestone'],
  ['is the CSAM supposed to create success engagements in MSX?', 'motions.csam-responsibilities'],
  ["what's the CE's role in a consumption motion?", 'motions.ce-responsibilities'],
  ['what does the CE do when the customer has a DSE contract?', 'motions.ce-responsibilities'],
  ['how do I get help from the AI Rangers?', 'motions.ai-rangers'],
  ['where do I send feedback on consumption motions?', 'motions.feedback'],
  ['how were the target TPIDs picked?', 'motions.tpid-criteria'],
  ['account has lots of child TPIDs, what do I do?', 'motions.child-tpids'],
  ['is the target list pulled from account grid?', 'motions.account-grid'],
  ['why is there nothing for AI in wave 1?', 'motions.ai-workloads-wave1'],
  ['databricks link only shows me a login page', 'motions.databricks-access'],
  ['which partners can help with a hadoop to databricks migration?', 'motions.databricks-partners'],
  ['should I prioritize MACC commitments or consumption plays?', 'motions.prioritization'],
  ['do consumption motions map to industry priority scenarios?', 'motions.ips'],
  ['are only pinned CSAs expected to run consumption motions?', 'motions.pinned-csas'],
  ['how much time will a consumption play take for the CSAM?', 'motions.time-commitment'],
  [
    'the account has almost no consumption and no CSA, how do we land a motion?',
    'motions.low-consumption-landing',
  ],
  ['when do M1s get the target account list?', 'motions.account-lists'],
  ['is there CSAM training on consumption plays?', 'motions.csam-training'],
  ['how do consumption motions differ from what I already do?', 'motions.vs-day-to-day'],
  ['when should the SE bring in a CSM?', 'roles.se-handoff-to-csu'],
  ['when should a CSAM hand over to the architect?', 'roles.csam-handoff-to-csa'],
  ['who owns a GPU capacity planning conversation?', 'roles.complexity-rubric'],
  ['customer spends 60K a month on capacity, is a CSA required?', 'roles.complexity-rubric'],
  ['can a CSAM do the technical configuration for the customer?', 'roles.role-clarity'],
  ['pre-sales customer without a support contract, who helps them?', 'roles.engagement-lifecycle'],
  ['what docs can I send a customer about quota groups?', 'roles.self-serve-resources'],
  ['what are the four phases of the capacity journey?', 'journey.phases'],
  [
    'customer is migrating to new VM families, do they need a design review?',
    'roles.csa-design-review-triggers',
  ],
  ['which workshop fits a customer who is new to Azure?', 'maturity.levels'],
];

/** Every FAQ question in seeds 003 and 004, verbatim, and the entry that answers it. */
const SEED_QUESTION_ENTRIES: Readonly<Record<string, string>> = {
  'If the customer in on an EA, can a partner request support on behalf of the customer through ASfP?':
    'partner.faq.ea-customer-asfp',
  'When should a partner use is support contract versus customer contract?':
    'partner.faq.partner-vs-customer-contract',
  'Can the end-customer engage with Microsoft support using the partner’s entitlement?':
    'partner.faq.end-customer-entitlement',
  'Are pinned CSAs the primary drivers of the Consumption Motions?': 'motions.pinned-csas',
  'How are the Consumption Motions different than my normal day to day': 'motions.vs-day-to-day',
  'How do Consumption Motions relate to sales plays?': 'motions.relate-to-sales-plays',
  'What will be the time commitment for each of the team members executing a CP? (e.g., CSA, CSAM, CE, Specialist)':
    'motions.time-commitment',
  'How do we mandate CSAMs to prioritize CMs since they are not in our chain?':
    'motions.csam-priorities',
  'How are CSAMs going to be trained about CPs? They are not included in the landing plan.':
    'motions.csam-training',
  'What is the feedback mechanism / tool for customers and partners? For CSAs/ CSAMs/ CEs/ Specialists? For M2s/ M1s?':
    'motions.feedback',
  'What is the process for engaging AI Rangers?': 'motions.ai-rangers',
  'How do we define a new engagement? Who creates MSX Engagement?': 'motions.new-engagement-owner',
  'How do CSAMs engage in Consumption Motions (All Azure solutions areas)':
    'motions.csam-responsibilities',
  'How do CEs engage in Consumption Motions': 'motions.ce-responsibilities',
  'How do I track that I have attempted to execute on Consumption Motions?': 'motions.msx-tracking',
  'What are the sales program names & how do I search for them in an engagement?':
    'motions.sales-program-names',
  'Are the sales program names enabled at the milestone level?':
    'motions.sales-program-milestone-level',
  'Should I open a new engagement for Consumption Motions?': 'motions.open-new-engagement',
  'Should I open a new milestone for Consumption Motions?': 'motions.open-new-milestone',
  "How do I quantify an 'optimization' milestone because it will be a negative pipeline item?":
    'motions.optimization-milestone',
  'Where will content for Consumption Motions be held?': 'motions.content-location',
  'When and how often will we (M2s and M1s) get the first list of Accounts by Area?':
    'motions.account-lists',
  "What do we do about a TPID that has many 'child' TPIDs?": 'motions.child-tpids',
  'In the targeted TPID list what was the criteria for selecting the relevant TPIDs?':
    'motions.tpid-criteria',
  'Are the target accounts taken from Account Grid?': 'motions.account-grid',
  'Are Consumption Motions aligned to Sales Plays?': 'motions.aligned-to-sales-plays',
  'What is the guidance on prioritization? E.g., MACC commitments vs CPs. The revenue impact will be miniscule in some cases, so how will we ensure CPs are meaningful for the CSAs to prioritize?':
    'motions.prioritization',
  'How are CPs aligned to IPS (Industry Priority Scenarios)?': 'motions.ips',
  'Why are there no AI Workloads in Wave 1?': 'motions.ai-workloads-wave1',
  'If I want to access the Databricks information I only get a login page:':
    'motions.databricks-access',
  'Where are these [Databricks migration] partners available?': 'motions.databricks-partners',
  'Will you be providing such guidance to the Field and training for CEs?': 'motions.ce-training',
  "What is the recommendation on how to land a consumption motion into an account where there is little consumption to date, due to lack of both CSU/STU engagement. How should we get the CSA engaged as best practice? This isn't a business model we normally support, particularly as we are guided to spend our time on the top 70% of ADS spending accounts as the CSU.":
    'motions.low-consumption-landing',
};

describe('ask: field questions', () => {
  it('covers at least 30 phrasings', () => {
    expect(FIELD_QUESTIONS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(FIELD_QUESTIONS)('"%s" → %s', (question, expectedId) => {
    expect(topId(ask(question))).toBe(expectedId);
  });
});

describe('ask: every seed FAQ question finds its own entry', () => {
  const seedQuestions = seedFaqQuestions(
    readSeed(SEED_FILES.partner),
    readSeed(SEED_FILES.motions),
  );

  it('has an expected entry for every FAQ question in the seeds', () => {
    expect([...seedQuestions].sort()).toEqual(Object.keys(SEED_QUESTION_ENTRIES).sort());
  });

  it.each(Object.entries(SEED_QUESTION_ENTRIES))('"%s" → %s', (question, expectedId) => {
    expect(topId(ask(question))).toBe(expectedId);
  });

  it.each(KNOWLEDGE_ENTRIES.map((entry) => [entry.id, entry.question] as const))(
    '%s is found by its own question',
    (id, question) => {
      expect(topId(ask(question))).toBe(id);
    },
  );
});

describe('ask: a negation turns the question around', () => {
  it.each([
    [
      'what does TPD cover?',
      'partner.tpd.what-is',
      "what isn't covered by TPD?",
      'partner.tpd.out-of-scope',
    ],
    ['what is TPD for?', 'partner.tpd.what-is', 'what is TPD not for?', 'partner.tpd.out-of-scope'],
    [
      'what does the architecture desk do?',
      'partner.architecture-desk.what-is',
      "what doesn't the architecture desk do?",
      'partner.architecture-desk.what-is-not',
    ],
  ])('"%s" → %s, "%s" → %s', (plain, plainId, negated, negatedId) => {
    expect(topId(ask(plain))).toBe(plainId);
    expect(topId(ask(negated))).toBe(negatedId);
  });
});

describe('ask: questions it cannot answer', () => {
  it.each([
    ["what's the weather in Paris", 'no-match'],
    ['asdfgh', 'no-match'],
    ['recipe for lasagna', 'no-match'],
    ['how do I install python', 'no-match'],
    ['tell me a joke', 'no-match'],
    ['who won the world cup', 'low-confidence'],
    ['azure', 'low-confidence'],
    ['partner', 'low-confidence'],
    ['what is it?', 'no-search-terms'],
    ['???', 'no-search-terms'],
    // Answers typed to a question, not questions: nothing in particular is asked.
    ['yes', 'no-search-terms'],
    ['no', 'no-search-terms'],
    ['nope', 'no-search-terms'],
    ['not sure', 'no-search-terms'],
    ["don't know", 'no-search-terms'],
    ['42', 'no-search-terms'],
    ['skip', 'no-match'],
  ] as const)('"%s" is not answered (%s)', (question, reason) => {
    expect(ask(question)).toEqual({ answered: false, reason });
  });
});

describe('ask: results', () => {
  const question = 'do I need to create a milestone for a CP?';

  it('puts the best first, scores in 0..1, the answer above the answer threshold', () => {
    const result = ask(question);
    if (!result.answered) throw new Error('expected an answer');
    const scores = result.results.map((entry) => entry.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(RELATED_THRESHOLD);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('returns three results by default and honours the limit', () => {
    const byDefault = ask(question);
    const one = ask(question, { limit: 1 });
    expect(byDefault.answered && byDefault.results.length).toBe(3);
    expect(one.answered && one.results.map((result) => result.entry.id)).toEqual([
      'motions.open-new-milestone',
    ]);
  });

  it('gives the same answer every time', () => {
    expect(ask(question)).toEqual(ask(question));
  });

  it('builds the seed knowledge base once', () => {
    expect(knowledgeBase()).toBe(knowledgeBase());
    expect(knowledgeBase().entries).toBe(KNOWLEDGE_ENTRIES);
  });

  it('tolerates a typo in a long word', () => {
    expect(topId(ask('how do I track a consumtion motion in MSX?'))).toBe('motions.msx-tracking');
  });
});

describe('createKnowledgeBase', () => {
  const source = `${SEED_FILES.partner} › Partner Support FAQ`;
  const base = createKnowledgeBase([
    { id: 'one', question: 'What is a widget?', answer: 'A small part.', source },
    { id: 'two', question: 'Where are gadgets sold?', answer: 'In shops.', source },
  ]);

  it('answers from the entries it was given', () => {
    expect(topId(base.ask('what are widgets?'))).toBe('one');
  });

  it('does not answer from entries it was not given', () => {
    expect(base.ask('how do I track a consumption motion in MSX?')).toEqual({
      answered: false,
      reason: 'no-match',
    });
  });
});

describe('ask: input validation', () => {
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof AskInputError) return error.issues;
      throw error;
    }
    throw new Error('expected an AskInputError');
  };

  it.each([
    ['an empty question', '', {}, 'question', /question is empty/],
    ['a blank question', '   \n ', {}, 'question', /question is empty/],
    [
      'a question over the length limit',
      'x'.repeat(QUESTION_MAX_LENGTH + 1),
      {},
      'question',
      /question is too long: keep it to 500 characters or fewer/,
    ],
    ['a zero limit', 'TPD scope', { limit: 0 }, 'options.limit', /limit must be at least 1/],
    [
      'a limit over the maximum',
      'TPD scope',
      { limit: MAX_LIMIT + 1 },
      'options.limit',
      /limit must be at most 10/,
    ],
    ['a fractional limit', 'TPD scope', { limit: 1.5 }, 'options.limit', /whole number/],
  ])('ask rejects %s, naming the field', (_case, question, options, field, message) => {
    expect(issuesOf(() => ask(question, options))).toEqual([
      { field, message: expect.stringMatching(message) },
    ]);
  });

  // Callers outside TypeScript (a card submit, parsed JSON) can pass anything at all.
  it.each([
    ['a question that is not text', 42, undefined, 'question', /question must be text/],
    ['a missing question', undefined, undefined, 'question', /question must be text/],
    ['an unknown option', 'TPD scope', { top: 2 }, 'options', /unknown option: top/],
    ['options that are not an object', 'TPD scope', 'all', 'options', /options must be an object/],
    ['a limit that is not a number', 'TPD scope', { limit: '3' }, 'options.limit', /number/],
  ])('the input check rejects %s, naming the field', (_case, question, options, field, message) => {
    expect(issuesOf(() => parseAskInput(question, options))).toEqual([
      { field, message: expect.stringMatching(message) },
    ]);
  });

  it('accepts a question of exactly the maximum length', () => {
    const question = `TPD ${'x'.repeat(QUESTION_MAX_LENGTH - 4)}`;
    expect(() => ask(question)).not.toThrow();
  });

  it('reports the question and the options together', () => {
    expect(() => ask('', { limit: 0 })).toThrow(/question is empty.*; limit must be at least 1/);
  });

  it('trims the question and defaults the limit', () => {
    expect(parseAskInput('  TPD scope \n', undefined)).toEqual({
      question: 'TPD scope',
      limit: DEFAULT_LIMIT,
    });
  });
});
