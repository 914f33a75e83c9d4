/**
 * Prints how well the knowledge base answers the paraphrase set in test/knowledge
 * (`node --import tsx scripts/paraphraseHitRate.ts [--misses]`): the share of paraphrases it
 * leads with the right entry, the share it shows anywhere on the card (the answer or a "see
 * also"), and the share of off-topic questions it declines.
 */
import { ask } from '../src/knowledge';
import { PARAPHRASE_SET } from '../test/knowledge/paraphraseSet';

const CARD_RESULTS = 3;
const { paraphrases, offTopic } = PARAPHRASE_SET;
const misses: string[] = [];
let leads = 0;
let shown = 0;
for (const { ask: question, leads: expected } of paraphrases) {
  const result = ask(question, { limit: CARD_RESULTS });
  const ids = result.answered ? result.results.map(({ entry }) => entry.id) : [];
  if (ids[0] === expected) leads++;
  else misses.push(`${question}\n    expected ${expected}, got ${ids.join(', ') || 'no answer'}`);
  if (ids.includes(expected)) shown++;
}
const answeredOffTopic = offTopic.filter((question) => ask(question).answered);
misses.push(...answeredOffTopic.map((question) => `${question}\n    off-topic, but answered`));

const share = (count: number, of: number) => `${count}/${of} (${((100 * count) / of).toFixed(1)}%)`;
process.stdout.write(
  [
    `leads with the right entry: ${share(leads, paraphrases.length)}`,
    `shows the right entry:      ${share(shown, paraphrases.length)}`,
    `declines off-topic:         ${share(offTopic.length - answeredOffTopic.length, offTopic.length)}`,
    ...(process.argv.includes('--misses') ? ['', ...misses] : []),
  ].join('\n') + '\n',
);
