import { always, anyOf, ne, nonEmpty } from '../conditions';
import type { ComplexityOutcome, Stage } from '../types';
import { SOURCES } from './sources';

/** Technical complexity: a tier above simple, or an engineering design review trigger. */
export const COMPLEXITY_STAGE: Stage<ComplexityOutcome> = {
  mode: 'first',
  rules: [
    {
      id: 'complexity.technical',
      source: SOURCES.designReviews,
      when: anyOf(ne('tier', 'simple'), nonEmpty('designReview')),
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
