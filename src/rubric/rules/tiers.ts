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
      says: 'GPU or restricted SKU capacity planning makes the tier restricted: CSA required, the SE provides the initial education.',
      when: eq('gpuOrRestricted', true),
      then: {
        tier: 'restricted',
        ownerText: 'CSA required',
        csaInvolvement: 'SE provides initial education',
        personaRoles: [
          { persona: 'CSA', role: 'required', leads: true },
          { persona: 'SE', role: 'provides initial education', leads: false },
        ],
      },
    },
    {
      id: 'tier.large',
      source: SOURCES.tierTable,
      says: 'Over 500 vCPUs in the largest quota group, or over $50,000 a month of capacity spend, makes the tier large: CSA required, the CSAM tracks milestones.',
      when: anyOf(gt('quotaGroupVcpus', 500), gt('monthlySpendUsd', 50_000)),
      then: {
        tier: 'large',
        ownerText: 'CSA required',
        csaInvolvement: 'CSAM tracks milestones',
        personaRoles: [
          { persona: 'CSA', role: 'required', leads: true },
          { persona: 'CSAM', role: 'tracks milestones', leads: false },
        ],
      },
    },
    {
      id: 'tier.broad',
      source: SOURCES.tierTable,
      says: 'More than one subscription, more than one region, or 10 or more VM SKUs makes the tier broad: the CSA leads the design, the CSAM coordinates execution (exactly 10 SKUs counts as broad).',
      when: anyOf(gt('subscriptions', 1), gt('regions', 1), gte('vmSkus', 10)),
      then: {
        tier: 'broad',
        ownerText: 'CSA leads design',
        csaInvolvement: 'CSAM coordinates execution',
        personaRoles: [
          { persona: 'CSA', role: 'leads design', leads: true },
          { persona: 'CSAM', role: 'coordinates execution', leads: false },
        ],
      },
    },
    {
      id: 'tier.simple',
      source: SOURCES.tierTable,
      says: 'One subscription, one region, fewer than 10 VM SKUs, 500 vCPUs or fewer and $50,000 a month or less makes the tier simple: the CSAM coordinates, a CSA consult is available.',
      when: always,
      then: {
        tier: 'simple',
        ownerText: 'CSAM coordinates',
        csaInvolvement: 'Consult available',
        personaRoles: [
          { persona: 'CSAM', role: 'coordinates', leads: true },
          { persona: 'CSA', role: 'consult available', leads: false },
        ],
      },
    },
  ],
};
