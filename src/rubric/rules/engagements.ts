import { eq } from '../conditions';
import type { EngagementsOutcome, Stage } from '../types';
import { SOURCES } from './sources';

/** Engagements that fit the customer's cloud maturity (seed 002's maturity model). */
export const ENGAGEMENT_STAGE: Stage<EngagementsOutcome> = {
  mode: 'all',
  rules: [
    {
      id: 'engagement.affine',
      source: SOURCES.maturity,
      when: eq('maturity', 'affine'),
      then: { engagements: ['Azure Enablement Workshop', 'EBC'] },
    },
    {
      id: 'engagement.option',
      source: SOURCES.maturity,
      when: eq('maturity', 'option'),
      then: { engagements: ['Microsoft Cloud Workshops', 'Azure Governance Workshop'] },
    },
    {
      id: 'engagement.solution',
      source: SOURCES.maturity,
      when: eq('maturity', 'solution'),
      then: { engagements: ['Architecture Design Session (ADS)', 'Pilot or PoC'] },
    },
    {
      id: 'engagement.in-use',
      source: SOURCES.maturity,
      when: eq('maturity', 'in-use'),
      then: { engagements: ['Microsoft Cloud Workshop', 'Azure Optimization Workshop'] },
    },
  ],
};
