import { always, eq, includes } from '../conditions';
import type { Link, ResourcesOutcome, Stage } from '../types';
import { SOURCES } from './sources';

export const RESOURCE_LINKS = {
  azcapman: { title: 'azcapman guides', url: 'https://aka.ms/azcapman' },
  capacityPlanning: {
    title: 'Well-Architected capacity planning',
    url: 'https://learn.microsoft.com/en-us/azure/well-architected/performance-efficiency/capacity-planning',
  },
  supplyChain: {
    title: 'Well-Architected workload supply chain',
    url: 'https://learn.microsoft.com/en-us/azure/well-architected/operational-excellence/workload-supply-chain',
  },
  quotaGroups: {
    title: 'Quota groups docs',
    url: 'https://learn.microsoft.com/en-us/azure/quotas/quota-groups',
  },
  regionalQuota: {
    title: 'Regional quota requests runbook',
    url: 'https://learn.microsoft.com/en-us/azure/quotas/regional-quota-requests',
  },
  cliQuota: {
    title: 'Azure CLI quota',
    url: 'https://learn.microsoft.com/en-us/cli/azure/quota?view=azure-cli-latest',
  },
  reservations: {
    title: 'Capacity reservations',
    url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/capacity-reservation-overview',
  },
  monitoring: {
    title: 'Monitoring and alerting guide',
    url: 'https://learn.microsoft.com/en-us/azure/quotas/how-to-guide-monitoring-alerting',
  },
  scaleUnits: {
    title: 'Mission-critical scale unit architecture',
    url: 'https://learn.microsoft.com/en-us/azure/well-architected/mission-critical/application-design#scale-unit-architecture',
  },
} satisfies Record<string, Link>;

/** Self-serve links: azcapman always, then the capacity-journey phase's own. */
export const RESOURCE_STAGE: Stage<ResourcesOutcome> = {
  mode: 'all',
  rules: [
    {
      id: 'resource.azcapman',
      source: SOURCES.selfServe,
      says: 'The azcapman guides are shared with every customer, whatever their support.',
      when: always,
      then: { resources: [RESOURCE_LINKS.azcapman] },
    },
    {
      id: 'resource.phase.forecast',
      source: SOURCES.journey,
      says: 'The forecast phase comes with capacity planning and workload supply chain guidance.',
      when: eq('phase', 'forecast'),
      then: { resources: [RESOURCE_LINKS.capacityPlanning, RESOURCE_LINKS.supplyChain] },
    },
    {
      id: 'resource.phase.access-quota',
      source: SOURCES.journeyCsa,
      says: 'The access and quota phase comes with the quota groups docs, the regional quota requests runbook and the Azure CLI quota commands.',
      when: eq('phase', 'access-quota'),
      then: {
        resources: [
          RESOURCE_LINKS.quotaGroups,
          RESOURCE_LINKS.regionalQuota,
          RESOURCE_LINKS.cliQuota,
        ],
      },
    },
    {
      id: 'resource.phase.reserve',
      source: SOURCES.selfServe,
      says: 'The reserve phase comes with the capacity reservations guide.',
      when: eq('phase', 'reserve'),
      then: { resources: [RESOURCE_LINKS.reservations] },
    },
    {
      id: 'resource.phase.govern-ship',
      source: SOURCES.selfServe,
      says: 'The govern and ship phase comes with the monitoring and alerting guide.',
      when: eq('phase', 'govern-ship'),
      then: { resources: [RESOURCE_LINKS.monitoring] },
    },
    {
      id: 'resource.design-review.quota-strategy',
      source: SOURCES.designReviews,
      says: 'A complex quota strategy review comes with the mission-critical scale unit guidance.',
      when: includes('designReview', 'quotaStrategy'),
      then: { resources: [RESOURCE_LINKS.scaleUnits] },
    },
  ],
};
