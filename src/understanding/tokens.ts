/** A word, number or punctuation mark of a message, and where it sits in the original text. */
export interface Token {
  /** as typed */
  text: string;
  /** what the phrase tables match: lowercase, straight apostrophes, possessive "'s" dropped */
  word: string;
  /** offsets into the original text, end exclusive */
  start: number;
  end: number;
  /** separators end a segment of a description; a colon may follow an account name */
  kind: 'word' | 'separator' | 'colon';
}

// Words keep inner apostrophes ("don't") and digit groups ("60,000", "1.2M"), so that a comma
// inside a number never splits a description. Values of numbers come from the recognizers.
const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['’]\p{L}+|[.,]\p{N}[\p{L}\p{N}]*)*|[,;.!?|:\n&]/gu;

const SEPARATORS = new Set([',', ';', '.', '!', '?', '|', '\n']);

/** Splits text into tokens; every other character (spaces, dashes, slashes, symbols) is dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    // A full stop ends a sentence only before a space: "env.SECRET" and "contoso.com" hold.
    if (raw === '.' && start + 1 < text.length && !/\s/u.test(text[start + 1]!)) continue;
    tokens.push({
      text: raw,
      word: normalizeWord(raw),
      start,
      end: start + raw.length,
      kind: SEPARATORS.has(raw) ? 'separator' : raw === ':' ? 'colon' : 'word',
    });
  }
  return tokens;
}

function normalizeWord(raw: string): string {
  if (raw === '&') return 'and';
  const lower = raw.toLowerCase().replaceAll('’', "'");
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** The words of a phrase as the tables store it: "Post-sales" → ["post", "sales"]. */
export function wordsOf(phrase: string): string[] {
  return tokenize(phrase)
    .filter((token) => token.kind === 'word')
    .map((token) => token.word);
}

export function isWord(token: Token): boolean {
  return token.kind === 'word';
}
