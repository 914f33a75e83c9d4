import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { loadConfig } from '../../src/config';
import {
  type CreateStorageCredential,
  defaultStorageCredential,
  storeOptions,
} from '../../src/config/storeOptions';

const MSI_CLIENT_ID = '99999999-8888-7777-6666-555555555555';
const OTHER_IDENTITY = '12121212-3434-5656-7878-909090909090';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const ACCOUNT_URL = 'https://advisorstate.blob.core.windows.net';
const CONNECTION_STRING = 'UseDevelopmentStorage=true';

const storageOf = (env: Record<string, string>) => loadConfig(env, { envFile: false }).storage;

/** a credential factory that records what it was asked for and never signs in */
function recordingCredential() {
  const credential: TokenCredential = { getToken: async () => null };
  const calls: Parameters<CreateStorageCredential>[0][] = [];
  const create: CreateStorageCredential = (options) => {
    calls.push(options);
    return credential;
  };
  return { credential, calls, create };
}

describe('storeOptions: what the storage layer is given', () => {
  it('SQLite: the data directory', () => {
    const recorder = recordingCredential();
    expect(storeOptions(storageOf({ DATA_DIR: '/srv/advisor' }), recorder.create)).toEqual({
      kind: 'sqlite',
      dataDir: '/srv/advisor',
    });
    expect(recorder.calls).toEqual([]);
  });

  it('a connection string: passed as is, and no credential is made', () => {
    const recorder = recordingCredential();
    const options = storeOptions(
      storageOf({
        STORAGE: 'blob',
        BLOB_CONTAINER: 'state',
        BLOB_CONNECTION_STRING: CONNECTION_STRING,
      }),
      recorder.create,
    );
    expect(options).toEqual({
      kind: 'blob',
      container: 'state',
      connectionString: CONNECTION_STRING,
    });
    expect(recorder.calls).toEqual([]);
  });

  it.each([
    [
      "the bot's own user-assigned identity",
      {
        MicrosoftAppId: MSI_CLIENT_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
      },
      { managedIdentityClientId: MSI_CLIENT_ID },
    ],
    [
      "the identity AZURE_CLIENT_ID names, over the bot's own",
      {
        MicrosoftAppId: MSI_CLIENT_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
        AZURE_CLIENT_ID: OTHER_IDENTITY,
      },
      { managedIdentityClientId: OTHER_IDENTITY },
    ],
    ['the system-assigned identity when none is named', {}, {}],
  ])('an account URL: one credential for %s', (_name, env, expected) => {
    const recorder = recordingCredential();
    const options = storeOptions(
      storageOf({
        STORAGE: 'blob',
        BLOB_CONTAINER: 'state',
        BLOB_ACCOUNT_URL: ACCOUNT_URL,
        ...env,
      }),
      recorder.create,
    );
    expect(options).toEqual({
      kind: 'blob',
      container: 'state',
      accountUrl: ACCOUNT_URL,
      credential: recorder.credential,
    });
    expect(recorder.calls).toEqual([expected]);
  });

  it('by default signs in with DefaultAzureCredential, without a network call until a token is needed', () => {
    const options = storeOptions(
      storageOf({ STORAGE: 'blob', BLOB_CONTAINER: 'state', BLOB_ACCOUNT_URL: ACCOUNT_URL }),
    );
    expect(options).toMatchObject({ kind: 'blob', accountUrl: ACCOUNT_URL });
    expect('credential' in options && options.credential).toBeInstanceOf(DefaultAzureCredential);
    expect(defaultStorageCredential({ managedIdentityClientId: MSI_CLIENT_ID })).toBeInstanceOf(
      DefaultAzureCredential,
    );
  });
});
