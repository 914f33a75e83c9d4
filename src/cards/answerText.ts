import { type TextPart, textParts } from '../knowledge';

/**
 * An FAQ answer as a card shows it: one paragraph per line, "- " bullets as "• ", and the
 * addresses in it as links. A paragraph with links is Adaptive Card markdown that we build:
 * the link targets come from the knowledge base's checked addresses, and the text around them
 * must be inert as markdown. Any other paragraph is plain text, shown literally.
 */
export interface AnswerParagraph {
  /** the paragraph as plain text: the addresses as written */
  text: string;
  /** the paragraph as markdown with its links, when it has any and its text is inert */
  markdown?: string;
}

const BULLET = /^[-*]\s+/;

export function answerParagraphs(answer: string): AnswerParagraph[] {
  return answer
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => (BULLET.test(line) ? `• ${line.replace(BULLET, '')}` : line))
    .map(paragraph);
}

function paragraph(line: string): AnswerParagraph {
  const parts = textParts(line);
  if (!parts.some(isLink)) return { text: line };
  const inert = parts.every((part, index) =>
    markdownInert(isLink(part) ? linkLabel(part.href) : part.text, { atLineStart: index === 0 }),
  );
  if (!inert) return { text: line };
  return { text: line, markdown: parts.map(toMarkdown).join('') };
}

const isLink = (part: TextPart): part is { text: string; href: string } => 'href' in part;

function toMarkdown(part: TextPart): string {
  return isLink(part) ? `[${linkLabel(part.href)}](${part.href})` : part.text;
}

/** Characters Adaptive Card markdown reads as formatting (an underscore only at a word's edge). */
const MARKDOWN_SYNTAX = /[*`[\]<>\\~|#]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;
/** A line that starts like a list item or a heading. */
const BLOCK_START = /^\s*(?:[-+*>#]|\d+[.)])\s/;

/** Whether the text reads the same as markdown and as plain text. */
export function markdownInert(text: string, { atLineStart = false } = {}): boolean {
  return !MARKDOWN_SYNTAX.test(text) && !(atLineStart && BLOCK_START.test(text));
}

const SHORT_PATH_SEGMENTS = 2;

/**
 * A link's words: the address without its scheme, "www.", query or fragment, and a long path
 * cut to its last part ("learn.microsoft.com/…/quota-groups"); an e-mail address as it is.
 */
export function linkLabel(href: string): string {
  if (href.startsWith('mailto:')) return href.slice('mailto:'.length);
  const url = new URL(href);
  const host = url.hostname.replace(/^www\./, '');
  const segments = url.pathname.split('/').filter((segment) => segment.length > 0);
  if (segments.length === 0) return host;
  if (segments.length <= SHORT_PATH_SEGMENTS) return `${host}/${segments.join('/')}`;
  return `${host}/…/${segments[segments.length - 1]}`;
}
