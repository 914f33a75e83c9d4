import { JOURNEY_ENTRIES } from './data/journey';
import { MATURITY_ENTRIES } from './data/maturity';
import { MOTION_ENTRIES } from './data/motions';
import { PARTNER_ENTRIES } from './data/partner';
import { ROLE_ENTRIES } from './data/roles';
import { parseEntries, type KnowledgeEntry } from './entry';

/** Every knowledge entry, validated once when this module loads. */
export const KNOWLEDGE_ENTRIES: readonly KnowledgeEntry[] = Object.freeze(
  parseEntries([
    ...ROLE_ENTRIES,
    ...JOURNEY_ENTRIES,
    ...MATURITY_ENTRIES,
    ...PARTNER_ENTRIES,
    ...MOTION_ENTRIES,
  ]),
);
