import { cite, SEED_FILES } from '../../rubric/rules/sources';
import type { KnowledgeEntry } from '../entry';

const from = (heading: string): string => cite(SEED_FILES.journey, heading);

/** Seed 001, "agenda and outcomes": the capacity journey and each persona's focus. */
export const JOURNEY_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'journey.phases',
    question: 'What are the phases of the capacity journey?',
    answer: [
      'The four-phase capacity journey follows the Well-Architected capacity planning (https://learn.microsoft.com/en-us/azure/well-architected/performance-efficiency/capacity-planning) and workload supply chain (https://learn.microsoft.com/en-us/azure/well-architected/operational-excellence/workload-supply-chain) guidance:',
      '- Forecast: data, models, and business context.',
      '- Access & Quota: region access, zonal enablement, quota groups.',
      '- Reserve: capacity reservations and sharing mechanics.',
      '- Govern & Ship: monitoring, alerting, and release gates.',
    ].join('\n'),
    source: from('Session structure: the capacity journey'),
    keywords: ['forecast', 'access', 'quota', 'reserve', 'govern', 'ship', 'stages', 'steps'],
  },
  {
    id: 'journey.takeaways',
    question: 'What does each persona take away from the capacity governance session?',
    answer: [
      'For Solution Engineers (pre-sales):',
      '- Content to educate customers on capacity governance during sales cycles',
      '- Self-serve resources customers can use to avoid support tickets',
      '- Architecture patterns that prevent capacity problems before they occur',
      'For Customer Success Managers (CSU):',
      '- Decision levers for each phase of the capacity journey',
      '- Risk indicators that signal when to escalate to CSAs',
      '- Process coordination guidance for customers with support contracts',
      'For Customer Success Architects (CSU):',
      '- Azure CLI quota commands (https://learn.microsoft.com/en-us/cli/azure/quota?view=azure-cli-latest) for baseline analysis',
      '- Links to quota operations runbooks (https://learn.microsoft.com/en-us/azure/quotas/regional-quota-requests)',
      '- Design review frameworks for complex capacity strategies',
    ].join('\n'),
    source: from("What you'll take away"),
    keywords: ['takeaways', 'outcomes', 'session', 'runbooks', 'risk indicators', 'levers'],
  },
  {
    id: 'journey.role-clarity',
    question: "What is each persona's primary focus and handoff trigger?",
    answer: [
      '- Solution Engineers: educate on self-service, prevent future tickets. Handoff trigger: the customer needs hands-on support → CSU.',
      '- Customer Success Managers: coordinate the capacity process for supported customers. Handoff trigger: technical complexity → CSA.',
      '- Customer Success Architects: engineering design reviews for supported customers. No further handoff.',
    ].join('\n'),
    source: from('Role clarity'),
    keywords: ['persona', 'primary focus', 'handoff trigger', 'roles'],
  },
];
