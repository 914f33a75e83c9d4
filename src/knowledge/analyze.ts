/**
 * Text analysis shared by the index and the query, so both sides see the same terms:
 * lower-casing, multi-word names folded into one canonical token, stop words dropped,
 * single-word synonyms and a light suffix stemmer.
 */

/**
 * Multi-word names and their usual short forms. The canonical token is appended (the
 * words stay too), so "partner architecture desk" and "PADesk" meet on `padesk`.
 */
const PHRASE_TOKENS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:partner )?architecture desks?\b|\bpa desk\b/g, 'padesk'],
  [/\btechnical pre-?sales (?:and|&) deployment(?: services?)?\b/g, 'tpd'],
  [/\badvanced support for partners?\b/g, 'asfp'],
  [/\bpremier support for partners?\b/g, 'psfp'],
  [/\bcloud enablement desk\b/g, 'ced'],
  [/\bmicrosoft security response cent(?:er|re)\b/g, 'msrc'],
  [/\bcoordinated vulnerability disclosure\b/g, 'cvd'],
  [/\benterprise agreements?\b/g, 'ea'],
  [/\bglobal partner services\b/g, 'gps'],
  [/\bpartner development managers?\b/g, 'pdm'],
  [/\bpartner technology strategists?\b/g, 'pts'],
  [/\bindustry priority scenarios?\b/g, 'ips'],
  [/\bdata (?:and|&) ai\b/g, 'dai'],
  [/\bbreak-?fix\b/g, 'breakfix'],
  [/\bmicrosoft partner network\b/g, 'mpn'],
  [/\bdesignated support engineering\b/g, 'dse'],
];

/**
 * Rewritten rather than appended: the seed says "consumption play", "CP" and "CM" for a
 * Consumption Motion, and "play" alone must keep meaning a sales play; a role's full name
 * is its acronym, and "manager" alone must not pull in the CSAM entries.
 */
const PHRASE_REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcustomer success (?:account )?managers?\b/g, 'csam'],
  [/\bcustomer success architects?\b/g, 'csa'],
  [/\bsolutions? engineers?\b/g, 'se'],
  [/\bcustomer success unit\b/g, 'csu'],
  [/\bconsumption plays?\b/g, 'consumption motion'],
  [/\bcps?\b|\bcms?\b/g, 'consumption motion'],
];

/** Single words with one canonical spelling; looked up for the word and for its stem. */
const TERM_SYNONYMS: Readonly<Record<string, string>> = {
  csm: 'csam',
  ses: 'se',
  tpds: 'tpd',
  tpsd: 'tpd',
  postgres: 'postgresql',
  infrastructure: 'infra',
  incident: 'ticket',
};

/** Words that carry no meaning in a question to the knowledge base. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also am an and any are as at be because been being but by can could did ' +
    'do does doing done for from get gets getting go got had has have having he her here him ' +
    'his how i if in into is it its just let me might more most must my of on or our ours ' +
    'please she should so some than that the their them then there these they this those to too ' +
    'us very was we were what whats when where which while who whom why will with would you ' +
    'your yours ok okay hi hello thanks q much many whether really actually exactly kind sort'
  ).split(' '),
);

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Splits text into lower-case words, after folding the known multi-word names. */
export function tokenize(text: string): string[] {
  let folded = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [pattern, rewrite] of PHRASE_REWRITES) folded = folded.replace(pattern, rewrite);
  for (const [pattern, token] of PHRASE_TOKENS) {
    folded = folded.replace(pattern, (match) => `${match} ${token}`);
  }
  return folded.split(WORD_SEPARATOR).filter((word) => word.length > 0);
}

/** One word to its index term, or null for a word not worth indexing. */
export function processTerm(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 2 && !/\d/.test(lower)) return null;
  if (STOP_WORDS.has(lower)) return null;
  const stemmed = stem(lower);
  return TERM_SYNONYMS[lower] ?? TERM_SYNONYMS[stemmed] ?? stemmed;
}

/** Every index term of a text, in order (duplicates kept). */
export function analyze(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

const DOUBLE_CONSONANT_NOT_LSZ = /([b-df-hj-km-np-rtv-y])\1$/;

/**
 * A light suffix stemmer: plurals, -ing, -ed and a final -e, so "tracking", "tracked" and
 * "tracks" meet on "track" and "milestones" on "mileston". Short words are left alone:
 * they are mostly acronyms (TPD, MSX, CSA).
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  let stemmed = word;
  if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('s') && !/(?:ss|us|is)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.endsWith('ing') && stemmed.length - 3 >= 3) {
    stemmed = undouble(stemmed.slice(0, -3));
  } else if (stemmed.endsWith('ed') && stemmed.length - 2 >= 3) {
    stemmed = undouble(stemmed.slice(0, -2));
  }
  if (stemmed.endsWith('e') && stemmed.length > 4) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

function undouble(word: string): string {
  return DOUBLE_CONSONANT_NOT_LSZ.test(word) ? word.slice(0, -1) : word;
}
