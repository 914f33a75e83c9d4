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
      when: always,
      then: {
        owner: 'self-serve',
        lifecycle: POST_SALES_WITH_CONTRACT,
        action: 'Share the azcapman docs',
      },
    },
  ],
};
