import type { FactPath } from '../rubric';

/**
 * The facts form's inputs, in the order the form shows them: each input's id and the fact it
 * answers. Ids carry no dots so that templates can name them (`${fields.partnerNeed}`).
 */
export const FORM_FIELDS = [
  { id: 'account', fact: 'account' },
  { id: 'salesStage', fact: 'salesStage' },
  { id: 'supportContract', fact: 'supportContract' },
  { id: 'subscriptions', fact: 'subscriptions' },
  { id: 'regions', fact: 'regions' },
  { id: 'vmSkus', fact: 'vmSkus' },
  { id: 'quotaGroupVcpus', fact: 'quotaGroupVcpus' },
  { id: 'monthlySpendUsd', fact: 'monthlySpendUsd' },
  { id: 'gpuOrRestricted', fact: 'gpuOrRestricted' },
  { id: 'processCoordination', fact: 'processCoordination' },
  { id: 'designReview', fact: 'designReview' },
  { id: 'phase', fact: 'phase' },
  { id: 'maturity', fact: 'maturity' },
  { id: 'partnerRequester', fact: 'partner.requester' },
  { id: 'partnerNeed', fact: 'partner.need' },
  { id: 'partnerPlan', fact: 'partner.plan' },
  { id: 'partnerCustomerOpportunity', fact: 'partner.customerOpportunity' },
  { id: 'partnerExpectedHours', fact: 'partner.expectedHours' },
  { id: 'partnerCenterAccess', fact: 'partner.partnerCenterAccess' },
  { id: 'partnerCustomerOnEA', fact: 'partner.customerOnEA' },
] as const satisfies readonly { id: string; fact: FactPath }[];

export type FormField = (typeof FORM_FIELDS)[number];
export type FormFieldId = FormField['id'];

/** The switch that says a partner is asking: the partner inputs count only when it is on. */
export const PARTNER_SWITCH_ID = 'partnerAsking';

export const PARTNER_PREFIX = 'partner.';

export function isPartnerFact(fact: string): boolean {
  return fact === 'partner' || fact.startsWith(PARTNER_PREFIX);
}
