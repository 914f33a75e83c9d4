import { always, any, ne, nonEmpty } from '../conditions';
import type { ComplexityOutcome, Stage } from '../types';
import { SOURCES } from './sources';

/** Technical complexity: any tier above simple, or any engineering design review trigger. */
export const COMPLEXITY_STAGE: Stage<ComplexityOutcome> = {
  mode: 'first',
  rules: [
    {
      id: 'complexity.technical',
      source: SOURCES.designReviews,
      when: any(ne('tier', 'simple'), nonEmpty('designReview')),
      then: { technicalComplexity: true },
    },
    {
      id: 'complexity.none',
      source: SOURCES.tierTable,
      when: always,
      then: { technicalComplexity: false },
    },
  ],
};
