import { z } from 'zod';
import { FACT_PATHS, type FactPath, PartialFacts } from '../../rubric';
import type { QualifyingState } from './qualifyingDialog';

const StoredFactPath = z.enum(FACT_PATHS as [FactPath, ...FactPath[]]);

/** The dialog's state as stored: checked on the way back in, since storage outlives versions. */
const StoredQualifyingState = z.object({
  facts: PartialFacts,
  partner: z.boolean(),
  declined: z.array(StoredFactPath),
  answered: z.array(StoredFactPath),
  asking: StoredFactPath.optional(),
});

/**
 * Earlier versions ran the questions as a waterfall of prompts inside the dialog: the facts sat
 * in the loop's options and the open question in the prompt's. Read so that conversations under
 * way when the bot was upgraded carry on at the same question.
 */
const WaterfallQualifyingState = z.object({
  dialogs: z.object({
    dialogStack: z.tuple(
      [z.object({ state: z.object({ options: z.unknown() }) })],
      z.object({ state: z.object({ options: z.object({ validations: z.unknown() }) }) }),
    ),
  }),
});

/** the dialog's stored state, or undefined when what is stored cannot be used */
export function readQualifyingState(stored: unknown): QualifyingState | undefined {
  const current = StoredQualifyingState.safeParse(stored);
  if (current.success) return withoutUndefined(current.data);
  const earlier = WaterfallQualifyingState.safeParse(stored);
  if (!earlier.success) return undefined;
  const [loop, prompt] = earlier.data.dialogs.dialogStack;
  const asking = StoredFactPath.safeParse(
    (prompt?.state.options.validations as { fact?: unknown } | undefined)?.fact,
  );
  const state = StoredQualifyingState.safeParse({
    ...(loop.state.options as object),
    ...(asking.success ? { asking: asking.data } : {}),
  });
  return state.success ? withoutUndefined(state.data) : undefined;
}

// exactOptionalPropertyTypes: an absent question stays absent rather than `asking: undefined`.
function withoutUndefined(state: z.infer<typeof StoredQualifyingState>): QualifyingState {
  const { asking, ...rest } = state;
  return asking === undefined ? rest : { ...rest, asking };
}
