import { allOf, anyOf, eq, gt, lte, ne } from '../conditions';
import type { CaveatOutcome, Link, Stage, SupportOptionOutcome } from '../types';
import { SOURCES } from './sources';

const SHORT_ENGAGEMENT_HOURS = 25;
// An absent expectedHours means a short engagement (SPEC.md "Qualifying facts").
const shortEngagement = lte('partner.expectedHours', SHORT_ENGAGEMENT_HOURS, true);
const consultation = anyOf(
  eq('partner.need', 'architecture'),
  eq('partner.need', 'presales-consultation'),
);

export const PARTNER_LINKS = {
  compare: {
    title: 'Compare Partner Support Offerings',
    url: 'https://partner.microsoft.com/en-us/support/partnersupport',
  },
  asfp: { title: 'Advanced Support for Partners (ASfP)', url: 'https://aka.ms/ASfP' },
  psfp: { title: 'Premier Support for Partners (PSfP)', url: 'https://aka.ms/PSfP' },
  partnerSupport: {
    title: 'Partner Center support request',
    url: 'https://partner.microsoft.com/support',
  },
  onBehalf: {
    title: 'Report problems on behalf of customers',
    url: 'https://docs.microsoft.com/en-us/partner-center/report-problems-on-behalf-of-a-customer',
  },
  tpd: {
    title: 'Technical Presales and Deployment Services (TPD)',
    url: 'https://docs.microsoft.com/en-us/partner-center/technical-benefits',
  },
  tpdRequest: {
    title: 'Submit a TPD request',
    url: 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical/createadvisoryhours-servicerequest',
  },
  architectureDesk: {
    title: 'Partner Architecture Desk (PADesk@microsoft.com)',
    url: 'mailto:PADesk@microsoft.com',
  },
  cloudEnablementDesk: {
    title: 'Cloud Enablement Desk nomination',
    url: 'https://aka.ms/cednominate',
  },
  msrc: {
    title: 'Microsoft Security Response Center',
    url: 'https://www.microsoft.com/en-us/msrc',
  },
  msrcSubmit: { title: 'MSRC: submit an issue', url: 'https://msrc.microsoft.com/' },
} satisfies Record<string, Link>;

/** Partner support options (seed 003): the first rule that matches decides. */
export const SUPPORT_OPTION_STAGE: Stage<SupportOptionOutcome> = {
  mode: 'first',
  rules: [
    {
      id: 'partner.security.msrc',
      source: SOURCES.partnerReferences,
      says: 'A partner reporting a security vulnerability goes to the Microsoft Security Response Center (MSRC).',
      when: eq('partner.need', 'security-vulnerability'),
      then: {
        option: 'MSRC',
        rationale:
          'Report vulnerabilities to the Microsoft Security Response Center, which follows Coordinated Vulnerability Disclosure (CVD).',
        links: [PARTNER_LINKS.msrc, PARTNER_LINKS.msrcSubmit],
      },
    },
    {
      id: 'partner.end-customer.refused',
      source: SOURCES.partnerFaq,
      says: "An end customer cannot use the partner's support entitlement; the partner files on the customer's behalf.",
      when: eq('partner.requester', 'end-customer'),
      then: {
        option: 'refused',
        rationale:
          "The end customer cannot use the partner's entitlement: the contract is between Microsoft and the partner. The partner files on the customer's behalf instead.",
        links: [PARTNER_LINKS.onBehalf],
      },
    },
    {
      id: 'partner.break-fix.asfp',
      source: SOURCES.partnerFaq,
      says: 'Break-fix with an Advanced Support for Partners plan goes through ASfP.',
      when: allOf(eq('partner.need', 'break-fix'), eq('partner.plan', 'asfp')),
      then: {
        option: 'ASfP',
        rationale:
          "Break-fix goes through the partner's Advanced Support for Partners plan: incidents are unlimited.",
        links: [PARTNER_LINKS.asfp, PARTNER_LINKS.onBehalf],
      },
    },
    {
      id: 'partner.break-fix.psfp',
      source: SOURCES.partnerFaq,
      says: 'Break-fix with a Premier Support for Partners plan goes through PSfP.',
      when: allOf(eq('partner.need', 'break-fix'), eq('partner.plan', 'psfp')),
      then: {
        option: 'PSfP',
        rationale: "Break-fix goes through the partner's Premier Support for Partners plan.",
        links: [PARTNER_LINKS.psfp, PARTNER_LINKS.onBehalf],
      },
    },
    {
      id: 'partner.break-fix.partner-center',
      source: SOURCES.partnerOptions,
      says: 'Break-fix without a partner support plan starts as a Partner Center support request.',
      when: eq('partner.need', 'break-fix'),
      then: {
        option: 'Partner Center support',
        rationale:
          'Without ASfP or PSfP, break-fix starts as an online support request in Partner Center.',
        links: [PARTNER_LINKS.partnerSupport, PARTNER_LINKS.compare],
      },
    },
    {
      id: 'partner.architecture.desk',
      source: SOURCES.architectureDesk,
      says: 'Architecture guidance for a named customer opportunity, 25 hours or less, goes to the Partner Architecture Desk.',
      when: allOf(
        eq('partner.need', 'architecture'),
        eq('partner.customerOpportunity', true),
        shortEngagement,
      ),
      then: {
        option: 'Architecture Desk',
        rationale:
          'A sell-with opportunity with a named customer: the Partner Architecture Desk takes it, engaged through the Partner Development Manager or Partner Technology Strategist.',
        links: [PARTNER_LINKS.architectureDesk],
      },
    },
    {
      id: 'partner.consultation.tpd',
      source: SOURCES.partnerReferences,
      says: 'A pre-sales consultation, or architecture guidance without a named customer, of 25 hours or less goes to TPD.',
      when: allOf(consultation, shortEngagement),
      then: {
        option: 'TPD',
        rationale:
          'Technical Presales and Deployment services: remote one-to-one consultations of up to 25 hours per engagement.',
        links: [PARTNER_LINKS.tpd, PARTNER_LINKS.tpdRequest],
      },
    },
    {
      id: 'partner.consultation.long.psfp',
      source: SOURCES.partnerChoice,
      says: 'A consultation of more than 25 hours goes to PSfP: TPD caps at 25 hours and the Architecture Desk takes no sustained efforts.',
      when: consultation,
      then: {
        option: 'PSfP',
        rationale:
          'Over 25 hours: TPD caps at 25 hours per engagement and the Architecture Desk takes no sustained efforts, so Premier Support for Partners fits.',
        links: [PARTNER_LINKS.psfp, PARTNER_LINKS.compare],
      },
    },
    {
      id: 'partner.go-to-market.ced',
      source: SOURCES.partnerOptions,
      says: 'Go-to-market help goes to the Cloud Enablement Desk.',
      when: eq('partner.need', 'go-to-market'),
      then: {
        option: 'Cloud Enablement Desk',
        rationale:
          'A dedicated expert helps with marketplaces, co-sell, partner resources, competencies and benefits.',
        links: [PARTNER_LINKS.cloudEnablementDesk],
      },
    },
  ],
};

/** Caveats that go with the chosen option: every one that matches is shown. */
export const CAVEAT_STAGE: Stage<CaveatOutcome> = {
  mode: 'all',
  rules: [
    {
      id: 'caveat.break-fix.partner-plan-first',
      source: SOURCES.partnerFaq,
      says: "Break-fix through ASfP or PSfP uses the partner's plan, not the customer's Unified/Premier contract.",
      when: allOf(
        eq('partner.need', 'break-fix'),
        anyOf(eq('supportOption', 'ASfP'), eq('supportOption', 'PSfP')),
      ),
      then: {
        caveat:
          "Use the partner's plan rather than the customer's Unified/Premier contract, so the customer's hours or incidents are not deducted.",
      },
    },
    {
      id: 'caveat.psfp.deductions',
      source: SOURCES.partnerFaq,
      says: 'PSfP may deduct incidents or time.',
      when: eq('supportOption', 'PSfP'),
      then: {
        caveat:
          "PSfP may deduct incidents or time, depending on the partner's plan; ASfP is unlimited.",
      },
    },
    {
      id: 'caveat.asfp.customer-on-ea',
      source: SOURCES.partnerFaq,
      says: 'ASfP for a customer on an EA is allowed once the partner has requested a relationship with the customer.',
      when: allOf(eq('supportOption', 'ASfP'), eq('partner.customerOnEA', true)),
      then: {
        caveat:
          'The customer is on an EA: allowed, once the partner has requested a relationship with the customer and has the proper affiliation.',
      },
    },
    {
      id: 'caveat.break-fix.not-tpd-or-desk',
      source: SOURCES.architectureDesk,
      says: 'Break-fix never goes to TPD or the Architecture Desk: both exclude it.',
      when: allOf(eq('partner.need', 'break-fix'), ne('supportOption', 'refused')),
      then: {
        caveat: 'Not TPD or the Architecture Desk: both exclude break-fix and troubleshooting.',
      },
    },
    {
      id: 'caveat.partner-center.access-needed',
      source: SOURCES.partnerReferences,
      says: 'TPD and Partner Center support requests need MPN membership with Partner Center access.',
      when: allOf(
        anyOf(eq('supportOption', 'TPD'), eq('supportOption', 'Partner Center support')),
        eq('partner.partnerCenterAccess', false),
      ),
      then: {
        caveat:
          'This needs MPN membership with Partner Center access, which the partner does not have yet.',
      },
    },
    {
      id: 'caveat.architecture.no-customer',
      source: SOURCES.architectureDesk,
      says: 'Architecture guidance without a named customer is generic Q&A, which the Architecture Desk does not take.',
      when: allOf(
        eq('supportOption', 'TPD'),
        eq('partner.need', 'architecture'),
        ne('partner.customerOpportunity', true),
      ),
      then: {
        caveat:
          'Not the Architecture Desk: it takes only sell-with opportunities with a customer, not generic Q&A.',
      },
    },
    {
      id: 'caveat.long-engagement',
      source: SOURCES.partnerChoice,
      says: 'A consultation of more than 25 hours is beyond what TPD and the Architecture Desk take.',
      when: allOf(consultation, gt('partner.expectedHours', SHORT_ENGAGEMENT_HOURS, false)),
      then: {
        caveat:
          'TPD caps at 25 hours per engagement and the Architecture Desk takes no sustained efforts.',
      },
    },
  ],
};
