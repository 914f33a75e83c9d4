import { type ConditionalAnswer, hasOwner, type Recommendation } from '../rubric';
import {
  conditionalAnswerText,
  OWNER_LABELS,
  ruleLine,
  settledByText,
  tierTitle,
  whatIfLine,
} from '../words/rubric';
import { describeCondition } from '../words/facts';
import { listWords } from '../words/numbers';

/** A recommendation as plain text: the CLI's summary and the bot's text fallback. */
export function textSummary(recommendation: Recommendation, account?: string): string {
  const r = recommendation;
  const lines: string[] = [heading(account)];
  // When a partner asked, the support option leads.
  const option = r.supportOption;
  if (option) {
    lines.push(`Partner support: ${option.option}. ${option.rationale}`);
    option.caveats.forEach((caveat) => lines.push(`  ! ${caveat}`));
    option.links.forEach((link) => lines.push(`  - ${link.title}: ${link.url}`));
  }
  if (hasOwner(r)) {
    if (option) lines.push('');
    lines.push(`Owner: ${OWNER_LABELS[r.owner]}. ${r.action}.`);
    lines.push(`${tierTitle(r)}: ${r.tierMeaning.meaning}`);
    lines.push(`Technical complexity: ${r.technicalComplexity ? 'yes' : 'no'}.`);
    lines.push(`Lifecycle: ${r.lifecycle}.`);
    if (r.afterSale) lines.push(`After the sale: ${OWNER_LABELS[r.afterSale.owner]}.`);
    section(
      lines,
      'Blockers',
      r.blockers.map((blocker) => blocker.text),
    );
    section(lines, 'What if', r.whatIf.map(whatIfLine));
    section(
      lines,
      'Roles',
      r.roles.map((role) => `${role.role}: ${role.does} ${role.doesNot}`),
    );
    section(
      lines,
      'Resources',
      r.resources.map((link) => `${link.title}: ${link.url}`),
    );
    section(lines, 'Engagements', r.engagements);
  }
  section(
    lines,
    'Why this answer',
    r.rules.map((rule) => {
      const line = ruleLine(rule);
      return `${line.says} (${line.source})`;
    }),
  );
  return lines.join('\n');
}

/** A conditional answer as plain text: what each case decides, and what would settle it. */
export function conditionalSummary(answer: ConditionalAnswer, account?: string): string {
  const lines: string[] = [heading(account)];
  lines.push(`It depends: ${conditionalAnswerText(answer)}`, settledByText(answer));
  for (const c of answer.cases) {
    const r = c.recommendation;
    const when = listWords(c.when.map(describeCondition), 'and');
    const decided = hasOwner(r)
      ? `${OWNER_LABELS[r.owner]}. ${r.action}. ${r.tierMeaning.meaning}`
      : `partner support through ${r.supportOption.option}. ${r.supportOption.rationale}`;
    lines.push('', `If ${when}: ${decided}`);
  }
  return lines.join('\n');
}

const heading = (account?: string) => (account ? `Handoff Advisor: ${account}` : 'Handoff Advisor');

function section(lines: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  lines.push('', `${title}:`);
  items.forEach((item) => lines.push(`  - ${item}`));
}
