/**
 * Decisions per second on one core (Node runs this on one thread): the rubric as the bot uses
 * it (decisions remembered by the classes of their facts, see src/rubric/memo.ts), with every
 * decision made afresh by the interpreter, and for a conversation still going (partial facts,
 * one of them unknown, a conditional answer). The baseline in the same run copies each fact
 * object: on a busy machine the ratios stay comparable where the absolute figures do not.
 */
import { decide, type PartialFacts, recommend, Rubric, RULE_BOOK } from '../src/rubric';
import { sampleFacts } from './sampleFacts';

const TARGET = 1_000_000;
const facts = sampleFacts(10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const afresh = new Rubric(RULE_BOOK, { rememberDecisions: false });

// A conversation that does not know the largest quota group: the answer is conditional on it.
const partial: PartialFacts[] = facts.map(({ quotaGroupVcpus: _unknown, ...rest }) => rest);

function measure(name: string, work: (index: number) => unknown): number {
  let sink = 0;
  // Warm up the JIT, and let the memo see every class of facts once.
  for (let i = 0; i < 5 * facts.length; i++) sink += work(i % facts.length) ? 1 : 0;
  let done = 0;
  const started = process.hrtime.bigint();
  const budget = BigInt(Math.round(SECONDS * 1e9));
  while (process.hrtime.bigint() - started < budget) {
    for (let i = 0; i < 1_000; i++) sink += work((done + i) % facts.length) ? 1 : 0;
    done += 1_000;
  }
  const perSecond = done / (Number(process.hrtime.bigint() - started) / 1e9);
  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  console.log(
    `${name.padEnd(48)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} /s`,
  );
  return perSecond;
}

console.log(
  `rubric benchmark: ${facts.length.toLocaleString('en-US')} generated fact sets, ${SECONDS} s each, node ${process.version}`,
);
const baseline = measure('baseline: copy the facts', (i) => ({ ...facts[i]! }));
const computed = measure('recommend, every decision made afresh', (i) =>
  recommend(facts[i]!, { rubric: afresh }),
);
const conversation = measure('decide, one fact unknown, made afresh', (i) =>
  decide(partial[i]!, { unknown: ['quotaGroupVcpus'], rubric: afresh }),
);
const remembered = measure('recommend, as the bot runs it', (i) => recommend(facts[i]!));
console.log(`cost ratio, afresh/copy:        ${(baseline / computed).toFixed(1)}`);
console.log(`cost ratio, conversation/copy:  ${(baseline / conversation).toFixed(1)}`);
console.log(`cost ratio, as run/copy:        ${(baseline / remembered).toFixed(1)}`);
console.log(
  `decisions per second (one core): ${Math.round(remembered).toLocaleString('en-US')} ` +
    `(target ${TARGET.toLocaleString('en-US')}: ${(remembered / TARGET).toFixed(2)}×)`,
);
