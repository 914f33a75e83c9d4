/**
 * The links in an answer's text: web addresses (with or without "https://") and e-mail
 * addresses, each with the address to open. Only the hosts below may appear in an answer
 * (the entry check rejects any other), so a card links to known places only.
 */

/** Where the seeds' answers point: Microsoft's documentation, partner and security sites. */
export const KNOWN_LINK_HOSTS: readonly string[] = [
  'aka.ms',
  'docs.microsoft.com',
  'forms.office.com',
  'learn.microsoft.com',
  'msrc.microsoft.com',
  'partner.microsoft.com',
  'www.microsoft.com',
];

/** The one e-mail domain an answer may name. */
export const KNOWN_MAIL_DOMAIN = 'microsoft.com';

/** One piece of an answer's line: plain text, or a link with the address it opens. */
export type TextPart = { text: string } | { text: string; href: string };

const WEB_ADDRESS = /\bhttps?:\/\/[^\s()<>]+|\baka\.ms\/[^\s()<>]+/gi;
const MAIL_ADDRESS = /\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/gi;
/** Sentence punctuation after an address is not part of it. */
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/;

interface FoundLink {
  start: number;
  end: number;
  text: string;
  href: string;
}

/** Every address in the text, in order, with the address to open (https for the web). */
function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const written = match[0].replace(TRAILING_PUNCTUATION, '');
    const href = /^https?:\/\//i.test(written)
      ? written.replace(/^http:/i, 'https:')
      : `https://${written}`;
    found.push({ start: match.index, end: match.index + written.length, text: written, href });
  }
  for (const match of text.matchAll(MAIL_ADDRESS)) {
    const overlaps = found.some((link) => match.index < link.end && match.index >= link.start);
    if (!overlaps) {
      const end = match.index + match[0].length;
      found.push({ start: match.index, end, text: match[0], href: `mailto:${match[0]}` });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A line split into its plain text and its links, in order; a line without links is one part. */
export function textParts(line: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const link of findLinks(line)) {
    if (link.start > at) parts.push({ text: line.slice(at, link.start) });
    parts.push({ text: link.text, href: link.href });
    at = link.end;
  }
  if (at < line.length || parts.length === 0) parts.push({ text: line.slice(at) });
  return parts;
}

/** The addresses in a text that are not on a known host or domain. */
export function unknownLinks(text: string): string[] {
  return findLinks(text)
    .filter(({ href }) => !isKnown(href))
    .map(({ text: written }) => written);
}

function isKnown(href: string): boolean {
  if (href.startsWith('mailto:')) {
    return href.toLowerCase().endsWith(`@${KNOWN_MAIL_DOMAIN}`);
  }
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && KNOWN_LINK_HOSTS.includes(url.hostname.toLowerCase());
  } catch {
    return false;
  }
}
