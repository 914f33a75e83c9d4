import { allOf, eq } from '../conditions';
import type { BlockerOutcome, Stage } from '../types';
import { SOURCES } from './sources';

/** What stands between the customer and the help their complexity calls for. */
export const BLOCKER_STAGE: Stage<BlockerOutcome> = {
  mode: 'all',
  rules: [
    {
      id: 'blocker.contract-needed',
      source: SOURCES.lifecycle,
      says: 'Technical complexity without a support contract: CSAM and CSA engagement needs a contract first.',
      when: allOf(eq('supportContract', false), eq('technicalComplexity', true)),
      then: {
        id: 'contract-needed',
        text:
          'CSAM/CSA engagement needs a support contract. Once a contract exists, ' +
          'this {tier} tier means: {tierOwner}; {csaInvolvement}.',
      },
    },
  ],
};
