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
      says: 'A customer new to Azure (cloud affine) fits an Azure Enablement Workshop or an EBC.',
      when: eq('maturity', 'affine'),
      then: { engagements: ['Azure Enablement Workshop', 'EBC'] },
    },
    {
      id: 'engagement.option',
      source: SOURCES.maturity,
      says: 'A customer who knows Azure and wants first experience (cloud is an option) fits Microsoft Cloud Workshops or an Azure Governance Workshop.',
      when: eq('maturity', 'option'),
      then: { engagements: ['Microsoft Cloud Workshops', 'Azure Governance Workshop'] },
    },
    {
      id: 'engagement.solution',
      source: SOURCES.maturity,
      says: 'A customer proving a use case (cloud is a solution) fits an Architecture Design Session or a pilot or PoC.',
      when: eq('maturity', 'solution'),
      then: { engagements: ['Architecture Design Session (ADS)', 'Pilot or PoC'] },
    },
    {
      id: 'engagement.in-use',
      source: SOURCES.maturity,
      says: 'A customer already running Azure (cloud is in use) fits a Microsoft Cloud Workshop or an Azure Optimization Workshop.',
      when: eq('maturity', 'in-use'),
      then: { engagements: ['Microsoft Cloud Workshop', 'Azure Optimization Workshop'] },
    },
  ],
};
