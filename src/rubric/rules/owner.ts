import { allOf, always, eq } from '../conditions';
import type { OwnerOutcome, Stage } from '../types';
import { SOURCES } from './sources';

const POST_SALES_WITH_CONTRACT = 'CSAM coordinates, escalates to CSA for complex design';

/** The handoff decision tree with the engagement lifecycle matrix: the first match decides. */
export const OWNER_STAGE: Stage<OwnerOutcome> = {
  mode: 'first',
  rules: [
    {
      id: 'owner.no-contract.presales',
      source: SOURCES.lifecycle,
      says: 'Pre-sales without a support contract: the SE educates and shares aka.ms/azcapman.',
      when: allOf(eq('supportContract', false), eq('salesStage', 'presales')),
      then: {
        owner: 'SE',
        lifecycle: 'SE educates, shares aka.ms/azcapman',
        action: 'Educate on self-service and share aka.ms/azcapman',
      },
    },
    {
      id: 'owner.no-contract.postsales',
      source: SOURCES.lifecycle,
      says: 'Post-sales without a support contract: the SE re-engages if the customer returns.',
      when: eq('supportContract', false),
      then: {
        owner: 'SE',
        lifecycle: 'SE re-engages if customer returns',
        action: 'Re-engage to educate on self-service and share aka.ms/azcapman',
      },
    },
    {
      id: 'owner.contract.presales',
      source: SOURCES.lifecycle,
      says: 'Pre-sales with a support contract: the SE educates now and the CSAM plans the post-sale engagement.',
      when: eq('salesStage', 'presales'),
      then: {
        owner: 'SE',
        lifecycle: 'SE educates + CSAM plans post-sale engagement',
        action: 'Educate now; the CSAM plans the post-sale engagement',
        afterSaleWith: { salesStage: 'postsales' },
      },
    },
    {
      id: 'owner.contract.postsales.complex',
      source: SOURCES.decisionTree,
      says: 'Post-sales with a support contract and technical complexity: the CSA runs an engineering design review.',
      when: eq('technicalComplexity', true),
      then: {
        owner: 'CSA',
        lifecycle: POST_SALES_WITH_CONTRACT,
        action: 'Run an engineering design review',
      },
    },
    {
      id: 'owner.contract.postsales.coordination',
      source: SOURCES.decisionTree,
      says: 'Post-sales with a support contract, no technical complexity, and the capacity process needs coordinating: the CSAM coordinates it.',
      when: eq('processCoordination', true),
      then: {
        owner: 'CSAM',
        lifecycle: POST_SALES_WITH_CONTRACT,
        action: 'Coordinate the capacity process',
      },
    },
    {
      id: 'owner.contract.postsales.self-serve',
      source: SOURCES.decisionTree,
      says: 'Post-sales with a support contract, no technical complexity and no process coordination needed: the customer self-serves with the azcapman docs.',
      when: always,
      then: {
        owner: 'self-serve',
        lifecycle:
          'The customer self-serves with the azcapman docs; a CSAM coordinates if the process needs it, a CSA for complex design',
        action: 'Share the azcapman docs',
      },
    },
  ],
};
