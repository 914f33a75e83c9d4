import { cite, SEED_FILES } from '../../rubric/rules/sources';
import type { KnowledgeEntry } from '../entry';

const from = (heading: string): string => cite(SEED_FILES.partner, heading);

const GPS_TEAM = from('Global PArtner Services (GPS) Technical Team');
const SUPPORT_FOR_PARTNERS = from('Support for Partners');
const FAQ = from('Partner Support FAQ');
const REFERENCES = from('References');
const ARCHITECTURE_DESK = from('Partner Architecture Desk');

/** Seed 003, "Partner Support Plans": the options, their scope and the partner support FAQ. */
export const PARTNER_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'partner.gps-technical-team',
    question: 'What does the Global Partner Services (GPS) Technical team provide?',
    answer: [
      'The GPS Technical team provides technical enablement as part of the build-with motion for your team. This includes:',
      '- Envisioning Briefing',
      '- Assessment – Technical Briefing',
      '- Roadmap Planning',
      '- Architecture Design Session (ADS)',
      '- Build and Assist',
      '- Hackathon',
      '- Proof of Concept (POC)',
      '- Technical Skills Enablement',
      '- Sales Skills Enablement',
      '- Sales Deal Enablement (first 3 deals)',
      '- Solution Technical Review',
      '- Deployment / Practice Review (Grow)',
      'Note: this team does not provide technical support or troubleshooting to delivery or operations teams.',
    ].join('\n'),
    source: GPS_TEAM,
    keywords: ['GPS', 'build-with', 'technical enablement', 'hackathon', 'envisioning', 'partner'],
  },
  {
    id: 'partner.support-options',
    question: 'What support options does a partner have?',
    answer: [
      'Partners may have a number of customer and partner support contracts in place. Partner support options range from those included with the Microsoft Partner Network (MPN) membership to Advanced and Premier support intended for CSP and hosters. The cloud support options are described in Compare Microsoft Partner Support Offerings.',
      '- Support: create an online request for all programs supported in Partner Center (http://partner.microsoft.com/support).',
      '- Cloud Enablement Desk: a dedicated expert helps you connect to customers, co-sell with Microsoft and activate your benefits (nomination: http://aka.ms/cednominate).',
      '- Technical Pre-sales & Deployment (TPD): http://aka.ms/TPDTechnicalServices',
      '- Advanced Support for Partners (ASfP): support plan offer at aka.ms/ASfP',
      '- Premier Support for Partners (PSfP): support plan offer at aka.ms/PSfP',
      '- Partner Architecture Desk: email PADesk@microsoft.com',
    ].join('\n'),
    source: SUPPORT_FOR_PARTNERS,
    keywords: [
      'partner support plans',
      'partner support',
      'options',
      'which option',
      'MPN',
      'CSP',
      'hosters',
    ],
  },
  {
    id: 'partner.option.partner-center-support',
    question: 'How does a partner open a support request in Partner Center?',
    answer:
      "Create an online request for all programs supported in Partner Center; in Partner Center you get a personalized experience. Link: Partner Support, http://partner.microsoft.com/support",
    source: SUPPORT_FOR_PARTNERS,
    keywords: ['online request', 'support request', 'open a case', 'Partner Center'],
  },
  {
    id: 'partner.option.cloud-enablement-desk',
    question: 'What is the Cloud Enablement Desk and how is a partner nominated for it?',
    answer:
      'Your dedicated Cloud Enablement Desk expert can help you connect to customers through marketplaces, co-sell with Microsoft, take advantage of Microsoft partner resources, build your business through competencies, activate your benefits, use technical training, and more. Nominate a partner at http://aka.ms/cednominate (Cloud Enablement Desk Nomination).',
    source: SUPPORT_FOR_PARTNERS,
    keywords: ['CED', 'nominate', 'nomination', 'marketplace', 'co-sell', 'go-to-market', 'GTM'],
  },
  {
    id: 'partner.option.asfp',
    question: 'What is Advanced Support for Partners (ASfP) and where is the offer?',
    answer:
      'Advanced Support for Partners (ASfP) is a partner support plan; Advanced and Premier support are intended for CSP partners and hosters. The support plan offer is at aka.ms/ASfP.',
    source: SUPPORT_FOR_PARTNERS,
    keywords: ['ASfP', 'advanced support', 'support plan offer', 'buy', 'purchase'],
  },
  {
    id: 'partner.option.psfp',
    question: 'What is Premier Support for Partners (PSfP) and where is the offer?',
    answer:
      'Premier Support for Partners (PSfP) is a partner support plan; Advanced and Premier support are intended for CSP partners and hosters. The support plan offer is at aka.ms/PSfP.',
    source: SUPPORT_FOR_PARTNERS,
    keywords: ['PSfP', 'premier support', 'support plan offer', 'buy', 'purchase'],
  },
  {
    id: 'partner.faq.ea-customer-asfp',
    question:
      'If the customer is on an EA, can a partner request support on behalf of the customer through ASfP?',
    answer: [
      'Yes.',
      '- The partner would have to "request a relationship" and have the proper affiliation with the customer, because they likely did not purchase under CSP if they have an EA.',
      '- Nearly 100% of the time, because the ASfP tickets are "unlimited" and the EA may come with a limit or have a customer cost associated with them, the partner will encourage the EA customer to put the ticket through them (the partner).',
    ].join('\n'),
    source: FAQ,
    keywords: ['enterprise agreement', 'request a relationship', 'affiliation', 'file a ticket'],
  },
  {
    id: 'partner.faq.partner-vs-customer-contract',
    question: "When should a partner use its support contract versus the customer's contract?",
    answer: [
      'It depends on the scenario:',
      '- A partner should always want to use "their support plan" versus the customer\'s when it is ASfP or PSfP.',
      '- If/when the customer has an EA or their own Unified/Premier support, the customer would have hours or incidents decremented from their plan, and the customer may not want their time/incidents deducted from their support plan.',
      '- ASfP has "unlimited" incidents; however, PSfP may have incidents/time deducted (again, it depends on the type of plan the partner has: ASfP has unlimited tickets).',
    ].join('\n'),
    source: FAQ,
    keywords: [
      'Unified',
      'Premier',
      'hours',
      'deducted',
      'decremented',
      'unlimited',
      'which contract',
      'own plan',
    ],
  },
  {
    id: 'partner.faq.end-customer-entitlement',
    question: "Can the end-customer engage with Microsoft support using the partner's entitlement?",
    answer:
      'No. The contract is between Microsoft and the partner, not between Microsoft and the partner and their hundreds of customers.',
    source: FAQ,
    keywords: ['end customer', 'entitlement', 'use partner plan', 'customer use', 'share', 'allowed', 'call support'],
  },
  {
    id: 'partner.compare-offerings',
    question: 'How do MPN technical benefits, ASfP and PSfP compare?',
    answer:
      'Compare Partner Support Offerings (https://partner.microsoft.com/en-us/support/partnersupport) includes a video and a table with a comparison of:\n- MPN technical benefits\n- Advanced Support for Partners\n- Premier Support for Partners',
    source: REFERENCES,
    keywords: ['compare', 'comparison', 'difference', 'versus', 'technical benefits'],
  },
  {
    id: 'partner.tpd.what-is',
    question: 'What is Technical Presales and Deployment Services (TPD)?',
    answer:
      'Use Technical Presales and Deployment services (TPD, also written TPDS or TPSD) for remote, personalized, one-to-one consultations to build your technical capabilities faster, so you can increase sales, deploy more effectively, and accelerate app development.\nLinks: http://aka.ms/TPDTechnicalServices and https://docs.microsoft.com/en-us/partner-center/technical-benefits',
    source: REFERENCES,
    keywords: [
      'TPD',
      'presales consultation',
      'one-to-one',
      'remote consultation',
      'advisory',
      'covers',
      'in scope',
    ],
  },
  {
    id: 'partner.tpd.out-of-scope',
    question: 'What is not in scope for TPD?',
    answer: [
      'Not in scope for Technical Presales and Deployment services (TPD):',
      '- Sales pipeline planning',
      '- End-customer discussions',
      '- Training delivery',
      '- Licensing pricing and price lists',
      '- Break-fix support/troubleshooting',
      '- Hotfixes',
      '- On-site services',
      '- Long-term consulting (over 25 hours per engagement)',
      '- Direct-to-customer support',
      '- Hands-on support in a production environment',
      '- Code reviews/troubleshooting/performance tuning',
      '- Application development beyond light proofs of concept',
    ].join('\n'),
    source: REFERENCES,
    keywords: ['not in scope', 'out of scope', 'exclusions', 'cover', '25 hours', 'limits'],
  },
  {
    id: 'partner.tpd.request',
    question: 'How does a partner submit a TPD request, and what does it require?',
    answer:
      'Submit a TPDS request in Partner Center: https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical/createadvisoryhours-servicerequest\nIt requires MPN membership and access to Partner Center.',
    source: REFERENCES,
    keywords: ['submit', 'requirements', 'MPN membership', 'Partner Center access', 'advisory hours'],
  },
  {
    id: 'partner.psfp-training',
    question: 'Is there training about Premier Support for Partners?',
    answer:
      "Partner Premier Support Training (https://partner.microsoft.com/en-us/training/assets/collection/partner-premier-support-training) helps you learn about Premier Support for Partners, to increase your team's technical capabilities and provide new service offerings to your customers.",
    source: REFERENCES,
    keywords: ['training', 'learn', 'PSfP'],
  },
  {
    id: 'partner.csp-support-requirements',
    question: 'What are the support requirements for partners who sell under CSP?',
    answer:
      'Providing support to your customers under CSP: the support requirements under CSP are described at https://docs.microsoft.com/en-us/partner-center/customer-support',
    source: REFERENCES,
    keywords: ['CSP', 'Cloud Solution Provider', 'support requirements', 'resell'],
  },
  {
    id: 'partner.on-behalf.scope',
    question: 'What problems can a partner report on behalf of a customer?',
    answer: [
      'Partners can submit a service request on behalf of their customer (https://docs.microsoft.com/en-us/partner-center/report-problems-on-behalf-of-a-customer). Scope:',
      "- Undocumented problems with services that aren't operating according to service descriptions",
      '- Unavailable services',
      '- Bugs and other irregularities that affect service appearance or operation',
      '- Large-scale network disruptions',
      '- Regional issues with multi-tenant impact',
    ].join('\n'),
    source: REFERENCES,
    keywords: ['on behalf', 'outage', 'service request', 'network disruption', 'regional issue'],
  },
  {
    id: 'partner.msrc',
    question: 'How do I report a security vulnerability in a Microsoft product or service?',
    answer:
      'Report a vulnerability in a Microsoft product or service to the Microsoft Security Response Center (MSRC): https://www.microsoft.com/en-us/msrc. You can track the status of your report as MSRC works with you to investigate and resolve the issue. There is a single process to report issues, supported by Coordinated Vulnerability Disclosure (CVD): https://msrc.microsoft.com/',
    source: REFERENCES,
    keywords: ['security', 'vulnerability', 'security bug', 'exploit', 'CVE', 'disclosure'],
  },
  {
    id: 'partner.architecture-desk.what-is',
    question: 'What is the Partner Architecture Desk and what services does it offer?',
    answer: [
      'A centralized team of experienced and qualified architects working through an engagement model that offers specific technical services: RFP/RFI advice, Technical Briefing, Technical Skills Enablement, Architecture Design Session, Proof of Concept, and Deployment Review.',
      'What it is:',
      '- Support is only for sell-with opportunities (there should be a customer)',
      '- Local CSAs collaborate with the Partner Architecture Desk architects on different solution areas',
      '- Support for sell-with related technical services',
      '- Better response time on key areas that need support',
      '- Support available remotely',
      '- PST solution area CSAs are engaged when needed',
    ].join('\n'),
    source: ARCHITECTURE_DESK,
    keywords: ['PADesk', 'sell-with', 'RFP', 'RFI', 'services', 'offer', 'architects'],
  },
  {
    id: 'partner.architecture-desk.what-is-not',
    question: 'What does the Partner Architecture Desk not do?',
    answer: [
      'The Partner Architecture Desk is not for:',
      '- Practice or solution build-with support',
      "- Attesting a partner's architecture",
      '- Break-fix, troubleshooting',
      '- Implementation support',
      '- Strategic engagements or engagements that need sustained efforts',
      '- Generic Q&A with no customer context',
      '- Dedicated CSA support',
      '- It is not a paid service or limited to defined hours',
      '- Staff augmentation',
      '- Scale training',
    ].join('\n'),
    source: ARCHITECTURE_DESK,
    keywords: ['not in scope', 'out of scope', 'exclusions', 'does not', 'troubleshooting'],
  },
  {
    id: 'partner.architecture-desk.engage',
    question: 'How do I engage the Partner Architecture Desk?',
    answer:
      'Engage the Partner Architecture Desk through your Partner Development Manager (PDM) or Partner Technology Strategist (PTS). It supports only sell-with opportunities, so there should be a customer: it does not take generic Q&A with no customer context. Email: PADesk@microsoft.com',
    source: ARCHITECTURE_DESK,
    keywords: ['engage', 'reach', 'contact', 'request', 'in touch', 'PDM', 'PTS'],
  },
];
