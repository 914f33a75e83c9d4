import { z } from 'zod';
import data from './paraphrases.json';

/**
 * The paraphrase set: questions as busy people type them (abbreviations, typos, negations),
 * each naming the entry the answer must lead with, and questions that are off-topic.
 */
export const ParaphraseSet = z.strictObject({
  paraphrases: z
    .array(
      z.strictObject({
        ask: z.string().trim().min(1),
        leads: z.string().min(1),
      }),
    )
    .min(1),
  offTopic: z.array(z.string().trim().min(1)).min(1),
});
export type ParaphraseSet = z.infer<typeof ParaphraseSet>;

export const PARAPHRASE_SET: ParaphraseSet = ParaphraseSet.parse(data);
