import { z } from 'zod';

/**
 * Every field of a Bot Framework activity the bot reads, checked where it comes in: a client
 * that sends a field of the wrong type gets a 400 naming it, so nothing it sent can reach
 * storage in a shape a later read would refuse. Fields the bot never reads pass through as
 * they are (the adapter and the connector may use them).
 */

// Unpaired surrogates turn into U+FFFD on their way to UTF-8: two ids could become one key.
const WELL_FORMED = /^[^\p{Cs}]*$/u;
// The records that keep ids (places, handoffs, people) hold at most this many characters.
const ID_MAX_LENGTH = 512;
const NAME_MAX_LENGTH = 1_024;

const id = z
  .string({ error: 'must be a non-empty string' })
  .min(1, 'must be a non-empty string')
  .max(ID_MAX_LENGTH, `must be at most ${ID_MAX_LENGTH} characters`)
  .regex(WELL_FORMED, 'must be well-formed Unicode text');
const optionalId = id.optional();
const name = z
  .string({ error: 'must be a string' })
  .max(NAME_MAX_LENGTH, `must be at most ${NAME_MAX_LENGTH} characters`)
  .optional();
const text = z.string({ error: 'must be a string' }).optional();

/** someone (or the bot) as an activity names them */
export const ChannelAccount = z.looseObject({
  id,
  name,
  aadObjectId: optionalId,
  role: z.string().optional(),
});
export type ChannelAccount = z.infer<typeof ChannelAccount>;

const IdAndName = z.looseObject({ id: optionalId, name });

/** the parts of Teams' channelData the bot reads */
export const TeamsChannelData = z.looseObject({
  tenant: z.looseObject({ id: optionalId }).optional(),
  team: IdAndName.optional(),
  channel: IdAndName.optional(),
  meeting: z.looseObject({ id: optionalId }).optional(),
  eventType: z.string().optional(),
});
export type TeamsChannelData = z.infer<typeof TeamsChannelData>;

/** an entity; only @mentions are read, and a mention must say who is mentioned */
const Entity = z
  .looseObject({
    type: z.string(),
    mentioned: ChannelAccount.optional(),
    text: z.string().optional(),
  })
  .refine((entity) => entity.type !== 'mention' || entity.mentioned !== undefined, {
    message: 'is a mention that does not say who is mentioned ("mentioned" is missing)',
  });

export const Activity = z.looseObject({
  type: id,
  id: optionalId,
  channelId: id,
  serviceUrl: id,
  locale: z.string().max(100).optional(),
  from: ChannelAccount,
  recipient: ChannelAccount,
  conversation: z.looseObject({
    id,
    conversationType: z.string().optional(),
    tenantId: optionalId,
    name,
    isGroup: z.boolean().optional(),
  }),
  text,
  /** a card's Action.Submit data, or an invoke's payload: each route checks its own part */
  value: z.unknown().optional(),
  /** an invoke's or event's name */
  name: z.string().max(200).optional(),
  /** installationUpdate: "add", "remove", "add-upgrade", … */
  action: z.string().max(100).optional(),
  replyToId: optionalId,
  membersAdded: z.array(ChannelAccount).optional(),
  membersRemoved: z.array(ChannelAccount).optional(),
  entities: z.array(Entity).optional(),
  channelData: TeamsChannelData.optional(),
  deliveryMode: z.string().optional(),
});
export type Activity = z.infer<typeof Activity>;

/** why an activity was refused: each field that is wrong, by its place in the activity */
export interface ActivityProblem {
  readonly field: string;
  readonly problem: string;
}

/** An activity read and checked, with the tenant it comes from. */
export interface CheckedActivity {
  readonly activity: Activity;
  readonly tenantId: string | undefined;
}

export type ActivityReading =
  | ({ readonly ok: true } & CheckedActivity)
  | { readonly ok: false; readonly problems: readonly ActivityProblem[] };

/**
 * The activity with every field the bot reads checked, and its tenant: the one reading of the
 * tenant every part of the bot uses. Teams sends it twice (channelData.tenant.id and
 * conversation.tenantId); when both are there they must agree, ids compared case-insensitively.
 */
export function readActivity(raw: unknown): ActivityReading {
  const parsed = Activity.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      field: issue.path.length === 0 ? 'the body' : issue.path.join('.'),
      problem: problemText(issue),
    }));
    return { ok: false, problems: uniqueProblems(problems) };
  }
  const activity = parsed.data;
  const fromChannelData = activity.channelData?.tenant?.id?.toLowerCase();
  const fromConversation = activity.conversation.tenantId?.toLowerCase();
  if (fromChannelData && fromConversation && fromChannelData !== fromConversation) {
    return {
      ok: false,
      problems: [
        {
          field: 'conversation.tenantId',
          problem: 'must name the same tenant as channelData.tenant.id',
        },
      ],
    };
  }
  return { ok: true, activity, tenantId: fromChannelData ?? fromConversation };
}

function problemText(issue: z.core.$ZodIssue): string {
  if (issue.path.length === 0) return 'must be a JSON object';
  // zod's own words for a wrong type ("Invalid input: expected …"); the schema's own say more.
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return `must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}`;
  }
  return issue.message;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'a string',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
};

function uniqueProblems(problems: ActivityProblem[]): ActivityProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}\n${problem.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
