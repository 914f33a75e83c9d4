/**
 * The domain's vocabulary: the names, abbreviations and shorthand field staff and partners use
 * for the same thing, each folded into one canonical term. Questions and entries are analysed
 * with the same table, so "customer success account manager", "CSAM" and "CSM" meet on `csam`.
 */

/**
 * Rewritten rather than appended: a role's full name is its acronym, so "manager" or
 * "engineer" alone must not pull in a role's entries; the seed says "consumption play", "CP"
 * and "CM" for a Consumption Motion, and "play" alone must keep meaning a sales play.
 * Applied in order: the longer names first.
 */
export const NAME_REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcustomer success (?:account )?managers?\b/g, 'csam'],
  [/\bcustomer success architects?\b/g, 'csa'],
  [/\bcustomer success (?:unit|team|org(?:anization)?)s?\b/g, 'csu'],
  // "customer success" alone is the unit, but not the framework, plan or program it names.
  [/\bcustomer success\b(?! (?:framework|plan|program))/g, 'csu'],
  [/\bsolutions? engineers?\b/g, 'se'],
  [/\bcustomer engineers?\b/g, 'ce'],
  [/\bpartner development managers?\b/g, 'pdm'],
  [/\bpartner technology strategists?\b/g, 'pts'],
  [/\bspecialist team unit\b/g, 'stu'],
  [/\baccount team unit\b/g, 'atu'],
  [/\bconsumption plays?\b/g, 'consumption motion'],
  [/\bcps?\b|\bcms?\b/g, 'consumption motion'],
  // Everyday phrasings of the words the seeds use.
  [/\bhand(?:s|ed|ing)?[- ]?(?:off|over)s?\b/g, 'handoff'],
  [
    /\bpass(?:es|ed|ing)?(?: (?:it|them|this|that|the customer))?(?: on| over)? to\b/g,
    'handoff to',
  ],
  [/\bat what point\b/g, 'when'],
  // "should I ...?" asks whether to do something: a question's shape, not its topic
  [/\bshould (?:i|we)\b/g, 'shouldi'],
  [/\bonly one\b|\bexclusive(?:ly)?\b/g, 'exclusivity'],
  [/\btak(?:e|es|ing) over\b|\btook over\b/g, 'handoff'],
  [/\bpull(?:s|ed|ing)? in\b/g, 'bring in'],
  [/\bsecurity (?:bugs?|holes?|flaws?|issues?|problems?|weakness(?:es)?)\b/g, 'vulnerability'],
  [/\bkicks? off\b|\bkicked off\b/g, 'trigger'],
  [/\bhow often\b|\bhow frequently\b/g, 'cadence'],
  [/\bhardly any\b|\bbarely any\b|\bvery little\b/g, 'little'],
  [/\bday[- ]to[- ]day\b|\bday jobs?\b|\busual work\b/g, 'daytoday'],
  [/\bget (?:in|into|access to)\b/g, 'access'],
  [/\b(?:log|sign)(?:s|ged|ging|ed|ing)?[- ]?(?:in|on)\b/g, 'login'],
  [
    /\b(?:raise|log|open|file|submit)(?:s|d|ed|ing)? (?:a |an |the |their |our |my |his |her )?(?:ticket|case|incident)s?\b/g,
    'file ticket',
  ],
];

/**
 * Multi-word names and their usual short forms. The canonical token is appended (the words
 * stay too), so "partner architecture desk" and "PADesk" meet on `padesk`.
 */
export const PHRASE_TOKENS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:partner )?architecture desks?\b|\bpa desk\b/g, 'padesk'],
  [/\btechnical pre-?sales(?: (?:and|&) deployment)?(?: services?)?\b/g, 'tpd'],
  [/\badvanced support for partners?\b/g, 'asfp'],
  [/\bpremier support for partners?\b/g, 'psfp'],
  [/\bcloud enablement desk\b/g, 'ced'],
  [/\bmicrosoft security response cent(?:er|re)\b/g, 'msrc'],
  [/\bcoordinated vulnerability disclosure\b/g, 'cvd'],
  [/\bexploits?\b|\bcves?\b/g, 'vulnerability'],
  [/\benterprise agreements?\b/g, 'ea'],
  [/\bglobal partner services\b/g, 'gps'],
  [/\bcloud solution providers?\b/g, 'csp'],
  [/\bindustry priority scenarios?\b/g, 'ips'],
  [/\bdata (?:and|&) ai\b/g, 'dai'],
  [/\bbreak-? ?fix\b/g, 'breakfix'],
  [/\bmicrosoft partner network\b/g, 'mpn'],
  [/\bdesignated support engineering\b/g, 'dse'],
  [/\bgo-? ?to-? ?market\b/g, 'gtm'],
  [/\bproofs? of concept\b/g, 'poc'],
  [/\barchitecture design sessions?\b/g, 'ads'],
  [/\bon-? ?site\b/g, 'onsite'],
  [/\bmany[- ]to[- ]many\b/g, 'manytomany'],
  [/\bout of scope\b|\bnot in scope\b|\bnot covered\b/g, 'exclusion'],
];

/**
 * Negation, written out or contracted, becomes the word "not": "what isn't covered by TPD?"
 * must find the entry that lists what TPD does not do.
 */
export const NEGATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan['’]?t\b|\bcannot\b/g, 'can not'],
  [/\bwon['’]?t\b/g, 'will not'],
  [/\bno\b|\bnope\b|\bnever\b|\bwithout\b/g, 'not'],
  [/\b(\w+)n['’]t\b/g, '$1 not'],
  // what is excluded is what is not covered
  [/\bexclu(?:de|des|ded|ding|sions?)\b/g, '$& not'],
  // typed without the apostrophe
  [/\b(do|does|did|is|are|was|were|has|have|had|should|could|would|must)nt\b/g, '$1 not'],
];

/**
 * Single words with one canonical spelling: abbreviations, shorthand and spelling variants.
 * Looked up for the word and for its stem, so plurals need no row of their own.
 */
export const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  csm: 'csam',
  ses: 'se',
  csas: 'csa',
  ces: 'ce',
  tpds: 'tpd',
  tpsd: 'tpd',
  padesk: 'padesk',
  vuln: 'vulnerability',
  vulns: 'vulnerability',
  sub: 'subscription',
  subs: 'subscription',
  sku: 'sku',
  vcpu: 'vcpu',
  cpu: 'vcpu',
  cpus: 'vcpu',
  postgres: 'postgresql',
  pg: 'postgresql',
  cosmosdb: 'cosmos',
  infrastructure: 'infra',
  incident: 'ticket',
  case: 'ticket',
  tkt: 'ticket',
  req: 'request',
  reqs: 'request',
  mgmt: 'governance',
  mgr: 'manager',
  config: 'configuration',
  env: 'environment',
  envs: 'environment',
  doc: 'documentation',
  docs: 'documentation',
  ms: 'microsoft',
  msft: 'microsoft',
  acct: 'account',
  accts: 'account',
  centre: 'center',
  optimisation: 'optimization',
  optimise: 'optimization',
  optimize: 'optimization',
  prioritise: 'prioritize',
  prioritisation: 'prioritization',
  excluded: 'exclusion',
  exclude: 'exclusion',
  excludes: 'exclusion',
  concentrate: 'focus',
  escalate: 'escalation',
  escalated: 'escalation',
  escalating: 'escalation',
  ww: 'worldwide',
  tpids: 'tpid',
  gpids: 'gpid',
  csps: 'csp',
  eas: 'ea',
  kept: 'held',
  stored: 'held',
  located: 'held',
  kind: 'option',
  kinds: 'option',
  type: 'option',
  types: 'option',
  ad: 'add',
  found: 'find',
  management: 'governance',
  optimized: 'optimization',
};

/** Words that carry no meaning in a question to the knowledge base. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also am an and any are as at be because been being but by can could did ' +
    'do does doing done for from get gets getting go got had has have having he her here him ' +
    'his how i if in into is it its just let me might more most must my of on or our ours ' +
    'please pls plz she should so some than that the their them then there these they this ' +
    'those thru to too us very was we were what whats when where which while who whom why will ' +
    'with would w you your yours ok okay hi hello hey thanks thank q much many whether really ' +
    'actually exactly sort need needs needed anyone someone im ive overview info give want know tell see say each every ' +
    'thing things stuff right via ask asks asking again yes yeah yep sure'
  ).split(' '),
);
