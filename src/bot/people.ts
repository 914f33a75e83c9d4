import type { Activity } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Person } from '../handoffs';

/** Who sent the activity, as handoff records keep people; undefined if Teams named nobody. */
export function personFrom(activity: Partial<Activity>): Person | undefined {
  const from = activity.from;
  const parsed = Person.safeParse({
    id: from?.id,
    // Names are only shown; one too long for the record is cut rather than refused.
    name: (from?.name ?? '').slice(0, 256),
    ...(from?.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
  });
  return parsed.success ? parsed.data : undefined;
}

const TenantData = z.looseObject({ tenant: z.looseObject({ id: z.string().min(1) }) });

/** The Teams tenant the activity comes from, if it says. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  if (activity.conversation?.tenantId) return activity.conversation.tenantId;
  const data = TenantData.safeParse(activity.channelData);
  return data.success ? data.data.tenant.id : undefined;
}

/**
 * The id that makes a request idempotent: the activity's id, which Teams keeps when it
 * delivers the same activity again. An activity without one cannot be recognised again.
 */
export function requestIdOf(activity: Partial<Activity>): string {
  return activity.id || randomUUID();
}
