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

describe('loadConfig: accepted environments', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(load({})).toEqual({
      port: 3978,
      auth: { mode: 'anonymous' },
      storage: { kind: 'sqlite', dataDir: './data' },
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
    expect(load({ MicrosoftAppId: '', MicrosoftAppPassword: ' ', PORT: '', STORAGE: '' })).toEqual(
      load({}),
    );
  });

  it.each([
    [
      'MultiTenant',
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD },
      { mode: 'authenticated', appId: APP_ID, appType: 'MultiTenant', appPassword: PASSWORD },
    ],
    [
      'SingleTenant',
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppType: 'singletenant',
        MicrosoftAppTenantId: TENANT,
      },
      {
        mode: 'authenticated',
        appId: APP_ID,
        appType: 'SingleTenant',
        appPassword: PASSWORD,
        tenantId: TENANT,
      },
    ],
    [
      'UserAssignedMSI',
      { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT },
      { mode: 'authenticated', appId: APP_ID, appType: 'UserAssignedMSI', tenantId: TENANT },
    ],
  ])('accepts %s credentials', (_name, env, auth) => {
    expect(load(env).auth).toEqual(auth);
  });

  it('accepts blob storage with a connection string and a container', () => {
    const config = load({
      STORAGE: 'Blob',
      BLOB_CONNECTION_STRING: CONNECTION_STRING,
      BLOB_CONTAINER: 'bot-state',
    });
    expect(config.storage).toEqual({
      kind: 'blob',
      connectionString: CONNECTION_STRING,
      container: 'bot-state',
    });
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
    expect(Object.isFrozen(config.allowedTenants)).toBe(true);
  });
});

describe('loadConfig: rejected environments name the variable and what is allowed', () => {
  it.each([
    [
      { STORAGE: 'blob', BLOB_CONTAINER: 'state' },
      'BLOB_CONNECTION_STRING',
      'is required when STORAGE=blob',
    ],
    [
      { STORAGE: 'blob', BLOB_CONNECTION_STRING: CONNECTION_STRING },
      'BLOB_CONTAINER',
      'is required when STORAGE=blob',
    ],
    [
      { STORAGE: 'blob', BLOB_CONNECTION_STRING: CONNECTION_STRING, BLOB_CONTAINER: 'Bot_State' },
      'BLOB_CONTAINER',
      'lowercase letters, digits and single hyphens',
    ],
    [{ PORT: 'abc' }, 'PORT', 'must be an integer from 1 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT', 'must be an integer from 1 to 65535 (got "70000")'],
    [{ PORT: '65536' }, 'PORT', 'from 1 to 65535'],
    [{ PORT: '0' }, 'PORT', 'from 1 to 65535'],
    [{ PORT: '-1' }, 'PORT', 'from 1 to 65535'],
    [{ PORT: '3978.5' }, 'PORT', 'from 1 to 65535'],
    [
      { MicrosoftAppPassword: PASSWORD },
      'MicrosoftAppPassword',
      'is set but MicrosoftAppId is not',
    ],
    [{ MicrosoftAppTenantId: TENANT }, 'MicrosoftAppTenantId', 'is set but MicrosoftAppId is not'],
    [{ MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppType', 'is set but MicrosoftAppId is not'],
    [{ MicrosoftAppId: APP_ID }, 'MicrosoftAppPassword', 'is required when MicrosoftAppId is set'],
    [
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'SingleTenant' },
      'MicrosoftAppTenantId',
      'is required when MicrosoftAppType=SingleTenant',
    ],
    [
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
      },
      'MicrosoftAppPassword',
      'must not be set when MicrosoftAppType=UserAssignedMSI',
    ],
    [
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'Federated' },
      'MicrosoftAppType',
      'must be one of MultiTenant, SingleTenant, UserAssignedMSI (got "Federated")',
    ],
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
  ])('%j → %s', (env, variable, fragment) => {
    const error = configError(env);
    expect(error.issues.map((issue) => issue.variable)).toEqual([variable]);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(fragment);
  });

  it('never repeats a secret value in the message', () => {
    const errors = [
      configError({ MicrosoftAppPassword: PASSWORD }),
      configError({
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: PASSWORD,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
      }),
      configError({ STORAGE: 'blob', BLOB_CONNECTION_STRING: CONNECTION_STRING }),
    ];
    for (const error of errors) {
      expect(error.message).not.toContain(PASSWORD);
      expect(error.message).not.toContain('c2VjcmV0LWtleQ');
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
      STORAGE: 'blob',
      BLOB_CONNECTION_STRING: CONNECTION_STRING,
      BLOB_CONTAINER: 'bot-state',
    });
    const text = JSON.stringify(describeConfig(config));
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('AccountKey');
    expect(describeConfig(config)).toMatchObject({
      auth: { mode: 'authenticated', appId: APP_ID, appPassword: '***' },
      storage: { kind: 'blob', container: 'bot-state', connectionString: '***' },
    });
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
