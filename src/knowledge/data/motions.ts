import { cite, SEED_FILES } from '../../rubric/rules/sources';
import type { KnowledgeEntry } from '../entry';

const from = (heading: string): string => cite(SEED_FILES.motions, heading);

const ORCHESTRATION = from('Orchestration of Consumption Motions');
const OTHER_ROLES = from('Orchestration Across Other Roles in CSU');
const AI_RANGERS = from('Q: What is the process for engaging AI Rangers?');
const NEW_ENGAGEMENT = from('Q: How do we define a new engagement? Who creates MSX Engagement?');
const CSAM_RESPONSIBILITIES = from('CSAM Responsibilities in Consumption Motion Execution');
const CE_RESPONSIBILITIES = from('CE Responsibilities in Consumption Motion Execution');
const TRACKING = from('Tracking Consumption Motions in MSX');
const DETAILS = from('Where to find Consumption Motion Details');
const SALES_PLAYS = from('Sales Plays & Consumption Motions');
const GENERAL = from('General Questions');
const IPS = from('Q: How are CPs aligned to IPS (Industry Priority Scenarios)?');
const AI_WORKLOADS = from('Q: Why are there no AI Workloads in Wave 1?');
const DATABRICKS_ACCESS = from(
  'Q: If I want to access the Databricks information I only get a login page:',
);
const DATABRICKS_OFFERS = from('Azure Databricks Offer Development');

/** Seed 004, "Consumption Motion FAQs": every question and answer, tables as plain lists. */
export const MOTION_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'motions.pinned-csas',
    question: 'Are pinned CSAs the primary drivers of the Consumption Motions?',
    answer:
      "Consumption Motions do not have to be limited to pinned CSAs. Swarmed CSAs should be engaged also where there is an opportunity to accelerate adoption, expansion and/or if there is a need for optimization. Yes, there is a higher expectation for pinned CSAs to drive more such proactive execution in their accounts by embedding Consumption Motions into the account plans and mapping them to the customer's priority use cases.",
    source: ORCHESTRATION,
    keywords: ['pinned', 'swarmed', 'swarming', 'drivers', 'only', 'run', 'drive'],
  },
  {
    id: 'motions.vs-day-to-day',
    question: 'How are the Consumption Motions different than my normal day to day?',
    answer:
      'Consumption Motions are packaging what many CSAs may already do into repeatable, curated content so that we can increase consistency, efficiency, and quality of CSU execution. They are focused on proactive execution to accelerate deployment, retain, and expand usage of landed customers, for specific scenarios.',
    source: ORCHESTRATION,
    keywords: ['different', 'normal work', 'day job', 'what is a consumption motion', 'new'],
  },
  {
    id: 'motions.relate-to-sales-plays',
    question: 'How do Consumption Motions relate to sales plays?',
    answer:
      "Consumption Motions are aligned to Sales Plays and extend them beyond the landing of the workload. They are designed to accelerate consumption during the landing sales cycle and then retain and expand the customer's usage after they have landed on Azure. There is a many-to-many relationship between Sales Plays and Consumption Motions: customers may land on Azure through one or more sales plays, and we will have one or more Consumption Motions to drive retention and expansion of their usage on Azure once they have landed.",
    source: ORCHESTRATION,
    keywords: ['relationship', 'many-to-many', 'landing', 'extend', 'relate'],
  },
  {
    id: 'motions.time-commitment',
    question:
      'What will be the time commitment for each of the team members executing a Consumption Motion (e.g., CSA, CSAM, CE, Specialist)?',
    answer: 'This will vary by consumption motion and step.',
    source: OTHER_ROLES,
    keywords: ['time', 'effort', 'hours', 'how long', 'commitment', 'workload'],
  },
  {
    id: 'motions.csam-priorities',
    question: 'How do we mandate CSAMs to prioritize Consumption Motions since they are not in our chain?',
    answer:
      'The primary priorities of the CSAM roles are centered on orchestrating support delivery and driving consumption planning for prioritized accounts and workloads. They will also monitor and support the execution of priority success engagements as needed. The CSAs will work with the CSAM to help orchestrate across the customer, to ensure that their consumption plan for the account includes the consideration of the right Consumption Motion scenarios and that we are maximizing the leverage of MIPS and support offerings in the execution.',
    source: OTHER_ROLES,
    keywords: ['mandate', 'chain', 'reporting line', 'priorities', 'get CSAM on board'],
  },
  {
    id: 'motions.csam-training',
    question:
      'How are CSAMs going to be trained about Consumption Motions? They are not included in the landing plan.',
    answer: 'We are currently working on training for the CSAM community on the Consumption Motion process.',
    source: OTHER_ROLES,
    keywords: ['training', 'trained', 'enablement', 'CSAM community', 'landing plan'],
  },
  {
    id: 'motions.feedback',
    question:
      'What is the feedback mechanism / tool for customers and partners? For CSAs/ CSAMs/ CEs/ Specialists? For M2s/ M1s?',
    answer: [
      'Feedback forms by solution area:',
      '- Data and AI: https://forms.office.com/r/agvMvP3Vb9',
      '- Application Innovation plus Infrastructure: https://aka.ms/CMAzure_Feedback',
    ].join('\n'),
    source: OTHER_ROLES,
    keywords: ['feedback', 'form', 'survey', 'send feedback', 'comments', 'give feedback', 'consumption motion feedback'],
  },
  {
    id: 'motions.ai-rangers',
    question: 'What is the process for engaging AI Rangers?',
    answer:
      'The starting point for all technical resource requests should be the local CSU team. They will validate the request and determine whether it can be addressed through local resources or CEs or partners, or if they need to request support from WW resources such as the AI Rangers. The requests for WW support will be submitted through OneAsk and managed consistently.',
    source: AI_RANGERS,
    keywords: ['AI Rangers', 'OneAsk', 'worldwide resources', 'WW support', 'technical resource'],
  },
  {
    id: 'motions.new-engagement-owner',
    question: 'How do we define a new engagement? Who creates the MSX Engagement?',
    answer:
      'Consumption Motions will be a collaboration across an extended team in support of the client: it is led by the CSU and they are the orchestrators, but it is a team sport and involves all roles in the account team to support. The CSA should work with the STU Specialist to manage MSX in the optimal way. The CSA owns the accountability for progress of the respective milestone for the consumption motion itself.',
    source: NEW_ENGAGEMENT,
    keywords: ['owner', 'owns', 'accountable', 'accountability', 'milestone owner', 'STU Specialist'],
  },
  {
    id: 'motions.csam-responsibilities',
    question: 'How do CSAMs engage in Consumption Motions (all Azure solution areas)?',
    answer: [
      'CSAMs should:',
      '- Maintain awareness of Data & AI Consumption Motions. Area CSAs/CSA Managers share the target accounts and prioritized Data & AI consumption motions with CSAMs/CSAM Managers.',
      '- Ensure consumption motions are aligned to the prioritized customer outcomes during Account Planning.',
      '- When the consumption motions are prioritized for an account:',
      '  - Link Support Programs and opportunities to prioritized Consumption Motions and Customer Priorities in the Account Plan.',
      '  - Orchestrate the Customer Success Plan and Program for prioritized solutions.',
      '  - Manage/escalate/update risks and blockers for prioritized Consumption Motions.',
      '  - Plan and orchestrate resources (e.g., CEs) for the removal of technical blockers for prioritized Data & AI Consumption Motions.',
      "CSAMs shouldn't (*):",
      '- Create Consumption Motion related Success Engagements in MSX.',
      '- Own Consumption Motion related Success Engagements in MSX.',
      '- Create Milestones within Consumption Motion related Success Engagements in MSX.',
      '- Update Consumption Motion Success Engagement or Milestone details without informing the engagement owner.',
      '(*) Refer to the orchestration guidance, Account Team Orchestration slide 33 – CSAM Responsibilities in Success Engagements. In some unique circumstances you may be asked to do these by your manager – they are not fundamentally a role expectation.',
      'Data & AI Consumption Motions (L100 content) will be shared with CSAMs through CSAM community calls and other channels like CS PMO.',
    ].join('\n'),
    source: CSAM_RESPONSIBILITIES,
    keywords: [
      'CSAM responsibilities',
      'CSAM role',
      'supposed to',
      'allowed to',
      'success engagement',
      'account plan',
    ],
  },
  {
    id: 'motions.ce-responsibilities',
    question: 'How do CEs engage in Consumption Motions?',
    answer: [
      'When: upon request by the CSA/CSAM to assist with consumption motion execution:',
      '- Accelerate deployment',
      '- Retention motions',
      '- Expansion motions',
      '- Optimize motions',
      'What:',
      '- IP delivery (recommended MIP or Community IP)',
      '- Custom delivery',
      '- Provide feedback on the consumption motion execution guide (including IP recommendations)',
      '- Proactively share consumption opportunities with CSAs/CSAMs',
      'How: through the Umbrella Program, which covers Microsoft Investment and the Support Contract; the Support Contract covers Unified Entitlements, Proactive Accelerators (*) and Designated Support Engineering (DSE).',
      'Who:',
      '- Area CEs',
      '- Corp CEs',
      'General guidance:',
      '- Prioritize use of existing support contracts where possible (CSAs to engage the CSAM).',
      '- In case of a DSE contract, assign the CE who is already at the account (if they have the requested skillset, else request another CE).',
      '(*) New Support add-on offer available from August 2021.',
    ].join('\n'),
    source: CE_RESPONSIBILITIES,
    keywords: [
      'CE',
      'Customer Engineer',
      'CE role',
      'CE responsibilities',
      'IP delivery',
      'MIP',
      'Unified',
    ],
  },
  {
    id: 'motions.msx-tracking',
    question: 'How do I track that I have attempted to execute on Consumption Motions?',
    answer:
      'The primary mechanism of tracking execution of Consumption Motions is through MSX. You need to update the MSX milestone/engagement with the Sales Program Name = "Consumption Motion name/code" per the execution guidance. We will also track the results of Consumption Motions by focusing on revenue tranche velocity: whether we are successful in moving customers up to the next tranche and reducing the churn.',
    source: TRACKING,
    keywords: ['track', 'tracking', 'MSX', 'record', 'log', 'report', 'attempted', 'tranche'],
  },
  {
    id: 'motions.sales-program-names',
    question: 'What are the sales program names and how do I search for them in an engagement?',
    answer: [
      'MSX sales programs by solution area start with:',
      '- Data and AI: "Consumption DAI"',
      '- Digital and Application Innovation: "Consumption Apps"',
      '- Azure Infrastructure: "Consumption Infra"',
      'The detailed list of all Sales Programs is in the Master List (first tab).',
      'For all engagements (new or existing) that are going to be leveraged for a Consumption Motion execution, a Sales Program name needs to be assigned to the engagement in order to maintain a healthy tracking of those milestones relevant to Consumption Motions. In the engagement, go to the "Sales Program" tab, then click "Add Existing Sales Program", then in the lookup field start typing "Consumption...": they will all reveal themselves for you to choose the right one.',
    ].join('\n'),
    source: TRACKING,
    keywords: ['tag', 'code', 'sales program', 'Master List', 'lookup', 'Apps', 'Infra', 'DAI'],
  },
  {
    id: 'motions.sales-program-milestone-level',
    question: 'Are the sales program names enabled at the milestone level?',
    answer:
      'Not yet: until 2Q, Sales Programs are only enabled at the Engagement level. The MSX team is working to have Sales Programs enabled at the milestone level, but it is not available at this time.',
    source: TRACKING,
    keywords: ['milestone level', 'engagement level', 'enabled', 'instead', 'tag', 'add', 'not available', 'not yet'],
  },
  {
    id: 'motions.open-new-engagement',
    question: 'Should I open a new engagement for Consumption Motions?',
    answer:
      "We will share details in the execution guide. If there is already an engagement, then CSAs don't need to create a new engagement; otherwise the CSA will need to create an engagement with milestones. The CSA will need to work with their STU counterpart if a new engagement is needed.",
    source: TRACKING,
    keywords: ['new engagement', 'existing engagement', 'create engagement', 'STU counterpart'],
  },
  {
    id: 'motions.open-new-milestone',
    question: 'Should I open a new milestone for Consumption Motions?',
    answer:
      'A new milestone is likely going to be required. The CSA should work with their STU counterpart on whether to open a new engagement with new milestones or use an existing engagement and open a new milestone.',
    source: TRACKING,
    keywords: ['new milestone', 'create milestone', 'add milestone'],
  },
  {
    id: 'motions.optimization-milestone',
    question:
      "How do I quantify an 'optimization' milestone because it will be a negative pipeline item?",
    answer: [
      'Cosmos DB optimization is cost optimization, so initially CSAs can add 5% of Cosmos DB ACR as a negative milestone. CSAs will add an accurate milestone after the assessment phase.',
      "PostgreSQL is not cost optimization, so we don't need to add any negative milestone. Initially CSAs can add $500/month as a milestone. CSAs will add accurate milestones after reviewing the checklist with the customer.",
    ].join('\n'),
    source: TRACKING,
    keywords: ['negative milestone', 'value', 'amount', 'quantify', 'Cosmos DB', 'PostgreSQL'],
  },
  {
    id: 'motions.content-location',
    question: 'Where will content for Consumption Motions be held?',
    answer: 'All execution guides are available on https://aka.ms/AzureConsumptionMotions',
    source: DETAILS,
    keywords: ['execution guide', 'content', 'materials', 'find', 'link', 'where'],
  },
  {
    id: 'motions.account-lists',
    question: 'When and how often will we (M2s and M1s) get the first list of Accounts by Area?',
    answer: [
      'The Areas have full empowerment to add/edit to this recommended list of Consumption Motion targets. We can refresh the list again as needed after the segmentation changes are applied in the system. We will maintain a controlled governance process for any Corp-driven edits to the list; the Areas have full empowerment to edit as and when needed.',
      '- Data and AI: contact Huilun Zhang for more information on the Master List',
      '- Digital and Application Innovation plus Infrastructure: the H1 Pilot Target Account List',
    ].join('\n'),
    source: DETAILS,
    keywords: ['target account list', 'accounts', 'refresh', 'M1', 'M2', 'edit list'],
  },
  {
    id: 'motions.child-tpids',
    question: "What do we do about a TPID that has many 'child' TPIDs?",
    answer:
      'We did not use GPID, only TPID, so the account should already be a child account. You will be able to manage the pipeline and see reporting at the TPID level.',
    source: DETAILS,
    keywords: ['child', 'parent', 'GPID', 'TPID', 'hierarchy'],
  },
  {
    id: 'motions.tpid-criteria',
    question: 'In the targeted TPID list, what was the criteria for selecting the relevant TPIDs?',
    answer:
      'The selection criteria differ by Consumption Motion. There is a ReadME page that describes the criteria for each consumption motion.',
    source: DETAILS,
    keywords: ['selection criteria', 'picked', 'chosen', 'targeting', 'ReadME'],
  },
  {
    id: 'motions.account-grid',
    question: 'Are the target accounts taken from Account Grid?',
    answer:
      'This depends on the targeting criteria for the Consumption Motion. It is usually not a direct pull from Account Grid, but there may be some leverage of the data from Account Grid. Please refer to the targeting criteria for each play to understand the recommendation for each scenario.',
    source: DETAILS,
    keywords: ['Account Grid', 'pulled', 'source', 'data'],
  },
  {
    id: 'motions.aligned-to-sales-plays',
    question: 'Are Consumption Motions aligned to Sales Plays?',
    answer:
      'Consumption Motions are aligned to sales plays in terms of priority focus, but new consumption motions will be identified in a regular cadence, while existing ones will remain as well. They will not necessarily follow a calendar cadence.\nLatest list of Consumption Motions: https://aka.ms/AzureConsumptionMotions',
    source: SALES_PLAYS,
    keywords: ['cadence', 'new motions', 'latest list', 'calendar'],
  },
  {
    id: 'motions.prioritization',
    question:
      'What is the guidance on prioritization? E.g., MACC commitments vs Consumption Motions. The revenue impact will be minuscule in some cases, so how will we ensure Consumption Motions are meaningful for the CSAs to prioritize?',
    answer: [
      'The CSU execution priorities are designed to deliver 3 key outcomes: 1) Accelerate deployment (technical activities in the sales cycle) 2) Retain customers (optimized usage) 3) Expand usage (within the same workload and to adjacent workloads). Any request that aligns with these 3 categories should be in scope and prioritized for CSU execution. The prioritization within these 3 categories follows the usual approach of being based on incremental ACR impact, strategic impact, competitive impact, etc.',
      'Consumption Motions are just offering structured, repeatable ways to proactively execute against these 3 categories: there is not a separate prioritization of Consumption Motions by themselves.',
    ].join('\n'),
    source: GENERAL,
    keywords: ['prioritize', 'priority', 'MACC', 'revenue impact', 'ACR'],
  },
  {
    id: 'motions.ips',
    question: 'How are Consumption Motions aligned to IPS (Industry Priority Scenarios)?',
    answer:
      'The Industry Priority Scenarios are the focus for sales plays to acquire customers and land workloads onto Azure, and are primarily driven by the ATU/STU. The primary focus for CSU is technical workloads-based execution. We can certainly enhance the CSU execution by aligning with use cases defined by the IPS, and there is an opportunity to develop more technical content (solution accelerators etc.) for specific industry-based use cases. The Consumption Motions are tailored to deep technical specialization of Azure D&AI workloads in Wave 1, but we will work towards addition of more technical content to address Industry requirements. Over time, the Consumption Motions will likely expand to be modified for certain industries based on the pain point identified.',
    source: IPS,
    keywords: ['industry', 'IPS', 'vertical', 'ATU'],
  },
  {
    id: 'motions.ai-workloads-wave1',
    question: 'Why are there no AI Workloads in Wave 1?',
    answer:
      'In Wave 1 we are prioritizing the Data/Analytics Consumption Motions, but the next Wave will include some AI specific Consumption Motions.',
    source: AI_WORKLOADS,
    keywords: ['AI', 'wave', 'next wave', 'missing', 'analytics'],
  },
  {
    id: 'motions.databricks-access',
    question: 'If I want to access the Databricks information I only get a login page: what do I do?',
    answer:
      'All MSFT employees have access to it; they will need to register using their @microsoft.com email address.',
    source: DATABRICKS_ACCESS,
    keywords: ['login', 'sign in', 'register', 'access denied', 'Databricks portal'],
  },
  {
    id: 'motions.databricks-partners',
    question: 'Where are these Databricks migration partners available?',
    answer: [
      "As part of the Azure Data Avengers Program, Databricks partnered with Avenger Partners to create time-bound offers, aligned to customer scenarios. This is a great opportunity to connect with these partners and team up with them on landing these offers, to drive accelerated co-sell and faster deployments to make this the 'Year of Data'.",
      'Hadoop Migration to Azure Databricks offers:',
      '- Hadoop to Azure Databricks Migration: Launch Ramp',
      '- Modern Culture of Data with Azure Databricks Assessment',
      '- Hadoop Migration Assessment',
      '- Hadoop Migration to Azure Databricks Deep Dive',
      '- Hadoop Transformation Readiness Assessment',
      '- Accenture Avanade Skywalker',
      'Marketing and sales collaterals for each partner offer support GTM activities: a customer one-pager, a to-MS field email and a to-customer email.',
    ].join('\n'),
    source: DATABRICKS_OFFERS,
    keywords: ['Databricks', 'Hadoop', 'migration', 'Avengers', 'partner offers'],
  },
  // The seed's contents list these two under "General Questions"; the Databricks offer
  // section above them is an inset, not their parent.
  {
    id: 'motions.ce-training',
    question: 'Will you be providing such guidance to the Field and training for CEs?',
    answer:
      'We are currently working with our WW CSU CE leaders on how to properly roll out this content to the field. Today CSAs will engage CEs and CSAMs through their existing channels of engagement if a step within a Consumption Motion requires MIP delivery. We are also working to leverage the scale of our WW CSU CE team to assist in field execution.',
    source: GENERAL,
    keywords: ['CE training', 'field guidance', 'roll out', 'MIP delivery'],
  },
  {
    id: 'motions.low-consumption-landing',
    question:
      'What is the recommendation on how to land a consumption motion into an account where there is little consumption to date, due to lack of both CSU/STU engagement? How should we get the CSA engaged as best practice?',
    answer: [
      '- The CSU team generally covers Strategic and Major-growth segments proactively, and the rest of the Majors segment opportunistically.',
      '- In addition, the general guidance is to cover the accounts who deliver 70% of ADS revenue with a pinned CSA, and the rest of the EOU to be covered by swarming resources opportunistically.',
      '- So, based on these 2 points: if there is a consumption play in an account with little consumption, they should treat it as opportunistic coverage, which can have 2 options: 1) assign a swarming CSA if the opportunity is big enough to prioritize (regardless of the history of ACR in the account); 2) leverage partners: we are working on partner-ready versions of the consumption plays and will share that in the next few weeks; if there is a trusted partner in your geo who can deliver a particular workload, you can reach out to the WW team for support in readying the partner and enabling them to do the execution of the consumption play.',
      '- Finally, the recommendation is to mark such opportunities as "Accept" in the target xls but leave the assigned CSA blank if you don\'t have capacity or cannot prioritize this over other engagements in progress: that will indicate to us that we should look to support with partners and other alternative resourcing options.',
    ].join('\n'),
    source: GENERAL,
    keywords: [
      'little consumption',
      'low consumption',
      'no CSA',
      'unengaged account',
      'opportunistic',
      'swarming',
      'coverage',
    ],
  },
];
