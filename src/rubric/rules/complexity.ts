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
      says: 'A tier above simple, or any engineering design review (forecast validation, an architecture change, a complex quota strategy), is technical complexity.',
      when: anyOf(ne('tier', 'simple'), nonEmpty('designReview')),
      then: { technicalComplexity: true },
    },
    {
      id: 'complexity.none',
      source: SOURCES.tierTable,
      says: 'A simple tier with no engineering design review has no technical complexity.',
      when: always,
      then: { technicalComplexity: false },
    },
  ],
};
