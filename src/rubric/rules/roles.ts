import type { RoleBoundary } from '../types';
import { SOURCES } from './sources';

/** Role clarity: coordinate vs execute. Shown on every recommendation. */
export const ROLE_BOUNDARIES: RoleBoundary[] = [
  {
    role: 'CSAM',
    does: 'Coordinates: schedules meetings, tracks milestones, directs customer engineers, verifies completion.',
    doesNot: 'Does not execute technical configuration.',
    source: SOURCES.roleClarity,
  },
  {
    role: 'SE',
    does: 'Educates: explains concepts, shares documentation, demonstrates portal workflows.',
    doesNot: 'Does not access customer environments.',
    source: SOURCES.roleClarity,
  },
  {
    role: 'CSA',
    does: 'Executes: hands-on design validation, architecture review, specific configuration guidance.',
    doesNot: 'Works with delegated access for supported customers only.',
    source: SOURCES.roleClarity,
  },
];
