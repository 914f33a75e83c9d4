/**
 * Decisions per second on one core (Node runs this on one thread), for the rubric as the bot
 * uses it (decisions remembered per class of facts) and with every decision computed afresh.
 * The baseline in the same run copies each fact object: the ratios stay comparable on a busy
 * machine where absolute figures do not.
 */
import { CompiledRubric, recommend, RULE_BOOK } from '../src/rubric';
import { sampleFacts } from './sampleFacts';

const facts = sampleFacts(10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const uncached = new CompiledRubric(RULE_BOOK, { rememberDecisions: false });

function measure(name: string, work: (index: number) => unknown): number {
  let sink = 0;
  for (let i = 0; i < 50_000; i++) sink += work(i % facts.length) ? 1 : 0; // warm up the JIT
  let done = 0;
  const started = process.hrtime.bigint();
  const budget = BigInt(Math.round(SECONDS * 1e9));
  while (process.hrtime.bigint() - started < budget) {
    for (let i = 0; i < 10_000; i++) sink += work((done + i) % facts.length) ? 1 : 0;
    done += 10_000;
  }
  const perSecond = done / (Number(process.hrtime.bigint() - started) / 1e9);
  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  console.log(
    `${name.padEnd(44)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} /s`,
  );
  return perSecond;
}

console.log(
  `rubric benchmark: ${facts.length.toLocaleString('en-US')} generated fact sets, ${SECONDS} s each, node ${process.version}`,
);
const baseline = measure('baseline: copy the facts', (i) => ({ ...facts[i]! }));
const computed = measure('recommend, every decision computed', (i) =>
  recommend(facts[i]!, uncached),
);
const remembered = measure('recommend, as the bot runs it', (i) => recommend(facts[i]!));
console.log(`cost ratio, computed/copy:   ${(baseline / computed).toFixed(1)}`);
console.log(`cost ratio, as run/copy:     ${(baseline / remembered).toFixed(1)}`);
console.log(`decisions per second (one core): ${Math.round(remembered)}`);
