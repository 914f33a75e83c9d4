import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError, describeConfig, Env, loadConfig, loadConfigOrExit } from '../../src/config';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE';
const PASSWORD = 'pa55word-that-must-stay-secret';
const CONNECTION_STRING =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=c2VjcmV0LWtleQ==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1';

const load = (env: Record<string, string>) => loadConfig(env, { envFile: false });

function configError(env: Record<string, string>): ConfigError {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

const MSI_CLIENT_ID = '99999999-8888-7777-6666-555555555555';
const ACCOUNT_URL = 'https://advisorstate.blob.core.windows.net';
const AI_CONNECTION_STRING =
  'InstrumentationKey=12345678-1234-1234-1234-123456789abc;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/';

describe('loadConfig: accepted environments', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(load({})).toEqual({
      port: 3978,
      auth: { mode: 'anonymous' },
      storage: { kind: 'sqlite', dataDir: './data' },
      telemetry: { kind: 'off' },
      logLevel: 'info',
      maxBodyBytes: 262144,
    });
  });

  it.each([
    ['1', 1],
    ['65535', 65535],
    [' 8080 ', 8080],
  ])('accepts PORT=%j', (port, expected) => {
    expect(load({ PORT: port }).port).toBe(expected);
  });

  it('treats empty values as unset, as templates leave them', () => {
    expect(
      load({
        MicrosoftAppId: '',
        MicrosoftAppPassword: ' ',
        MicrosoftAppType: '',
        PORT: '',
        STORAGE: '',
        BLOB_ACCOUNT_URL: '',
        APPLICATIONINSIGHTS_CONNECTION_STRING: ' ',
      }),
    ).toEqual(load({}));
  });

  it.each([
    [
      'SingleTenant, the default',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppTenantId: TENANT },
      {
        mode: 'authenticated',
        appType: 'SingleTenant',
        appId: APP_ID,
        appPassword: PASSWORD,
        tenantId: TENANT.toLowerCase(),
      },
    ],
    [
      'SingleTenant, spelt in any case',
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppType: 'singletenant',
        MicrosoftAppTenantId: TENANT,
      },
      {
        mode: 'authenticated',
        appType: 'SingleTenant',
        appId: APP_ID,
        appPassword: PASSWORD,
        tenantId: TENANT.toLowerCase(),
      },
    ],
    [
      'UserAssignedMSI: the identity signs in, no secret',
      {
        MicrosoftAppId: MSI_CLIENT_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
      },
      {
        mode: 'authenticated',
        appType: 'UserAssignedMSI',
        appId: MSI_CLIENT_ID,
        tenantId: TENANT.toLowerCase(),
      },
    ],
    [
      'MultiTenant, for a registration made before they ended',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'MultiTenant' },
      { mode: 'authenticated', appType: 'MultiTenant', appId: APP_ID, appPassword: PASSWORD },
    ],
  ])('accepts %s', (_name, env, auth) => {
    expect(load(env).auth).toEqual(auth);
  });

  it('reads app and tenant ids in lower case, as Entra writes them into tokens', () => {
    const auth = load({
      MicrosoftAppId: APP_ID.toUpperCase(),
      MicrosoftAppPassword: PASSWORD,
      MicrosoftAppTenantId: TENANT,
    }).auth;
    expect(auth).toMatchObject({ appId: APP_ID, tenantId: TENANT.toLowerCase() });
  });

  it.each([
    [
      'a connection string',
      { BLOB_CONNECTION_STRING: CONNECTION_STRING },
      { connectionString: CONNECTION_STRING },
    ],
    [
      'an account URL and the system-assigned identity',
      { BLOB_ACCOUNT_URL: ACCOUNT_URL },
      { accountUrl: ACCOUNT_URL },
    ],
    [
      'an account URL and the user-assigned identity named by AZURE_CLIENT_ID',
      { BLOB_ACCOUNT_URL: `${ACCOUNT_URL}/`, AZURE_CLIENT_ID: MSI_CLIENT_ID },
      { accountUrl: ACCOUNT_URL, managedIdentityClientId: MSI_CLIENT_ID },
    ],
    [
      "an account URL and, by default, the bot's own user-assigned identity",
      {
        BLOB_ACCOUNT_URL: ACCOUNT_URL,
        MicrosoftAppId: MSI_CLIENT_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
      },
      { accountUrl: ACCOUNT_URL, managedIdentityClientId: MSI_CLIENT_ID },
    ],
    [
      'Azurite on this machine, whose URL names the account',
      { BLOB_ACCOUNT_URL: 'http://127.0.0.1:10000/devstoreaccount1' },
      { accountUrl: 'http://127.0.0.1:10000/devstoreaccount1' },
    ],
  ])('accepts blob storage with %s', (_name, env, expected) => {
    const config = load({ STORAGE: 'Blob', BLOB_CONTAINER: 'bot-state', ...env });
    expect(config.storage).toEqual({ kind: 'blob', container: 'bot-state', ...expected });
  });

  it('turns Azure Monitor telemetry on only with a connection string', () => {
    expect(load({}).telemetry).toEqual({ kind: 'off' });
    expect(load({ APPLICATIONINSIGHTS_CONNECTION_STRING: AI_CONNECTION_STRING }).telemetry).toEqual(
      { kind: 'azureMonitor', connectionString: AI_CONNECTION_STRING },
    );
  });

  it('reads LOG_LEVEL, MAX_BODY_BYTES, DATA_DIR and ALLOWED_TENANTS', () => {
    const config = load({
      LOG_LEVEL: 'DEBUG',
      MAX_BODY_BYTES: '1024',
      DATA_DIR: '/var/lib/advisor',
      ALLOWED_TENANTS: ` ${TENANT}, ${TENANT.toLowerCase()},${APP_ID} `,
    });
    expect(config.logLevel).toBe('debug');
    expect(config.maxBodyBytes).toBe(1024);
    expect(config.storage).toEqual({ kind: 'sqlite', dataDir: '/var/lib/advisor' });
    expect(config.allowedTenants).toEqual([TENANT.toLowerCase(), APP_ID]);
  });

  it('returns a deeply frozen config', () => {
    const config = load({ ALLOWED_TENANTS: TENANT });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.auth)).toBe(true);
    expect(Object.isFrozen(config.storage)).toBe(true);
    expect(Object.isFrozen(config.telemetry)).toBe(true);
    expect(Object.isFrozen(config.allowedTenants)).toBe(true);
  });
});

describe('loadConfig: every identity combination that cannot work names what is missing', () => {
  it.each([
    [
      'an app id alone',
      { MicrosoftAppId: APP_ID },
      [
        ['MicrosoftAppPassword', 'is required with MicrosoftAppType=SingleTenant (the default)'],
        ['MicrosoftAppTenantId', 'is required with MicrosoftAppType=SingleTenant (the default)'],
      ],
    ],
    [
      'SingleTenant without a tenant',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD },
      [['MicrosoftAppTenantId', "the directory (tenant) id of the bot's app registration"]],
    ],
    [
      'SingleTenant without a secret',
      { MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT, MicrosoftAppType: 'SingleTenant' },
      [
        [
          'MicrosoftAppPassword',
          'is required with MicrosoftAppType=SingleTenant: the client secret',
        ],
      ],
    ],
    [
      'UserAssignedMSI without a tenant',
      { MicrosoftAppId: MSI_CLIENT_ID, MicrosoftAppType: 'UserAssignedMSI' },
      [['MicrosoftAppTenantId', 'is required with MicrosoftAppType=UserAssignedMSI']],
    ],
    [
      'UserAssignedMSI with a secret',
      {
        MicrosoftAppId: MSI_CLIENT_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
        MicrosoftAppPassword: PASSWORD,
      },
      [
        [
          'MicrosoftAppPassword',
          'must not be set with MicrosoftAppType=UserAssignedMSI: the managed identity signs in, and MicrosoftAppId is its client id',
        ],
      ],
    ],
    [
      'MultiTenant without a secret',
      { MicrosoftAppId: APP_ID, MicrosoftAppType: 'MultiTenant' },
      [['MicrosoftAppPassword', 'is required with MicrosoftAppType=MultiTenant']],
    ],
    [
      'MultiTenant with a tenant',
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppType: 'MultiTenant',
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppTenantId: TENANT,
      },
      [['MicrosoftAppTenantId', 'must not be set with MicrosoftAppType=MultiTenant']],
    ],
    [
      'a secret without an app id',
      { MicrosoftAppPassword: PASSWORD },
      [['MicrosoftAppPassword', 'is set but MicrosoftAppId is not']],
    ],
    [
      'a tenant without an app id',
      { MicrosoftAppTenantId: TENANT },
      [['MicrosoftAppTenantId', 'is set but MicrosoftAppId is not']],
    ],
    [
      'an app type without an app id',
      { MicrosoftAppType: 'SingleTenant' },
      [['MicrosoftAppType', 'is set but MicrosoftAppId is not']],
    ],
    [
      'an app id that is not a GUID',
      { MicrosoftAppId: 'handoff-advisor', MicrosoftAppPassword: PASSWORD },
      [['MicrosoftAppId', "must be the bot's app (client) id, a GUID"]],
    ],
    [
      'a tenant given as a domain name',
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppTenantId: 'contoso.onmicrosoft.com',
      },
      [['MicrosoftAppTenantId', 'must be the directory (tenant) id, a GUID']],
    ],
    [
      'an unknown app type',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'Federated' },
      [
        [
          'MicrosoftAppType',
          'must be one of SingleTenant, UserAssignedMSI, MultiTenant (got "Federated")',
        ],
      ],
    ],
  ])('%s', (_name, env, expected) => {
    const error = configError(env);
    expect(error.issues.map((issue) => issue.variable)).toEqual(expected.map(([v]) => v));
    expected.forEach(([variable, fragment], index) => {
      expect(error.issues[index]?.message).toContain(fragment);
      expect(error.message).toContain(`${variable} ${error.issues[index]?.message}`);
    });
  });
});

describe('loadConfig: storage that cannot work names the variables', () => {
  it.each([
    [
      'blob without a container or a way to sign in',
      { STORAGE: 'blob' },
      [
        ['BLOB_CONTAINER', 'is required when STORAGE=blob'],
        [
          'BLOB_ACCOUNT_URL or BLOB_CONNECTION_STRING',
          'is required when STORAGE=blob: BLOB_ACCOUNT_URL (https://<account>.blob.core.windows.net) to sign in with a managed identity, or BLOB_CONNECTION_STRING',
        ],
      ],
    ],
    [
      'blob with both ways to sign in',
      {
        STORAGE: 'blob',
        BLOB_CONTAINER: 'state',
        BLOB_CONNECTION_STRING: CONNECTION_STRING,
        BLOB_ACCOUNT_URL: ACCOUNT_URL,
      },
      [
        [
          'BLOB_ACCOUNT_URL and BLOB_CONNECTION_STRING',
          'are both set: with STORAGE=blob set exactly one',
        ],
      ],
    ],
    [
      'blob without a container',
      { STORAGE: 'blob', BLOB_ACCOUNT_URL: ACCOUNT_URL },
      [['BLOB_CONTAINER', 'is required when STORAGE=blob']],
    ],
    [
      'a container name Azure refuses',
      { STORAGE: 'blob', BLOB_CONNECTION_STRING: CONNECTION_STRING, BLOB_CONTAINER: 'Bot_State' },
      [['BLOB_CONTAINER', 'lowercase letters, digits and single hyphens (got "Bot_State")']],
    ],
    [
      'an account URL over plain http to another machine',
      {
        STORAGE: 'blob',
        BLOB_CONTAINER: 'state',
        BLOB_ACCOUNT_URL: 'http://advisorstate.blob.core.windows.net',
      },
      [['BLOB_ACCOUNT_URL', 'it must use https, not http']],
    ],
    [
      'an account URL with a SAS token',
      {
        STORAGE: 'blob',
        BLOB_CONTAINER: 'state',
        BLOB_ACCOUNT_URL: `${ACCOUNT_URL}?sv=2024&sig=abc`,
      },
      [['BLOB_ACCOUNT_URL', 'without a query or a SAS token']],
    ],
    [
      'an account URL that names a container',
      { STORAGE: 'blob', BLOB_CONTAINER: 'state', BLOB_ACCOUNT_URL: `${ACCOUNT_URL}/state` },
      [['BLOB_ACCOUNT_URL', 'set the container in BLOB_CONTAINER']],
    ],
    [
      'an account URL that is not a URL',
      { STORAGE: 'blob', BLOB_CONTAINER: 'state', BLOB_ACCOUNT_URL: 'advisorstate' },
      [['BLOB_ACCOUNT_URL', "must be the storage account's blob endpoint"]],
    ],
    [
      'an identity client id that is not a GUID',
      {
        STORAGE: 'blob',
        BLOB_CONTAINER: 'state',
        BLOB_ACCOUNT_URL: ACCOUNT_URL,
        AZURE_CLIENT_ID: 'bot-identity',
      },
      [['AZURE_CLIENT_ID', "must be the managed identity's client id, a GUID"]],
    ],
    [
      'a blob setting while storage is the default SQLite',
      { BLOB_ACCOUNT_URL: ACCOUNT_URL, BLOB_CONTAINER: 'state' },
      [
        ['BLOB_CONTAINER', 'is set but STORAGE is sqlite (the default): set STORAGE=blob'],
        ['BLOB_ACCOUNT_URL', 'is set but STORAGE is sqlite (the default): set STORAGE=blob'],
      ],
    ],
    [
      'a connection string with STORAGE=sqlite',
      { STORAGE: 'sqlite', BLOB_CONNECTION_STRING: CONNECTION_STRING },
      [['BLOB_CONNECTION_STRING', 'is set but STORAGE=sqlite']],
    ],
  ])('%s', (_name, env, expected) => {
    const error = configError(env);
    expect(error.issues.map((issue) => issue.variable)).toEqual(expected.map(([v]) => v));
    expected.forEach(([, fragment], index) => {
      expect(error.issues[index]?.message).toContain(fragment);
    });
  });
});

describe('loadConfig: other rejected variables name the variable and what is allowed', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT', 'must be an integer from 1 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT', 'must be an integer from 1 to 65535 (got "70000")'],
    [{ PORT: '65536' }, 'PORT', 'from 1 to 65535'],
    [{ PORT: '0' }, 'PORT', 'from 1 to 65535'],
    [{ PORT: '-1' }, 'PORT', 'from 1 to 65535'],
    [{ PORT: '3978.5' }, 'PORT', 'from 1 to 65535'],
    [{ STORAGE: 'redis' }, 'STORAGE', 'must be one of sqlite, blob (got "redis")'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL',
      'must be one of fatal, error, warn, info, debug, trace, silent',
    ],
    [{ MAX_BODY_BYTES: '10' }, 'MAX_BODY_BYTES', 'must be an integer from 1024 to 10485760'],
    [
      { ALLOWED_TENANTS: 'contoso.com' },
      'ALLOWED_TENANTS',
      'tenant ids (GUIDs) (not a GUID: "contoso.com")',
    ],
    [{ ALLOWED_TENANTS: ' , ' }, 'ALLOWED_TENANTS', 'comma-separated list of tenant ids'],
    [
      { APPLICATIONINSIGHTS_CONNECTION_STRING: 'on' },
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'must be the connection string of an Application Insights resource',
    ],
    [
      { APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=abc123' },
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'it has no InstrumentationKey that is a GUID',
    ],
    [
      {
        APPLICATIONINSIGHTS_CONNECTION_STRING:
          'InstrumentationKey=12345678-1234-1234-1234-123456789abc;IngestionEndpoint=http://collector.example',
      },
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'its IngestionEndpoint is not an https URL',
    ],
  ])('%j → %s', (env, variable, fragment) => {
    const error = configError(env);
    expect(error.issues.map((issue) => issue.variable)).toEqual([variable]);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(fragment);
  });

  it('never repeats a secret value in the message', () => {
    const telemetryKey = 'InstrumentationKey=not-a-guid-but-still-a-key';
    const errors = [
      configError({ MicrosoftAppPassword: PASSWORD }),
      configError({
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
      }),
      configError({ STORAGE: 'blob', BLOB_CONNECTION_STRING: CONNECTION_STRING }),
      configError({ BLOB_CONNECTION_STRING: CONNECTION_STRING }),
      configError({ APPLICATIONINSIGHTS_CONNECTION_STRING: telemetryKey }),
    ];
    for (const error of errors) {
      expect(error.message).not.toContain(PASSWORD);
      expect(error.message).not.toContain('c2VjcmV0LWtleQ');
      expect(error.message).not.toContain('not-a-guid-but-still-a-key');
    }
  });

  it('lists every problem at once', () => {
    const error = configError({ PORT: 'abc', LOG_LEVEL: 'loud', STORAGE: 'blob' });
    expect(error.issues.map((issue) => issue.variable).sort()).toEqual(['LOG_LEVEL', 'PORT']);
    expect(error.message.split('\n')).toHaveLength(3);
  });
});

describe('the .env file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'advisor-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is read first, and the real environment wins', () => {
    const envFile = join(dir, '.env');
    writeFileSync(
      envFile,
      '# local settings\nPORT=4000\nLOG_LEVEL=debug\nDATA_DIR="./state dir"\n',
    );
    const config = loadConfig({ PORT: '5000' }, { envFile });
    expect(config.port).toBe(5000);
    expect(config.logLevel).toBe('debug');
    expect(config.storage).toEqual({ kind: 'sqlite', dataDir: './state dir' });
  });

  it('may be absent', () => {
    expect(loadConfig({}, { envFile: join(dir, 'missing.env') })).toEqual(load({}));
  });

  it('is reported as a ConfigError when it cannot be read', () => {
    expect(() => loadConfig({}, { envFile: dir })).toThrow(ConfigError);
  });

  it('.env.example documents every variable and loads as is', () => {
    const example = readFileSync(join(__dirname, '..', '..', '.env.example'), 'utf8');
    expect(Object.keys(parseEnv(example)).sort()).toEqual(Object.keys(Env.shape).sort());
    for (const name of Object.keys(Env.shape)) {
      const line = example.split('\n').findIndex((text) => text.startsWith(`${name}=`));
      expect(example.split('\n')[line - 1]).toMatch(/^#/);
    }
    expect(loadConfig({}, { envFile: join(__dirname, '..', '..', '.env.example') }).auth).toEqual({
      mode: 'anonymous',
    });
  });
});

describe("PUBLIC_BASE_URL: the bot's public address", () => {
  it.each([
    ['https://handoff.contoso.com', 'https://handoff.contoso.com'],
    ['https://handoff.contoso.com/', 'https://handoff.contoso.com'],
    [' https://contoso.com/bots/handoff/ ', 'https://contoso.com/bots/handoff'],
    ['https://handoff.contoso.com:8443', 'https://handoff.contoso.com:8443'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(load({ PUBLIC_BASE_URL: raw }).publicBaseUrl).toBe(expected);
  });

  it('is absent when unset or empty', () => {
    expect(load({ PUBLIC_BASE_URL: '' }).publicBaseUrl).toBeUndefined();
  });

  it.each([
    'http://handoff.contoso.com',
    'handoff.contoso.com',
    'https://handoff.contoso.com/?token=1',
    'https://handoff.contoso.com/#here',
    'https://user@handoff.contoso.com',
  ])('refuses %j, naming the variable and what it must be', (raw) => {
    expect(configError({ PUBLIC_BASE_URL: raw }).message).toBe(
      `Configuration error: PUBLIC_BASE_URL must be the bot's public https address, such as https://handoff.contoso.com, with no query (got "${raw}")`,
    );
  });
});

describe('describeConfig', () => {
  it('masks the password and the connection string', () => {
    const config = load({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: PASSWORD,
      MicrosoftAppTenantId: TENANT,
      STORAGE: 'blob',
      BLOB_CONNECTION_STRING: CONNECTION_STRING,
      BLOB_CONTAINER: 'bot-state',
    });
    const text = JSON.stringify(describeConfig(config));
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('AccountKey');
    expect(describeConfig(config)).toMatchObject({
      auth: { mode: 'authenticated', appType: 'SingleTenant', appId: APP_ID, appPassword: '***' },
      storage: { kind: 'blob', container: 'bot-state', connectionString: '***' },
    });
  });

  it('shows the identity storage signs in as, and that telemetry is on without its key', () => {
    const config = load({
      MicrosoftAppId: MSI_CLIENT_ID,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: TENANT,
      STORAGE: 'blob',
      BLOB_ACCOUNT_URL: ACCOUNT_URL,
      BLOB_CONTAINER: 'bot-state',
      APPLICATIONINSIGHTS_CONNECTION_STRING: AI_CONNECTION_STRING,
    });
    const description = describeConfig(config);
    expect(description).toMatchObject({
      auth: { appType: 'UserAssignedMSI', appId: MSI_CLIENT_ID, tenantId: TENANT.toLowerCase() },
      storage: { kind: 'blob', accountUrl: ACCOUNT_URL, identity: MSI_CLIENT_ID },
      telemetry: 'azureMonitor',
    });
    expect(description.auth).not.toHaveProperty('appPassword');
    expect(JSON.stringify(description)).not.toContain('12345678-1234-1234-1234-123456789abc');
  });
});

describe('loadConfigOrExit', () => {
  it('prints the ConfigError message alone and exits 1', () => {
    const written: string[] = [];
    const exit = jest.fn((code: number): never => {
      throw new Error(`exit ${code}`);
    });
    expect(() =>
      loadConfigOrExit(
        { PORT: 'abc' },
        { envFile: false },
        { writeError: (line) => written.push(line), exit },
      ),
    ).toThrow('exit 1');
    expect(written).toEqual([
      'Configuration error: PORT must be an integer from 1 to 65535 (got "abc")',
    ]);
  });
});
