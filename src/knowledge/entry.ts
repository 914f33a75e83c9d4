import { z } from 'zod';
import { SEED_FILES } from '../rubric/rules/sources';
import { KNOWN_LINK_HOSTS, KNOWN_MAIL_DOMAIN, unknownLinks } from './links';

const SEED_FILE_NAMES: readonly string[] = Object.values(SEED_FILES);
const SOURCE_SEPARATOR = ' › ';

/** Markdown or HTML that must not reach a chat bubble or a terminal. */
const MARKUP = /<\/?[a-z][^>]*>|\*\*|\]\(|^#{1,6}\s|&[a-z]+;|\|/im;

const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .refine((value) => !MARKUP.test(value), `${what} must be plain text (no markdown or HTML)`);

/** Splits "file › heading" into its parts; undefined when it is not shaped that way. */
export function splitSource(source: string): { file: string; heading: string } | undefined {
  const at = source.indexOf(SOURCE_SEPARATOR);
  if (at <= 0) return undefined;
  const file = source.slice(0, at);
  const heading = source.slice(at + SOURCE_SEPARATOR.length).trim();
  return heading.length > 0 ? { file, heading } : undefined;
}

/** One question the knowledge base can answer, with the seed section it comes from. */
export const KnowledgeEntry = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'id must be lower-case words joined by "." or "-"'),
  question: text('question'),
  // Cards turn the addresses in an answer into links: only to places known to be Microsoft's.
  answer: text('answer').superRefine((answer, context) => {
    for (const link of unknownLinks(answer)) {
      context.addIssue({
        code: 'custom',
        message: `answer links to ${link}: links may go only to ${KNOWN_LINK_HOSTS.join(', ')} (https) or an @${KNOWN_MAIL_DOMAIN} address`,
      });
    }
  }),
  source: z.string().refine((source) => {
    const parts = splitSource(source);
    return parts !== undefined && SEED_FILE_NAMES.includes(parts.file);
  }, `source must be "<seed file> › <heading>" with a seed file from SEED_FILES`),
  keywords: z.array(text('keyword')).min(1, 'keywords, when given, must not be empty').optional(),
});
export type KnowledgeEntry = z.infer<typeof KnowledgeEntry>;

export const KnowledgeEntries = z
  .array(KnowledgeEntry)
  .min(1, 'the knowledge base needs at least one entry')
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `id "${entry.id}" is used by more than one entry`,
        });
      }
      seen.add(entry.id);
    });
  });

/** Validates entry data; throws naming every entry and field that is wrong. */
export function parseEntries(data: unknown): KnowledgeEntry[] {
  const parsed = KnowledgeEntries.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const [index, ...field] = issue.path;
    const id = typeof index === 'number' ? describeEntry(data, index) : 'entries';
    return `${id}${field.length > 0 ? `.${field.join('.')}` : ''}: ${issue.message}`;
  });
  throw new Error(`Invalid knowledge entries:\n- ${problems.join('\n- ')}`);
}

function describeEntry(data: unknown, index: number): string {
  const entry: unknown = Array.isArray(data) ? data[index] : undefined;
  if (
    typeof entry === 'object' &&
    entry !== null &&
    'id' in entry &&
    typeof entry.id === 'string'
  ) {
    return `entry ${index} (${entry.id})`;
  }
  return `entry ${index}`;
}
