/**
 * `{{Name}}` placeholders in a JSON template. Braces are used because Adaptive Card templates
 * use `${...}` and JSON itself never needs a doubled brace inside a string.
 */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export type FillResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly errors: readonly string[] };

/** the placeholder names a template uses, in order of first use */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

// Placeholders sit inside JSON strings, so a value is escaped as a JSON string body:
// a quote or a backslash in a developer name cannot break the manifest.
function asJsonStringBody(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/**
 * replaces every `{{Name}}` in a JSON template by its value.
 * strict: a placeholder without a value, a malformed or stray brace pair, and a value the
 * template never uses are all errors, so the template and the code cannot drift apart.
 */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string>>,
): FillResult {
  const errors: string[] = [];
  const used = placeholderNames(template);

  for (const name of used) {
    if (!PLACEHOLDER_NAME.test(name)) {
      errors.push(`placeholder {{${name}}} is malformed: use {{Name}} with letters, digits and _`);
    } else if (!Object.hasOwn(values, name)) {
      errors.push(`placeholder {{${name}}} has no value`);
    }
  }
  const leftover = template.replace(PLACEHOLDER, '');
  if (leftover.includes('{{') || leftover.includes('}}')) {
    errors.push('the template has an unmatched "{{" or "}}"');
  }
  for (const name of Object.keys(values)) {
    if (!used.includes(name)) errors.push(`value ${name} is never used by the template`);
  }
  if (errors.length > 0) return { ok: false, errors };

  // One pass with a replacer: a value that happens to contain braces is never re-expanded.
  const text = template.replace(PLACEHOLDER, (_match, name: string) =>
    asJsonStringBody(values[name]),
  );
  return { ok: true, text };
}
