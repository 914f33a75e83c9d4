import type { ChannelAccount } from 'botbuilder';
import type { Person } from '../../src/handoffs';

/** A facts form filled in as Teams sends it (every value a string): Contoso, CSA, post-sales. */
export const FILLED_FORM = {
  account: 'Contoso',
  salesStage: 'postsales',
  supportContract: 'true',
  subscriptions: '3',
  regions: '2',
  vmSkus: '14',
  quotaGroupVcpus: '600',
  monthlySpendUsd: '60000',
  gpuOrRestricted: 'false',
  processCoordination: 'true',
  designReview: '',
} as const;

/** People in the conversations of a test, as Teams looks them up (both ids, a name). */
export const JANE: Person = {
  id: '29:jane',
  name: 'Jane Doe',
  aadObjectId: '00000000-0000-0000-0000-00000000a0e1',
};
export const LEE: Person = {
  id: '29:lee',
  name: 'Lee Morgan',
  aadObjectId: '00000000-0000-0000-0000-00000000a0e2',
};
/** someone Teams knows, but in none of the test's conversations */
export const STRANGER: Person = {
  id: '29:stranger',
  name: 'Sam Stranger',
  aadObjectId: '00000000-0000-0000-0000-00000000a0e9',
};

/** A person as an activity names them (a mention, the sender): the Teams id and the name. */
export const account = (person: Person): ChannelAccount => ({
  id: person.id,
  name: person.name,
  ...(person.aadObjectId ? { aadObjectId: person.aadObjectId } : {}),
});
