import { cite, SEED_FILES } from '../../rubric/rules/sources';
import type { KnowledgeEntry } from '../entry';

const from = (heading: string): string => cite(SEED_FILES.maturity, heading);

/** Seed 002, "Azure Customer Success Framework for partner": phases and the maturity model. */
export const MATURITY_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'maturity.iterative-approach',
    question: 'What are the phases of the Azure Customer Success Framework for partners?',
    answer: [
      'The framework follows an iterative approach:',
      '- Assess: determine the maturity of the customer.',
      '- Commit: get the commitment on the goals of the engagement.',
      '- Deliver: deliver the workshop or engagement to the customer.',
      '- Ensure: ensure that the goals of the engagement are reached and next steps are defined.',
    ].join('\n'),
    source: from('the iterative approach'),
    keywords: ['assess', 'commit', 'deliver', 'ensure', 'success framework', 'iterative'],
  },
  {
    id: 'maturity.levels',
    question: "How do I assess a customer's cloud maturity, and which engagement fits each level?",
    answer: [
      'In the assess phase, determine the maturity of the customer to deliver the right type of engagement. Four maturity levels, each with its engagements:',
      '- Cloud affine: the customer has hardly had any contact with Azure so far and wants to get to know the platform and discover potential use cases. Engagements: Azure Enablement Workshop, EBC.',
      '- Cloud is an option: the customer knows Azure, but wants to go deeper and have first experiences in a topic. Engagements: Microsoft Cloud Workshops, Azure Governance Workshop.',
      '- Cloud is a solution: the customer is aware of their use case in Azure and wants to prove the feasibility of the solution and, if necessary, support it with a business case. Engagements: deliver an Architecture Design Session (ADS), start a pilot or PoC.',
      '- Cloud is in use: the customer already operates an Azure environment but sees further potential in their business or wants to improve their operation. Engagements: Microsoft Cloud Workshop, Azure Optimization Workshop.',
    ].join('\n'),
    source: from('assess - the maturity model'),
    keywords: ['maturity model', 'workshop', 'new to Azure', 'affine', 'option', 'in use', 'PoC'],
  },
];
