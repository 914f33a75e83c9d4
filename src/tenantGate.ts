import { type Activity, ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';

/** what someone from a tenant that is not allowed sees; the bot itself never runs */
export const TENANT_REFUSAL =
  'Handoff Advisor is not available to your organisation. Ask your administrator to add your tenant if you need it.';

/** The tenant an activity comes from, as Teams sends it. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const id = channelData?.tenant?.id ?? activity.conversation?.tenantId;
  return typeof id === 'string' ? id.toLowerCase() : undefined;
}

/**
 * With ALLOWED_TENANTS set, activities from any other tenant get a polite refusal and go no
 * further: the bot never runs for them, so no conversation or user state is read or written.
 */
export function tenantGate(allowedTenants: readonly string[] | undefined): Middleware | undefined {
  if (!allowedTenants) return undefined;
  const allowed = new Set(allowedTenants.map((tenant) => tenant.toLowerCase()));
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const tenant = tenantOf(context.activity);
      if (tenant !== undefined && allowed.has(tenant)) return next();
      await refuse(context);
    },
  };
}

async function refuse(context: TurnContext): Promise<void> {
  const { type } = context.activity;
  if (type === ActivityTypes.Invoke) {
    // A card action waits for an invoke response: the refusal is that response.
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: {
        status: 200,
        body: {
          statusCode: 200,
          type: 'application/vnd.microsoft.activity.message',
          value: TENANT_REFUSAL,
        },
      },
    });
    return;
  }
  if (type === ActivityTypes.Message) {
    await context.sendActivity({
      type: ActivityTypes.Message,
      text: TENANT_REFUSAL,
      textFormat: 'plain',
    });
  }
}
