/**
 * Microseconds per understandAnswer call for typical typed counts and amounts: the long way
 * (understandAnswerFully, the recognizers; what understandAnswer did before the shortcut) against
 * understandAnswer with its shortcut for simple numbers. Both run in the same process, so the
 * ratio holds on a busy machine where absolute figures do not.
 *
 *   node --import tsx bench/understanding.ts
 */
import type { FactPath } from '../src/rubric';
import { understandAnswer, understandAnswerFully } from '../src/understanding/answers';

const ANSWERS: readonly [FactPath, string][] = [
  ['quotaGroupVcpus', '600'],
  ['quotaGroupVcpus', 'about 600 vCPUs'],
  ['quotaGroupVcpus', 'roughly 1,200'],
  ['quotaGroupVcpus', '~600 cores'],
  ['subscriptions', 'just 1 subscription'],
  ['partner.expectedHours', 'about 40 hours'],
  ['monthlySpendUsd', '$40k'],
  ['monthlySpendUsd', '40,000 USD a month'],
];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 0.5);

function microsecondsPerCall(understand: () => unknown): number {
  for (let i = 0; i < 200; i++) understand(); // warm up the JIT and the recognizer models
  let calls = 0;
  const started = process.hrtime.bigint();
  const budget = BigInt(Math.round(SECONDS * 1e9));
  while (process.hrtime.bigint() - started < budget) {
    for (let i = 0; i < 50; i++) understand();
    calls += 50;
  }
  return Number(process.hrtime.bigint() - started) / 1e3 / calls;
}

console.log(`understandAnswer, µs per call (${SECONDS} s each), node ${process.version}`);
console.log(
  `${'fact'.padEnd(22)} ${'answer'.padEnd(22)} ${'before'.padStart(9)} ${'after'.padStart(9)}  ratio`,
);
for (const [fact, text] of ANSWERS) {
  const same =
    JSON.stringify(understandAnswer(fact, text)) ===
    JSON.stringify(understandAnswerFully(fact, text));
  if (!same) throw new Error(`the shortcut changes the answer to ${JSON.stringify(text)}`);
  const before = microsecondsPerCall(() => understandAnswerFully(fact, text));
  const after = microsecondsPerCall(() => understandAnswer(fact, text));
  console.log(
    `${fact.padEnd(22)} ${JSON.stringify(text).padEnd(22)} ${before.toFixed(1).padStart(9)} ${after
      .toFixed(2)
      .padStart(9)}  ${(before / after).toFixed(0)}×`,
  );
}
