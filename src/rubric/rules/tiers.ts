import { anyOf, eq, gt, gte, always } from '../conditions';
import type { Stage, TierOutcome } from '../types';
import { SOURCES } from './sources';

/**
 * The objective complexity rubric, highest tier first: the first row that matches decides.
 * "<10 SKUs" vs ">10 SKUs" leaves exactly 10 in neither row; SPEC.md resolves it upward (broad).
 * 500 vCPU and $50,000 stay strict: they are not "large".
 */
export const TIER_STAGE: Stage<TierOutcome> = {
  mode: 'first',
  rules: [
    {
      id: 'tier.restricted',
      source: SOURCES.tierTable,
      when: eq('gpuOrRestricted', true),
      then: {
        tier: 'restricted',
        ownerText: 'CSA required',
        csaInvolvement: 'SE provides initial education',
      },
    },
    {
      id: 'tier.large',
      source: SOURCES.tierTable,
      when: anyOf(gt('quotaGroupVcpus', 500), gt('monthlySpendUsd', 50_000)),
      then: { tier: 'large', ownerText: 'CSA required', csaInvolvement: 'CSAM tracks milestones' },
    },
    {
      id: 'tier.broad',
      source: SOURCES.tierTable,
      when: anyOf(gt('subscriptions', 1), gt('regions', 1), gte('vmSkus', 10)),
      then: {
        tier: 'broad',
        ownerText: 'CSA leads design',
        csaInvolvement: 'CSAM coordinates execution',
      },
    },
    {
      id: 'tier.simple',
      source: SOURCES.tierTable,
      when: always,
      then: { tier: 'simple', ownerText: 'CSAM coordinates', csaInvolvement: 'Consult available' },
    },
  ],
};
