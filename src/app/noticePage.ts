import { timingSafeEqual } from 'node:crypto';
import { handoffCardLink, noOwnerLabel } from '../cards';
import { HandoffId, type HandoffRecord, type HandoffStore, standingOf } from '../handoffs';
import { OWNER_LABELS } from '../words/rubric';
import { NOTICE_WORDS, standingWords } from '../words/handoffs';

/** A page to serve: its status and its HTML. */
export interface Page {
  readonly status: 200 | 404;
  readonly html: string;
}

/** Where the page a meeting notification opens is served, under the bot's public address. */
export const noticePath = (handoffId: string, token: string): string =>
  `/handoffs/${encodeURIComponent(handoffId)}/notice?token=${encodeURIComponent(token)}`;

/**
 * The page a meeting notification about a handoff opens on the meeting stage: what the handoff
 * is, who proposed it, where it stands now, and a link to its card in the meeting chat, where
 * it is accepted or declined. It shows only with the token the notification carried: anyone
 * else, and any handoff that is not there, gets the same "not available".
 */
export async function handoffNoticePage(
  handoffs: Pick<HandoffStore, 'get'>,
  id: string,
  token: string,
): Promise<Page> {
  const parsed = HandoffId.safeParse(id);
  const record = parsed.success ? await handoffs.get(parsed.data) : undefined;
  if (!record?.noticeToken || !sameToken(record.noticeToken, token)) {
    return {
      status: 404,
      html: page(NOTICE_WORDS.title, `<p>${escapeHtml(NOTICE_WORDS.notFound)}</p>`),
    };
  }
  return { status: 200, html: page(NOTICE_WORDS.title, noticeBody(record)) };
}

function noticeBody(record: HandoffRecord): string {
  const proposal = record.history.findLast(
    (entry) => entry.action === 'propose' || entry.action === 'reassign',
  );
  const status = standingWords(standingOf(record)).label;
  const link = handoffCardLink(record);
  const rows: [string, string][] = [
    ...(record.account ? [[NOTICE_WORDS.account, record.account] as [string, string]] : []),
    [
      NOTICE_WORDS.recommendedOwner,
      record.recommendedOwner === null
        ? noOwnerLabel(record.recommendation.supportOption?.option)
        : OWNER_LABELS[record.recommendedOwner],
    ],
    [NOTICE_WORDS.status, status],
  ];
  return [
    `<h1>${escapeHtml(NOTICE_WORDS.heading)}</h1>`,
    proposal ? `<p>${escapeHtml(NOTICE_WORDS.proposedBy(proposal.by))}</p>` : '',
    '<dl>',
    ...rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`),
    '</dl>',
    link
      ? `<p><a href="${escapeHtml(link)}" target="_blank" rel="noopener noreferrer">${escapeHtml(NOTICE_WORDS.openCard)}</a></p>`
      : `<p>${escapeHtml(NOTICE_WORDS.findCard)}</p>`,
  ].join('\n');
}

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

const STYLE =
  'body{font-family:"Segoe UI",system-ui,sans-serif;margin:16px;color:#242424}' +
  'h1{font-size:18px;margin:0 0 8px}dt{font-weight:600;margin-top:6px}dd{margin:0}' +
  'a{color:#0e6e7e;font-weight:600}';

/** The page's Content-Security-Policy: no script, only its own style, framed by Teams alone. */
export const NOTICE_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; " +
  'frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com ' +
  'https://*.cloud.microsoft https://*.office.com https://*.skype.com';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML shows it, never as markup: names and accounts are people's own words. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

function sameToken(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
