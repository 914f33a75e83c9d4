/**
 * The markdown step a host applies to TextBlock and FactSet text, kept to the two forms the
 * cards use: **bold** and [title](https://…). The text is escaped first, so whatever it holds
 * (user text included) stays text; only those two forms, read from the escaped text, become
 * tags, and only http(s) links do.
 *
 * It runs inside the preview page (its source is injected there), so it must stay one
 * self-contained function: no imports, no module-level names.
 */
export function formatMarkdown(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  return escaped
    .replace(
      /\[([^\]\n]+)\]\((https?:\/\/[^\s()]+)\)/g,
      '<a href="$2" target="_blank" rel="noopener noreferrer">$1</a>',
    )
    .replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\n/g, '<br>');
}
