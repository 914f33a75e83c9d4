import type { z } from 'zod';
import { FACT_DOMAINS, type FactPath, Facts, PartialFacts } from './facts';
import { describeAllowed } from './words';

/** One thing wrong with the facts given, as data; `message` is its words. */
export interface FactProblem {
  fact: string;
  problem: 'missing' | 'invalid' | 'unknown';
  message: string;
}

export type ParseResult<T> = { ok: true; facts: T } | { ok: false; problems: FactProblem[] };

const KNOWN_FACTS = Object.keys(FACT_DOMAINS).filter((path) => !path.startsWith('partner.'));
const KNOWN_PARTNER_FACTS = Object.keys(FACT_DOMAINS)
  .filter((path) => path.startsWith('partner.'))
  .map((path) => path.slice('partner.'.length));

/** Complete facts: everything the rubric needs to decide. */
export function parseFacts(input: unknown): ParseResult<Facts> {
  return toResult(Facts.safeParse(input), input);
}

/** Facts gathered so far; what is given must still be valid. */
export function parsePartialFacts(input: unknown): ParseResult<PartialFacts> {
  return toResult(PartialFacts.safeParse(input), input);
}

/** A fact the rules need that was not given, with what it allows. */
export function missingFact(fact: FactPath): FactProblem {
  return {
    fact,
    problem: 'missing',
    message: `${fact}: is required: ${describeAllowed(FACT_DOMAINS[fact])}`,
  };
}

/** The problems as lines a person can act on. */
export function describeProblems(problems: FactProblem[]): string {
  return problems.map((problem) => problem.message).join('\n');
}

function toResult<T>(result: z.ZodSafeParseResult<T>, input: unknown): ParseResult<T> {
  if (result.success) return { ok: true, facts: result.data };
  const problems = result.error.issues.flatMap((issue) => describeIssue(issue, input));
  return { ok: false, problems: dedupe(problems) };
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): FactProblem[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const inPartner = path[0] === 'partner';
    const known = inPartner ? KNOWN_PARTNER_FACTS : KNOWN_FACTS;
    return issue.keys.map((key) => {
      const fact = inPartner ? `partner.${key}` : key;
      return {
        fact,
        problem: 'unknown' as const,
        message: `${fact}: is not a known fact; known ${inPartner ? 'partner facts' : 'facts'}: ${known.join(', ')}`,
      };
    });
  }
  if (path.length === 0) {
    return [
      {
        fact: '(facts)',
        problem: 'invalid',
        message: 'the facts must be a JSON object, e.g. {"salesStage": "presales", ...}',
      },
    ];
  }
  if (path.length === 1 && path[0] === 'partner') {
    return [
      {
        fact: 'partner',
        problem: 'invalid',
        message: 'partner: must be an object of partner facts, e.g. {"need": "break-fix", ...}',
      },
    ];
  }
  // Set members ("designReview.1") are reported against the set itself.
  const factPath = (path[0] === 'partner' ? `partner.${path[1]}` : path[0]) as FactPath;
  const domain = FACT_DOMAINS[factPath];
  const received = readPath(input, path);
  if (received === undefined) return [missingFact(factPath)];
  const detail = issue.code === 'custom' ? `; ${issue.message}` : '';
  return [
    {
      fact: factPath,
      problem: 'invalid',
      message: `${factPath}: must be ${describeAllowed(domain)} (got ${preview(readPath(input, path.slice(0, factPath.startsWith('partner.') ? 2 : 1)))})${detail}`,
    },
  ];
}

function readPath(input: unknown, path: string[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function dedupe(problems: FactProblem[]): FactProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    if (seen.has(problem.message)) return false;
    seen.add(problem.message);
    return true;
  });
}
