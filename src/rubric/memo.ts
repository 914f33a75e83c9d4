import type { FactClasses } from './factClasses';
import { type FactPath, type PartialFacts, readFact } from './facts';
import { SCOPES } from './types';

/** What a decision was asked with, beyond the facts. */
interface Asked {
  scope?: string;
  partner?: boolean;
  declined?: Iterable<FactPath>;
  unknown?: Iterable<FactPath>;
}

/** The most decisions kept; the memo is cleared whole when full (the classes seen are few). */
const REMEMBERED = 10_000;
/** A key's last digits: whether partner facts were given, the scope asked, partner asked. */
const SCOPE_DIGITS = SCOPES.length + 1;
const FLAGS = 2 * SCOPE_DIGITS * 2;

/**
 * Decisions already made, by the classes of the facts they were made from (see
 * factClasses.ts): every rule compares a fact with a constant, so facts whose values fall in
 * the same classes get the same decision. Only decisions asked with the defaults (every fact
 * not given counts as not given, none unknown) are kept. A differential property test checks
 * that a remembered decision equals one made afresh.
 */
export class DecisionMemo<Decision extends object> {
  private readonly decisions = new Map<number | string, Decision>();
  private readonly radices: number[];
  private readonly numericKeys: boolean;
  /** where each fact is read: its key, at the top or among the partner facts */
  private readonly keys: { key: string; partner: boolean }[];

  constructor(private readonly facts: readonly FactClasses[]) {
    // One digit per fact: 0 absent, 1 + the class of an exact value.
    this.radices = facts.map((classes) => bitCount(classes.all) + 1);
    this.keys = facts.map(({ fact }) =>
      fact.startsWith('partner.')
        ? { key: fact.slice('partner.'.length), partner: true }
        : { key: fact, partner: false },
    );
    const combinations = this.radices.reduce((product, radix) => product * radix, FLAGS);
    this.numericKeys = Number.isSafeInteger(combinations);
  }

  /** The decision for these facts: remembered, or made now and remembered. */
  decide(given: PartialFacts, asked: Asked, decide: () => Decision): Decision {
    const key = this.keyOf(given, asked);
    if (key === undefined) return decide();
    let decision = this.decisions.get(key);
    if (!decision) {
      decision = deepFreeze(decide());
      if (this.decisions.size >= REMEMBERED) this.decisions.clear();
      this.decisions.set(key, decision);
    }
    return decision;
  }

  private keyOf(given: PartialFacts, asked: Asked): number | string | undefined {
    if (asked.declined !== undefined || (asked.unknown !== undefined && !isEmpty(asked.unknown))) {
      return undefined;
    }
    const scope = asked.scope === undefined ? 0 : 1 + SCOPES.indexOf(asked.scope as never);
    const flags =
      (given.partner === undefined ? 0 : 1) + 2 * (scope + (asked.partner ? SCOPE_DIGITS : 0));
    if (given.ranges !== undefined || !this.numericKeys) return this.textKey(given, flags);
    const top = given as Record<string, unknown>;
    const partner = given.partner as Record<string, unknown> | undefined;
    let key = 0;
    for (let i = 0; i < this.facts.length; i++) {
      const { key: name, partner: inPartner } = this.keys[i]!;
      const value = inPartner ? partner?.[name] : top[name];
      key = key * this.radices[i]! + (value === undefined ? 0 : 1 + this.facts[i]!.classOf(value));
    }
    return key * FLAGS + flags;
  }

  /** With ranges (rare): each fact as its class, or as the classes its range leaves. */
  private textKey(given: PartialFacts, flags: number): string {
    let key = `${flags}`;
    for (const classes of this.facts) {
      const value = readFact(given, classes.fact);
      const range = given.ranges?.[classes.fact as never];
      key +=
        value !== undefined
          ? `,${classes.classOf(value)}`
          : range
            ? `,r${classes.rangeMask(range)}`
            : ',';
    }
    return key;
  }
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask >>> 0; m !== 0; m >>>= 1) count += m & 1;
  return count;
}

function isEmpty(values: Iterable<unknown>): boolean {
  for (const _ of values) return false;
  return true;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
