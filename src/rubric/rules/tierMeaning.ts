import { allOf, always, eq } from '../conditions';
import type { Stage, TierMeaningOutcome } from '../types';
import { SOURCES } from './sources';

/**
 * What the tier means for the owner it goes with: the tier table names who leads when the CSAM
 * or the CSA owns it, which is not what an SE or a self-serving customer does. Read with the
 * owner after the sale, where there is one (pre-sales with a contract).
 */
export const TIER_MEANING_STAGE: Stage<TierMeaningOutcome> = {
  mode: 'first',
  rules: [
    {
      id: 'tier-meaning.no-contract.simple',
      source: SOURCES.seHandoff,
      says: 'Without a support contract, a simple tier needs nothing beyond the SE education.',
      when: allOf(eq('supportContract', false), eq('tier', 'simple')),
      then: {
        meaning:
          'Simple: SE education and the self-serve resources are enough; CSAM or CSA help would need a support contract.',
      },
    },
    {
      id: 'tier-meaning.no-contract.complex',
      source: SOURCES.lifecycle,
      says: 'Without a support contract, a tier above simple calls for CSAM and CSA help that needs a contract first.',
      when: eq('supportContract', false),
      then: {
        meaning:
          'Above simple: it calls for CSAM and CSA help, which needs a support contract; until then the SE educates.',
      },
    },
    {
      id: 'tier-meaning.csa.restricted',
      source: SOURCES.tierTable,
      says: 'With the CSA owning it, a restricted tier means the CSA is required and the SE provides the initial education.',
      when: allOf(eq('owner', 'CSA'), eq('tier', 'restricted')),
      then: { meaning: 'Restricted: CSA required; the SE provides initial education.' },
    },
    {
      id: 'tier-meaning.csa.large',
      source: SOURCES.tierTable,
      says: 'With the CSA owning it, a large tier means the CSA is required and the CSAM tracks milestones.',
      when: allOf(eq('owner', 'CSA'), eq('tier', 'large')),
      then: { meaning: 'Large: CSA required; the CSAM tracks milestones.' },
    },
    {
      id: 'tier-meaning.csa.broad',
      source: SOURCES.tierTable,
      says: 'With the CSA owning it, a broad tier means the CSA leads the design and the CSAM coordinates execution.',
      when: allOf(eq('owner', 'CSA'), eq('tier', 'broad')),
      then: { meaning: 'Broad: the CSA leads design; the CSAM coordinates execution.' },
    },
    {
      id: 'tier-meaning.csa.design-review',
      source: SOURCES.designReviews,
      says: 'With the CSA owning a simple tier, it is for the engineering design review; the CSAM coordinates.',
      when: eq('owner', 'CSA'),
      then: {
        meaning:
          'Simple, with an engineering design review: the CSA runs the review; the CSAM coordinates.',
      },
    },
    {
      id: 'tier-meaning.csam',
      source: SOURCES.tierTable,
      says: 'With the CSAM owning it, a simple tier means the CSAM coordinates and a CSA consult is available.',
      when: eq('owner', 'CSAM'),
      then: { meaning: 'Simple: the CSAM coordinates; a CSA consult is available.' },
    },
    {
      id: 'tier-meaning.self-serve',
      source: SOURCES.decisionTree,
      says: 'Self-serving, a simple tier means no CSAM or CSA is needed now.',
      when: always,
      then: {
        meaning:
          'Simple: no CSAM or CSA needed now; the customer self-serves, and a CSA consult is available if that changes.',
      },
    },
  ],
};
