import type { AppType, ConfigIssue, Env } from './variables';

/** new bot registrations are single-tenant or managed identities since July 2025 */
export const DEFAULT_APP_TYPE: AppType = 'SingleTenant';

/** how the bot proves itself to the Bot Connector, and checks the connector's tokens */
export type BotAuth =
  | { readonly mode: 'anonymous' }
  | {
      readonly mode: 'authenticated';
      readonly appType: 'SingleTenant';
      readonly appId: string;
      readonly appPassword: string;
      readonly tenantId: string;
    }
  | {
      /** the app id is the user-assigned identity's client id; there is no secret */
      readonly mode: 'authenticated';
      readonly appType: 'UserAssignedMSI';
      readonly appId: string;
      readonly tenantId: string;
    }
  | {
      /** kept for registrations made before multi-tenant ones ended */
      readonly mode: 'authenticated';
      readonly appType: 'MultiTenant';
      readonly appId: string;
      readonly appPassword: string;
    };

type Variable = 'MicrosoftAppPassword' | 'MicrosoftAppTenantId';

const NEEDS: Readonly<Record<AppType, Readonly<Record<Variable, 'required' | 'forbidden'>>>> = {
  SingleTenant: { MicrosoftAppPassword: 'required', MicrosoftAppTenantId: 'required' },
  UserAssignedMSI: { MicrosoftAppPassword: 'forbidden', MicrosoftAppTenantId: 'required' },
  MultiTenant: { MicrosoftAppPassword: 'required', MicrosoftAppTenantId: 'forbidden' },
};

const WHAT: Readonly<Record<AppType, Readonly<Record<Variable, string>>>> = {
  SingleTenant: {
    MicrosoftAppPassword: "the client secret of the bot's app registration",
    MicrosoftAppTenantId:
      "the directory (tenant) id of the bot's app registration (or set MicrosoftAppType=UserAssignedMSI to sign in with a managed identity)",
  },
  UserAssignedMSI: {
    MicrosoftAppPassword: 'the managed identity signs in, and MicrosoftAppId is its client id',
    MicrosoftAppTenantId: 'the directory (tenant) id of the managed identity',
  },
  MultiTenant: {
    MicrosoftAppPassword: "the client secret of the bot's app registration",
    MicrosoftAppTenantId:
      'a multi-tenant registration signs in without one (or set MicrosoftAppType=SingleTenant)',
  },
};

/** the bot's identity from MicrosoftApp*; every missing or stray variable becomes an issue */
export function botAuth(env: Env, issues: ConfigIssue[]): BotAuth {
  const { MicrosoftAppId: appId } = env;
  const given: Readonly<Record<Variable, string | undefined>> = {
    MicrosoftAppPassword: env.MicrosoftAppPassword,
    MicrosoftAppTenantId: env.MicrosoftAppTenantId,
  };

  if (appId === undefined) {
    // Without an app id the bot runs in local anonymous mode: a credential set alone is a mistake.
    const stray = [
      given.MicrosoftAppPassword !== undefined && 'MicrosoftAppPassword',
      given.MicrosoftAppTenantId !== undefined && 'MicrosoftAppTenantId',
      env.MicrosoftAppType !== undefined && 'MicrosoftAppType',
    ].filter((variable) => variable !== false);
    for (const variable of stray) {
      issues.push({
        variable,
        message:
          'is set but MicrosoftAppId is not: set MicrosoftAppId too, or unset it for local anonymous mode',
      });
    }
    return { mode: 'anonymous' };
  }

  const appType = env.MicrosoftAppType ?? DEFAULT_APP_TYPE;
  const typeSetting =
    env.MicrosoftAppType === undefined
      ? `MicrosoftAppType=${appType} (the default)`
      : `MicrosoftAppType=${appType}`;
  for (const variable of ['MicrosoftAppPassword', 'MicrosoftAppTenantId'] as const) {
    const need = NEEDS[appType][variable];
    if (need === 'required' && given[variable] === undefined) {
      issues.push({
        variable,
        message: `is required with ${typeSetting}: ${WHAT[appType][variable]}`,
      });
    } else if (need === 'forbidden' && given[variable] !== undefined) {
      issues.push({
        variable,
        message: `must not be set with ${typeSetting}: ${WHAT[appType][variable]}`,
      });
    }
  }

  // With an issue the config is never built; the values below only need to be well typed.
  const password = given.MicrosoftAppPassword ?? '';
  const tenantId = given.MicrosoftAppTenantId ?? '';
  switch (appType) {
    case 'SingleTenant':
      return { mode: 'authenticated', appType, appId, appPassword: password, tenantId };
    case 'UserAssignedMSI':
      return { mode: 'authenticated', appType, appId, tenantId };
    case 'MultiTenant':
      return { mode: 'authenticated', appType, appId, appPassword: password };
  }
}

/** the settings botbuilder's ConfigurationBotFrameworkAuthentication reads */
export type BotFrameworkAuthenticationSettings = Readonly<
  Partial<
    Record<
      'MicrosoftAppId' | 'MicrosoftAppType' | 'MicrosoftAppPassword' | 'MicrosoftAppTenantId',
      string
    >
  >
>;

/**
 * the settings for ConfigurationBotFrameworkAuthentication: none at all means anonymous mode.
 * Each type gets exactly what botbuilder asks of it (it asserts the same rules): a secret and a
 * tenant for SingleTenant; a tenant and no secret for UserAssignedMSI, which then signs in as the
 * managed identity whose client id is the app id; a secret alone for MultiTenant.
 */
export function authenticationOptions(auth: BotAuth): BotFrameworkAuthenticationSettings {
  if (auth.mode === 'anonymous') return {};
  switch (auth.appType) {
    case 'SingleTenant':
      return {
        MicrosoftAppId: auth.appId,
        MicrosoftAppType: auth.appType,
        MicrosoftAppPassword: auth.appPassword,
        MicrosoftAppTenantId: auth.tenantId,
      };
    case 'UserAssignedMSI':
      return {
        MicrosoftAppId: auth.appId,
        MicrosoftAppType: auth.appType,
        MicrosoftAppTenantId: auth.tenantId,
      };
    case 'MultiTenant':
      return {
        MicrosoftAppId: auth.appId,
        MicrosoftAppType: auth.appType,
        MicrosoftAppPassword: auth.appPassword,
      };
  }
}
