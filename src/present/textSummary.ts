import { OWNER_LABELS, type Recommendation } from '../rubric';

/** A recommendation as plain text: the CLI's summary and the bot's text fallback. */
export function textSummary(recommendation: Recommendation, account?: string): string {
  const r = recommendation;
  const lines: string[] = [];
  lines.push(account ? `Handoff Advisor: ${account}` : 'Handoff Advisor');
  lines.push(`Owner: ${OWNER_LABELS[r.owner]}. ${r.action}.`);
  lines.push(
    `Tier: ${r.tier} (${r.tierRoles.owner}; ${r.tierRoles.csaInvolvement}). ` +
      `Technical complexity: ${r.technicalComplexity ? 'yes' : 'no'}.`,
  );
  lines.push(`Lifecycle: ${r.lifecycle}.`);
  if (r.afterSale) lines.push(`After the sale: ${OWNER_LABELS[r.afterSale.owner]}.`);
  section(
    lines,
    'Blockers',
    r.blockers.map((blocker) => blocker.text),
  );
  section(
    lines,
    'What if',
    r.whatIf.map((entry) => `${entry.change} → ${entry.owner}`),
  );
  section(
    lines,
    'Roles',
    r.roles.map((role) => `${role.role}: ${role.does} ${role.doesNot}`),
  );
  if (r.supportOption) {
    const option = r.supportOption;
    lines.push('', `Partner support: ${option.option}. ${option.rationale}`);
    option.caveats.forEach((caveat) => lines.push(`  ! ${caveat}`));
    option.links.forEach((link) => lines.push(`  - ${link.title}: ${link.url}`));
  }
  section(
    lines,
    'Resources',
    r.resources.map((link) => `${link.title}: ${link.url}`),
  );
  section(lines, 'Engagements', r.engagements);
  section(
    lines,
    'Why (rules that fired)',
    r.rules.map((rule) => `${rule.id} (${rule.source})`),
  );
  return lines.join('\n');
}

function section(lines: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  lines.push('', `${title}:`);
  items.forEach((item) => lines.push(`  - ${item}`));
}
