import type { FactDomain, FactPath } from './facts';
import { FACT_DOMAINS } from './facts';
import type { Owner } from './types';

/** Every phrase the rubric itself produces, kept in one place. */

const UNITS: Partial<Record<FactPath, { one: string; many: string }>> = {
  subscriptions: { one: 'subscription', many: 'subscriptions' },
  regions: { one: 'region', many: 'regions' },
  vmSkus: { one: 'VM SKU', many: 'VM SKUs' },
  quotaGroupVcpus: {
    one: 'vCPU in the largest quota group',
    many: 'vCPUs in the largest quota group',
  },
  'partner.expectedHours': { one: 'hour', many: 'hours' },
};

const BOOLEAN_PHRASES: Partial<Record<FactPath, { yes: string; no: string }>> = {
  supportContract: { yes: 'with a support contract', no: 'without a support contract' },
  gpuOrRestricted: { yes: 'GPU or restricted SKUs', no: 'no GPU or restricted SKUs' },
  processCoordination: { yes: 'process coordination needed', no: 'no process coordination needed' },
};

export const OWNER_LABELS: Record<Owner, string> = {
  SE: 'Solution Engineer (SE)',
  CSAM: 'Customer Success Account Manager (CSAM)',
  CSA: 'Customer Success Architect (CSA)',
  'self-serve': 'Self-serve (the customer uses the azcapman docs)',
};

export const DESIGN_REVIEW_LABELS: Record<string, string> = {
  forecast: 'forecast validation',
  architecture: 'architecture change',
  quotaStrategy: 'complex quota strategy',
};

export const ENUM_LABELS: Record<string, string> = {
  presales: 'pre-sales',
  postsales: 'post-sales',
  'access-quota': 'access & quota',
  'govern-ship': 'govern & ship',
};

/** 60000 → "60,000"; 1234.5 → "1,234.5" (at most two decimals). Intl is slow on the hot path. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function formatUsd(value: number): string {
  return `$${formatNumber(value)}`;
}

function quantity(fact: FactPath, value: number): string {
  if (fact === 'monthlySpendUsd') return `${formatUsd(value)} a month`;
  const unit = UNITS[fact];
  if (!unit) return formatNumber(value);
  return `${formatNumber(value)} ${value === 1 ? unit.one : unit.many}`;
}

/** The change a what-if proposes, as a phrase: "9 VM SKUs or fewer", "with a support contract". */
export function describeChange(fact: FactPath, from: unknown, to: unknown): string {
  if (typeof to === 'number' && typeof from === 'number') {
    const domain = FACT_DOMAINS[fact];
    const atMinimum = 'min' in domain && to === domain.min;
    if (to < from)
      return atMinimum
        ? `only ${quantity(fact, to)}`
        : `${quantity(fact, to)} or ${fact === 'monthlySpendUsd' ? 'less' : 'fewer'}`;
    return `${quantity(fact, to)} or more`;
  }
  if (typeof to === 'boolean') {
    const phrases = BOOLEAN_PHRASES[fact];
    if (phrases) return to ? phrases.yes : phrases.no;
    return `${fact}: ${to ? 'yes' : 'no'}`;
  }
  if (Array.isArray(to)) {
    if (to.length === 0) return 'no design review';
    const added = to.filter((item) => !(from as unknown[]).includes(item));
    return `a ${added.map((item) => DESIGN_REVIEW_LABELS[String(item)] ?? String(item)).join(' and ')} design review`;
  }
  return ENUM_LABELS[String(to)] ?? String(to);
}

/** The values a fact allows, as a phrase for error messages. */
export function describeAllowed(domain: FactDomain): string {
  switch (domain.kind) {
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${domain.values.map((value) => `"${value}"`).join(', ')}`;
    case 'set':
      return `a list of ${domain.values.map((value) => `"${value}"`).join(', ')} (each at most once; [] for none)`;
    case 'integer':
      return `a whole number, ${domain.min} or more`;
    case 'number':
      return `a number, ${domain.min} or more`;
    case 'text':
      return `text of at most ${domain.maxLength} characters`;
  }
}
