import { cite, SEED_FILES } from '../../rubric/rules/sources';
import type { KnowledgeEntry } from '../entry';

const from = (heading: string): string => cite(SEED_FILES.roles, heading);

const SOLUTION_ENGINEERS = from('Solution Engineers (pre-sales): teach to fish');
const CUSTOMER_SUCCESS_MANAGERS = from('Customer Success Managers (CSU): coordinate the process');
const COMPLEXITY_RUBRIC = from('Objective complexity rubric for CSAM→CSA escalation');
const ROLE_CLARITY = from('Role clarity: coordinate vs execute');
const CUSTOMER_SUCCESS_ARCHITECTS = from(
  'Customer Success Architects (CSU): engineering design reviews',
);
const LIFECYCLE = from('Engagement lifecycle matrix');
const SELF_SERVE = from('Self-serve resources (all personas)');
const DECISION_TREE = from('Concept map: handoff decision tree');

/** Seed 000, "partner handoffs and tooling": the persona tables, triggers and resources. */
export const ROLE_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'roles.se-focus',
    question: 'What do Solution Engineers (SEs) focus on in capacity governance?',
    answer: [
      'SEs educate customers on capacity governance during sales cycles so they can manage capacity independently ("teach to fish"):',
      '- Education: walk through the azcapman guides, so the customer understands the capacity journey.',
      '- Architecture patterns: recommend scale units and quota groups, so the customer designs for capacity from the start.',
      '- Self-serve resources: share documentation and CLI commands, so the customer avoids future support tickets.',
    ].join('\n'),
    source: SOLUTION_ENGINEERS,
    keywords: ['SE', 'pre-sales', 'teach to fish', 'educate', 'deliverable', 'SE role'],
  },
  {
    id: 'roles.se-handoff-to-csu',
    question: 'When does an SE hand off to Customer Success (CSU)?',
    answer:
      'SE handoff to CSU: when a customer has a support contract and needs hands-on assistance with the capacity process, transition to the CSM/CSA.',
    source: SOLUTION_ENGINEERS,
    keywords: ['handoff', 'hand over', 'transition', 'bring in', 'hands-on', 'support contract', 'trigger'],
  },
  {
    id: 'roles.csam-focus',
    question: 'What do Customer Success Account Managers (CSAMs) focus on in capacity governance?',
    answer: [
      'CSMs work with supported customers to coordinate capacity governance activities:',
      '- Process coordination: track progress through the capacity journey phases, so the customer stays on track.',
      '- Risk identification: use talk tracks to qualify capacity gaps, for early warning on blockers.',
      '- Escalation management: route complex issues to CSAs, so the right expertise is engaged.',
    ].join('\n'),
    source: CUSTOMER_SUCCESS_MANAGERS,
    keywords: ['CSAM role', 'coordinate', 'talk tracks', 'risk', 'escalation', 'activities'],
  },
  {
    id: 'roles.csam-handoff-to-csa',
    question: 'When does a CSAM hand off to a CSA?',
    answer:
      'CSAM handoff to CSA: when capacity conversations require engineering design reviews: forecast validation, architecture changes, or complex quota strategies.',
    source: CUSTOMER_SUCCESS_MANAGERS,
    keywords: ['handoff', 'escalate', 'escalation', 'hand over', 'bring in architect', 'trigger'],
  },
  {
    id: 'roles.complexity-rubric',
    question: 'Who leads a capacity conversation, the CSAM or the CSA? (objective complexity rubric)',
    answer: [
      'These measurable criteria help you decide who leads (scenario: owner; CSA involvement):',
      '- Single subscription, single region, fewer than 10 VM SKUs: CSAM coordinates; CSA consult available.',
      '- Multi-subscription OR multi-region OR more than 10 SKUs: CSA leads design; CSAM coordinates execution.',
      '- Quota groups over 500 vCPU OR capacity spend over $50K/month: CSA required; CSAM tracks milestones.',
      '- GPU/restricted SKU capacity planning: CSA required; SE provides initial education.',
    ].join('\n'),
    source: COMPLEXITY_RUBRIC,
    keywords: [
      'GPU',
      'restricted SKU',
      'vCPU',
      'spend',
      'subscriptions',
      'regions',
      'SKUs',
      'complexity',
      'owner',
      'who owns',
    ],
  },
  {
    id: 'roles.role-clarity',
    question: 'Who coordinates, who educates and who executes: CSAM, SE or CSA?',
    answer: [
      'Role clarity, coordinate vs execute:',
      "- CSAM coordinates: schedules meetings, tracks milestones, directs customer engineers, verifies completion. Doesn't execute technical configuration.",
      "- SE educates: explains concepts, shares documentation, demonstrates portal workflows. Doesn't access customer environments.",
      '- CSA executes: performs hands-on design validation, reviews architecture, provides specific configuration guidance. Has delegated access for supported customers.',
    ].join('\n'),
    source: ROLE_CLARITY,
    keywords: [
      'technical configuration',
      'customer environment',
      'delegated access',
      'hands-on',
      'boundaries',
      'difference',
    ],
  },
  {
    id: 'roles.csa-design-review-triggers',
    question: 'What triggers a CSA engineering design review?',
    answer: [
      'CSAs provide technical depth for supported customers with complex capacity needs (trigger: example scenario; CSA value-add):',
      "- Forecast assumptions: the customer's scale unit model needs validation; architecture review of resource composition.",
      '- Architecture changes: migration to new VM families or regions; capacity impact assessment.',
      '- Complex quota strategies: multi-region quota groups with shared reservations; design review per the mission-critical guidance (https://learn.microsoft.com/en-us/azure/well-architected/mission-critical/application-design#scale-unit-architecture).',
    ].join('\n'),
    source: CUSTOMER_SUCCESS_ARCHITECTS,
    keywords: [
      'design review',
      'forecast validation',
      'VM families',
      'migration',
      'scale unit',
      'shared reservations',
    ],
  },
  {
    id: 'roles.engagement-lifecycle',
    question:
      'Who engages the customer pre-sales and post-sales, with and without a support contract?',
    answer: [
      'Support contracts determine access to CSU engagement, not exclusivity. Pre-sales customers with contracts get SE education plus CSU planning:',
      '- Pre-sales, no support contract: SE educates, shares aka.ms/azcapman.',
      '- Pre-sales, has support contract: SE educates + CSAM plans post-sale engagement.',
      '- Post-sales, no support contract: SE re-engages if the customer returns.',
      '- Post-sales, has support contract: CSAM coordinates, escalates to CSA for complex design.',
      "Note: support contracts unlock CSU (CSAM/CSA) access, they don't replace SE education. Pre-sales customers with support contracts receive SE education now and CSU planning for the post-sale handoff.",
    ].join('\n'),
    source: LIFECYCLE,
    keywords: [
      'lifecycle',
      'no support contract',
      'unified',
      'premier',
      'presales',
      'postsales',
      'after the sale',
    ],
  },
  {
    id: 'roles.self-serve-resources',
    question: 'Which self-serve capacity resources can I share with customers?',
    answer: [
      'Share these resources with customers regardless of support status:',
      '- azcapman guides (aka.ms/azcapman): complete capacity governance guide.',
      '- Quota groups docs (https://learn.microsoft.com/en-us/azure/quotas/quota-groups): quota pooling mechanics.',
      '- Capacity reservations (https://learn.microsoft.com/en-us/azure/virtual-machines/capacity-reservation-overview): reservation setup and sharing.',
      '- Azure CLI quota (https://learn.microsoft.com/en-us/cli/azure/quota?view=azure-cli-latest): command-line quota operations.',
      '- Monitoring guide (https://learn.microsoft.com/en-us/azure/quotas/how-to-guide-monitoring-alerting): alert configuration.',
    ].join('\n'),
    source: SELF_SERVE,
    keywords: [
      'docs',
      'documentation',
      'links',
      'azcapman',
      'quota groups',
      'capacity reservations',
      'CLI',
      'monitoring',
      'alerts',
    ],
  },
  {
    id: 'roles.decision-tree',
    question: 'What is the handoff decision tree for a capacity conversation?',
    answer: [
      'Start from the capacity conversation:',
      '- Does the customer have a support contract? No: SE educates on self-service, toward customer self-sufficiency (SE: teach to fish).',
      '- Yes, and process coordination is needed: the CSM coordinates the process. With technical complexity, the CSA does an engineering review; otherwise the CSM continues.',
      '- Yes, no process coordination, design review needed: CSA engineering review.',
      '- Yes, neither is needed: share the azcapman docs.',
      'CSM and CSA work is hands-on support (CSU: help fish).',
    ].join('\n'),
    source: DECISION_TREE,
    keywords: ['decision tree', 'flowchart', 'decide', 'route', 'help fish'],
  },
];
