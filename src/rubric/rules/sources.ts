/** Seed files (in `shared/seeds/`) and SPEC.md, cited as "file › heading" by every rule. */
export const SEED_FILES = {
  roles: '000_666a76bb29a055ec.txt',
  journey: '001_594d114c8dc5eb03.txt',
  maturity: '002_2b95d61494e8e006.txt',
  partner: '003_b231ac39cc537ea8.txt',
  motions: '004_1fe65bf08b514e8d.txt',
} as const;
const SEED_ROLES = SEED_FILES.roles;
const SEED_JOURNEY = SEED_FILES.journey;
const SEED_MATURITY = SEED_FILES.maturity;
const SEED_PARTNER = SEED_FILES.partner;

export const cite = (file: string, heading: string): string => `${file} › ${heading}`;

export const SOURCES = {
  tierTable: cite(SEED_ROLES, 'Objective complexity rubric for CSAM→CSA escalation'),
  roleClarity: cite(SEED_ROLES, 'Role clarity: coordinate vs execute'),
  designReviews: cite(SEED_ROLES, 'Customer Success Architects (CSU): engineering design reviews'),
  lifecycle: cite(SEED_ROLES, 'Engagement lifecycle matrix'),
  decisionTree: cite(SEED_ROLES, 'Concept map: handoff decision tree'),
  seHandoff: cite(SEED_ROLES, 'Solution Engineers (pre-sales): teach to fish'),
  selfServe: cite(SEED_ROLES, 'Self-serve resources (all personas)'),
  journey: cite(SEED_JOURNEY, 'Session structure: the capacity journey'),
  journeyCsa: cite(SEED_JOURNEY, "What you'll take away"),
  maturity: cite(SEED_MATURITY, 'assess - the maturity model'),
  partnerOptions: cite(SEED_PARTNER, 'Support for Partners'),
  partnerFaq: cite(SEED_PARTNER, 'Partner Support FAQ'),
  partnerReferences: cite(SEED_PARTNER, 'References'),
  architectureDesk: cite(SEED_PARTNER, 'Partner Architecture Desk'),
  partnerChoice: cite('SPEC.md', 'Partner support option (product choice: over 25 hours is PSfP)'),
} as const;
