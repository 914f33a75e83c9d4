import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import {
  AuthenticationConstants,
  ManagedIdentityAppCredentials,
  MicrosoftAppCredentials,
} from 'botframework-connector';
import { authenticationOptions, type BotAuth, loadConfig } from '../../src/config';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const MSI_CLIENT_ID = '99999999-8888-7777-6666-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const PASSWORD = 'not-a-real-secret';

const authOf = (env: Record<string, string>): BotAuth => loadConfig(env, { envFile: false }).auth;

/** the credentials botbuilder would sign outgoing calls with, for the public cloud */
function credentialsFor(auth: BotAuth) {
  const factory = new ConfigurationServiceClientCredentialFactory(authenticationOptions(auth));
  return factory.createCredentials(
    auth.mode === 'authenticated' ? auth.appId : '',
    AuthenticationConstants.ToChannelFromBotOAuthScope,
    AuthenticationConstants.ToChannelFromBotLoginUrlPrefix,
    true,
  );
}

describe('authenticationOptions: what botbuilder is given for each identity', () => {
  it.each([
    [
      'SingleTenant (the default): the secret and the tenant',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppTenantId: TENANT },
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppTenantId: TENANT,
      },
    ],
    [
      'UserAssignedMSI: the tenant and no secret at all',
      {
        MicrosoftAppId: MSI_CLIENT_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
      },
      {
        MicrosoftAppId: MSI_CLIENT_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
      },
    ],
    [
      'MultiTenant: the secret and no tenant',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'MultiTenant' },
      { MicrosoftAppId: APP_ID, MicrosoftAppType: 'MultiTenant', MicrosoftAppPassword: PASSWORD },
    ],
    ['anonymous: nothing, so no token is asked for', {}, {}],
  ])('%s', (_name, env, expected) => {
    const options = authenticationOptions(authOf(env));
    expect(options).toStrictEqual(expected);
    // botbuilder checks the same rules as the config; it must accept every combination we accept.
    expect(() => new ConfigurationBotFrameworkAuthentication(options)).not.toThrow();
  });

  it('SingleTenant signs in as the app, at its own tenant', async () => {
    const credentials = await credentialsFor(
      authOf({
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppTenantId: TENANT,
      }),
    );
    expect(credentials).toBeInstanceOf(MicrosoftAppCredentials);
    expect((credentials as MicrosoftAppCredentials).appId).toBe(APP_ID);
    expect((credentials as MicrosoftAppCredentials).oAuthEndpoint).toBe(
      `${AuthenticationConstants.ToChannelFromBotLoginUrlPrefix}${TENANT}`,
    );
  });

  it('UserAssignedMSI signs in as the managed identity whose client id is the app id', async () => {
    const credentials = await credentialsFor(
      authOf({
        MicrosoftAppId: MSI_CLIENT_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
      }),
    );
    expect(credentials).toBeInstanceOf(ManagedIdentityAppCredentials);
    expect((credentials as ManagedIdentityAppCredentials).appId).toBe(MSI_CLIENT_ID);
  });

  it('MultiTenant signs in at the Bot Framework tenant', async () => {
    const credentials = await credentialsFor(
      authOf({
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppType: 'MultiTenant',
      }),
    );
    expect(credentials).toBeInstanceOf(MicrosoftAppCredentials);
    expect((credentials as MicrosoftAppCredentials).oAuthEndpoint).toBe(
      AuthenticationConstants.ToChannelFromBotLoginUrl,
    );
  });

  it.each([
    [
      'a secret for UserAssignedMSI',
      {
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppId: MSI_CLIENT_ID,
        MicrosoftAppTenantId: TENANT,
        MicrosoftAppPassword: PASSWORD,
      },
      /must not be set for MSI/,
    ],
    [
      'SingleTenant without its tenant',
      { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD },
      /MicrosoftAppTenantId is required for SingleTenant/,
    ],
  ])(
    'botbuilder itself refuses %s, which the config stops earlier with a clearer message',
    (_name, options, refusal) => {
      expect(() => new ConfigurationServiceClientCredentialFactory(options)).toThrow(refusal);
    },
  );
});
