import type { FactPath } from '../rubric';

/** One answer a question offers as a button, and the other words that mean it. */
export interface Choice {
  value: string | boolean;
  title: string;
  synonyms: string[];
}

export interface Question {
  prompt: string;
  choices?: Choice[];
  /** a typical answer, shown as a hint and in messages about a wrong answer */
  example?: string;
}

/** The value of the design-review choice that means "no review": an empty set, not a member. */
export const NO_DESIGN_REVIEW = 'none';

const YES_NO = (yes: string[], no: string[]): Choice[] => [
  { value: true, title: 'Yes', synonyms: yes },
  { value: false, title: 'No', synonyms: no },
];

/** The words of every question the bot can ask, one per fact. Plain text: no markdown. */
export const QUESTIONS: Record<FactPath, Question> = {
  account: {
    prompt: "Which account is this for? (say 'skip' to leave it out)",
    example: 'Contoso',
  },
  supportContract: {
    prompt: 'Does the customer have a Microsoft support contract (Unified or Premier)?',
    choices: YES_NO(
      ['unified', 'premier', 'unified support', 'premier support', 'has a contract', 'contract'],
      ['no contract', 'no support contract', 'neither'],
    ),
    example: 'yes',
  },
  salesStage: {
    prompt: 'Is this pre-sales or post-sales?',
    choices: [
      {
        value: 'presales',
        title: 'Pre-sales',
        synonyms: [
          'presales',
          'pre sales',
          'pre sale',
          'presale',
          'before the sale',
          'not sold yet',
        ],
      },
      {
        value: 'postsales',
        title: 'Post-sales',
        synonyms: ['postsales', 'post sales', 'post sale', 'postsale', 'after the sale', 'sold'],
      },
    ],
    example: 'post-sales',
  },
  gpuOrRestricted: {
    prompt: 'Does the capacity plan include GPU or restricted SKUs?',
    choices: YES_NO(
      ['gpu', 'gpus', 'restricted', 'restricted skus', 'restricted sku', 'gpu skus'],
      ['no gpu', 'no gpus', 'cpu only', 'no restricted skus'],
    ),
    example: 'no',
  },
  quotaGroupVcpus: {
    prompt: 'How many vCPUs are in the largest quota group?',
    example: '600',
  },
  monthlySpendUsd: {
    prompt: 'About how much is the capacity spend per month, in US dollars?',
    example: '$60K a month',
  },
  subscriptions: {
    prompt: 'How many Azure subscriptions are in scope?',
    example: '3',
  },
  regions: {
    prompt: 'How many Azure regions does the plan use?',
    example: '2',
  },
  vmSkus: {
    prompt: 'How many distinct VM SKUs are in the plan?',
    example: '14',
  },
  designReview: {
    prompt:
      'Which engineering design reviews are needed? forecast validation, architecture change, complex quota strategy — or none',
    choices: [
      {
        value: 'forecast',
        title: 'Forecast validation',
        synonyms: ['forecast', 'forecasting', 'forecast review', 'validate the forecast'],
      },
      {
        value: 'architecture',
        title: 'Architecture change',
        synonyms: ['architecture', 'architecture review', 'architecture changes', 'arch'],
      },
      {
        value: 'quotaStrategy',
        title: 'Complex quota strategy',
        synonyms: ['quota strategy', 'quota', 'quota review', 'quota strategy review'],
      },
      { value: NO_DESIGN_REVIEW, title: 'None', synonyms: [] },
    ],
    example: 'forecast and architecture',
  },
  processCoordination: {
    prompt: 'Does the customer need the capacity process coordinated for them?',
    choices: YES_NO(
      ['coordination', 'needs coordination', 'coordinate it', 'process coordination'],
      ['no coordination', 'self serve', 'self-service', 'they manage it'],
    ),
    example: 'yes',
  },
  phase: {
    prompt:
      "Which phase of the capacity journey is the customer in? forecast, access & quota, reserve, or govern & ship (say 'skip' if you're not sure)",
    choices: [
      { value: 'forecast', title: 'Forecast', synonyms: ['forecasting', 'forecast phase'] },
      {
        value: 'access-quota',
        title: 'Access & quota',
        synonyms: ['access and quota', 'access', 'quota', 'quotas', 'region access'],
      },
      {
        value: 'reserve',
        title: 'Reserve',
        synonyms: ['reserve phase', 'reserving', 'reservation', 'reservations'],
      },
      {
        value: 'govern-ship',
        title: 'Govern & ship',
        synonyms: ['govern and ship', 'govern', 'governance', 'ship', 'shipping', 'monitoring'],
      },
    ],
    example: 'access & quota',
  },
  maturity: {
    prompt:
      "How far along is the customer with the cloud? cloud affine, cloud is an option, cloud is a solution, or cloud is in use (say 'skip' if you're not sure)",
    choices: [
      { value: 'affine', title: 'Cloud affine', synonyms: ['affine', 'new to azure', 'curious'] },
      {
        value: 'option',
        title: 'Cloud is an option',
        synonyms: ['option', 'an option', 'cloud as an option'],
      },
      {
        value: 'solution',
        title: 'Cloud is a solution',
        synonyms: ['solution', 'a solution', 'cloud is the solution', 'proof of concept', 'poc'],
      },
      {
        value: 'in-use',
        title: 'Cloud is in use',
        synonyms: ['in use', 'cloud in use', 'already in use', 'already on azure', 'in production'],
      },
    ],
    example: 'cloud is in use',
  },
  'partner.requester': {
    prompt: "Who is asking: the partner, or the partner's end customer?",
    choices: [
      {
        value: 'partner',
        title: 'The partner',
        synonyms: ['partner', 'the partner', 'me', 'we', 'us', 'i am the partner'],
      },
      {
        value: 'end-customer',
        title: 'The end customer',
        synonyms: ['end customer', 'the end customer', 'customer', 'the customer', 'client'],
      },
    ],
    example: 'the partner',
  },
  'partner.need': {
    prompt:
      'What does the partner need? break-fix, pre-sales consultation, architecture guidance, go-to-market help, or a security vulnerability report',
    choices: [
      {
        value: 'break-fix',
        title: 'Break-fix',
        synonyms: ['break fix', 'breakfix', 'something is broken', 'incident', 'troubleshooting'],
      },
      {
        value: 'presales-consultation',
        title: 'Pre-sales consultation',
        synonyms: ['presales', 'pre sales', 'consultation', 'presales consultation'],
      },
      {
        value: 'architecture',
        title: 'Architecture guidance',
        synonyms: ['architecture', 'architecture guidance', 'design', 'architecture advice'],
      },
      {
        value: 'go-to-market',
        title: 'Go-to-market',
        synonyms: ['go to market', 'gtm', 'go to market help', 'marketing'],
      },
      {
        value: 'security-vulnerability',
        title: 'Security vulnerability',
        synonyms: ['security vulnerability', 'vulnerability', 'security issue', 'security', 'cve'],
      },
    ],
    example: 'break-fix',
  },
  'partner.plan': {
    prompt:
      'Does the partner have Advanced Support for Partners (ASfP) or Premier Support for Partners (PSfP)?',
    choices: [
      { value: 'asfp', title: 'ASfP', synonyms: ['advanced support for partners', 'advanced'] },
      { value: 'psfp', title: 'PSfP', synonyms: ['premier support for partners', 'premier'] },
      {
        value: 'none',
        title: 'Neither',
        synonyms: ['none', 'no', 'nope', 'no plan', 'neither of them', 'no support plan'],
      },
    ],
    example: 'ASfP',
  },
  'partner.customerOpportunity': {
    prompt: 'Is there a named customer opportunity (sell-with)?',
    choices: YES_NO(
      ['named customer', 'customer opportunity', 'sell with', 'co sell'],
      ['no customer', 'generic question', 'generic q&a', 'no opportunity'],
    ),
    example: 'yes',
  },
  'partner.expectedHours': {
    prompt: "About how many hours do you expect? (say 'skip' if it's a short engagement)",
    example: '40',
  },
  'partner.partnerCenterAccess': {
    prompt: 'Is the partner an MPN member with Partner Center access?',
    choices: YES_NO(
      ['has access', 'mpn member', 'partner center access'],
      ['no access', 'no partner center access', 'not a member'],
    ),
    example: 'yes',
  },
  'partner.customerOnEA': {
    prompt: 'Is the customer on an Enterprise Agreement (EA)?',
    choices: YES_NO(['on ea', 'ea', 'enterprise agreement'], ['not on ea', 'no ea']),
    example: 'no',
  },
};
