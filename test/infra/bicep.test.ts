import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Env, loadConfig } from '../../src/config';
import { MESSAGES_PATH, READY_PATH } from '../../src/server';
import { DEPLOY_FILES } from '../../tools/deploy/deployZip';

// No Bicep compiler can run here: these tests read infra/main.bicep as text and check what can be
// checked offline, above all that the app settings it writes are a configuration the bot accepts.

const ROOT = path.resolve(__dirname, '..', '..');
const BICEP = readFileSync(path.join(ROOT, 'infra', 'main.bicep'), 'utf8');
const PARAMETERS_TEXT = readFileSync(path.join(ROOT, 'infra', 'main.parameters.json'), 'utf8');

interface BicepParam {
  readonly name: string;
  readonly type: string;
  readonly hasDefault: boolean;
  readonly allowed?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minValue?: number;
  readonly maxValue?: number;
}

/** the `param` declarations, with the decorators that limit their values */
function bicepParams(text: string): BicepParam[] {
  const params: BicepParam[] = [];
  let decorators = '';
  for (const line of text.split('\n')) {
    const param = /^param (\w+) (\w+)( = .*)?$/.exec(line);
    if (param) {
      const number = (decorator: string) => {
        const match = new RegExp(`@${decorator}\\((\\d+)\\)`).exec(decorators);
        return match ? Number(match[1]) : undefined;
      };
      const allowed = /@allowed\(\[([^\]]*)\]\)/.exec(decorators);
      params.push({
        name: param[1],
        type: param[2],
        hasDefault: param[3] !== undefined,
        ...(allowed ? { allowed: [...allowed[1].matchAll(/'([^']*)'/g)].map((m) => m[1]) } : {}),
        ...(number('minLength') === undefined ? {} : { minLength: number('minLength') }),
        ...(number('maxLength') === undefined ? {} : { maxLength: number('maxLength') }),
        ...(number('minValue') === undefined ? {} : { minValue: number('minValue') }),
        ...(number('maxValue') === undefined ? {} : { maxValue: number('maxValue') }),
      });
      decorators = '';
    } else if (line.startsWith('@') || (decorators !== '' && !line.startsWith('//'))) {
      decorators += `${line}\n`;
      if (line.trim() === '') decorators = '';
    }
  }
  return params;
}

interface AppSetting {
  readonly name: string;
  /** the Bicep expression of its value */
  readonly value: string;
  /** the `var` it is listed in */
  readonly group: string;
}

/** every `{ name: …, value: … }` in the settings vars the site's appSettings are built from */
function appSettings(text: string): AppSetting[] {
  const settings: AppSetting[] = [];
  for (const group of text.matchAll(/^var (\w+Settings) = ([\s\S]*?)^(?=var |\/\/|resource )/gm)) {
    for (const entry of group[2].matchAll(/name: '(\w+)'\n\s*value: ([^\n]+)/g)) {
      settings.push({ name: entry[1], value: entry[2].trim(), group: group[1] });
    }
  }
  return settings;
}

const PLATFORM_SETTINGS = new Set(['SCM_DO_BUILD_DURING_DEPLOYMENT', 'CUSTOM_BUILD_COMMAND']);
const SETTINGS = appSettings(BICEP);

// What Azure fills in for each expression the settings use, in the shape Azure gives it.
const CLIENT_ID = '0b5e5c8f-6d1e-4a3b-9c2d-7e8f9a0b1c2d';
const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const SAMPLES: Readonly<Record<string, string>> = {
  botAppType: 'UserAssignedMSI',
  'identity.properties.clientId': CLIENT_ID,
  'identity.properties.tenantId': TENANT_ID,
  'tenant().tenantId': TENANT_ID,
  singleTenantAppId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  singleTenantAppPassword: 'a-client-secret',
  allowedTenants: TENANT_ID,
  'storage.properties.primaryEndpoints.blob':
    'https://sthandoffadvisorabc123.blob.core.windows.net/',
  containerName: 'bot-state',
  'appInsights.properties.ConnectionString':
    'InstrumentationKey=12345678-1234-1234-1234-123456789abc;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/;ApplicationId=87654321-4321-4321-4321-cba987654321',
};

/** a setting's value as deployed with `botAppType` (the ternaries follow isManagedIdentity) */
function sampleValue(expression: string, managedIdentity: boolean): string {
  const ternary = /^isManagedIdentity \? (.+) : (.+)$/.exec(expression);
  const chosen = ternary ? (managedIdentity ? ternary[1] : ternary[2]) : expression;
  const literal = /^'([^']*)'$/.exec(chosen);
  if (literal) return literal[1];
  const sample = SAMPLES[chosen];
  if (sample === undefined) throw new Error(`add a sample value for the expression ${chosen}`);
  return chosen === 'botAppType' && !managedIdentity ? 'SingleTenant' : sample;
}

/** the environment App Service gives the bot, with or without Application Insights */
function deployedEnv(managedIdentity: boolean): Record<string, string> {
  const env: Record<string, string> = {};
  for (const setting of SETTINGS) {
    if (PLATFORM_SETTINGS.has(setting.name)) continue;
    if (setting.group === 'secretSettings' && managedIdentity) continue;
    env[setting.name] = sampleValue(setting.value, managedIdentity);
  }
  return env;
}

describe('infra/main.parameters.json', () => {
  const Parameters = z.object({
    $schema: z.literal(
      'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
    ),
    contentVersion: z.string().regex(/^\d+\.\d+\.\d+\.\d+$/),
    parameters: z.record(z.string(), z.object({ value: z.unknown() }).strict()),
  });
  const parameters = Parameters.parse(JSON.parse(PARAMETERS_TEXT));
  const declared = new Map(bicepParams(BICEP).map((param) => [param.name, param]));

  it('sets only parameters main.bicep declares, and every one without a default', () => {
    expect(declared.size).toBeGreaterThan(5);
    for (const name of Object.keys(parameters.parameters)) expect(declared.has(name)).toBe(true);
    for (const param of declared.values()) {
      if (!param.hasDefault) expect(Object.keys(parameters.parameters)).toContain(param.name);
    }
  });

  it('gives each parameter a value of its type, within its limits', () => {
    for (const [name, { value }] of Object.entries(parameters.parameters)) {
      const param = declared.get(name);
      if (param === undefined) throw new Error(`${name} is not declared`);
      const type = { string: 'string', int: 'number', bool: 'boolean' }[param.type];
      expect({ name, type: typeof value }).toEqual({ name, type });
      if (typeof value === 'string') {
        if (param.allowed) expect(param.allowed).toContain(value);
        expect(value.length).toBeGreaterThanOrEqual(param.minLength ?? 0);
        expect(value.length).toBeLessThanOrEqual(param.maxLength ?? Number.MAX_SAFE_INTEGER);
      }
      if (typeof value === 'number') {
        expect(value).toBeGreaterThanOrEqual(param.minValue ?? Number.MIN_SAFE_INTEGER);
        expect(value).toBeLessThanOrEqual(param.maxValue ?? Number.MAX_SAFE_INTEGER);
      }
    }
  });

  it('holds no secret: the SingleTenant client secret is passed on the command line', () => {
    const secure = bicepParams(BICEP).filter((param) => param.name === 'singleTenantAppPassword');
    expect(secure).toHaveLength(1);
    expect(BICEP).toMatch(/@secure\(\)\nparam singleTenantAppPassword string/);
    expect(Object.keys(parameters.parameters)).not.toContain('singleTenantAppPassword');
  });
});

describe('the app settings in infra/main.bicep', () => {
  it('are found', () => {
    expect(SETTINGS.length).toBeGreaterThan(8);
  });

  it("are each a variable the bot's configuration reads, or one of App Service's own", () => {
    const known = new Set([...Object.keys(Env.shape), ...PLATFORM_SETTINGS]);
    const unknown = SETTINGS.map((setting) => setting.name).filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
    expect(new Set(SETTINGS.map((setting) => setting.name)).size).toBe(SETTINGS.length);
  });

  it('set every variable the deployment needs', () => {
    const names = SETTINGS.map((setting) => setting.name);
    for (const needed of [
      'MicrosoftAppType',
      'MicrosoftAppId',
      'MicrosoftAppTenantId',
      'ALLOWED_TENANTS',
      'STORAGE',
      'BLOB_ACCOUNT_URL',
      'BLOB_CONTAINER',
      'AZURE_CLIENT_ID',
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
    ]) {
      expect(names).toContain(needed);
    }
    // Storage signs in with the managed identity; the account accepts no key at all.
    expect(names).not.toContain('BLOB_CONNECTION_STRING');
    expect(BICEP).toContain('allowSharedKeyAccess: false');
  });

  it.each([
    [
      'UserAssignedMSI',
      true,
      { mode: 'authenticated', appType: 'UserAssignedMSI', appId: CLIENT_ID, tenantId: TENANT_ID },
    ],
    [
      'SingleTenant',
      false,
      {
        mode: 'authenticated',
        appType: 'SingleTenant',
        appId: SAMPLES.singleTenantAppId,
        appPassword: SAMPLES.singleTenantAppPassword,
        tenantId: TENANT_ID,
      },
    ],
  ])('make a configuration the bot accepts, with %s', (_type, managedIdentity, auth) => {
    const config = loadConfig(deployedEnv(managedIdentity), { envFile: false });
    expect(config.auth).toEqual(auth);
    expect(config.storage).toEqual({
      kind: 'blob',
      container: 'bot-state',
      accountUrl: 'https://sthandoffadvisorabc123.blob.core.windows.net',
      managedIdentityClientId: CLIENT_ID,
    });
    expect(config.telemetry.kind).toBe('azureMonitor');
    expect(config.allowedTenants).toEqual([TENANT_ID]);
  });

  it('give the bot the same identity as the Azure Bot resource', () => {
    const setting = (name: string) => SETTINGS.find((entry) => entry.name === name)?.value;
    const bot = /resource bot 'Microsoft\.BotService\/botServices@[^']+' = \{([\s\S]*?)\n\}/.exec(
      BICEP,
    )?.[1];
    expect(bot).toBeDefined();
    expect(bot).toContain(`msaAppType: ${setting('MicrosoftAppType')}\n`);
    expect(bot).toContain(`msaAppId: ${setting('MicrosoftAppId')}\n`);
    expect(bot).toContain(`msaAppTenantId: ${setting('MicrosoftAppTenantId')}\n`);
    expect(bot).toContain('msaAppMSIResourceId: isManagedIdentity ? identity.id : null');
  });
});

describe('the rest of infra/main.bicep', () => {
  it("points the bot at the host's messaging endpoint and the platform's probe at readiness", () => {
    expect(BICEP).toContain(
      `endpoint: 'https://\${site.properties.defaultHostName}${MESSAGES_PATH}'`,
    );
    expect(BICEP).toContain(`healthCheckPath: '${READY_PATH}'`);
  });

  it('starts the bundle the deployment zip carries, on the Node the project is tested on', () => {
    const command = /appCommandLine: '([^']+)'/.exec(BICEP)?.[1];
    expect(command).toBe('node --enable-source-maps build/index.js');
    expect(DEPLOY_FILES).toContain('build/index.js');
    const engines = z
      .object({ engines: z.object({ node: z.string() }) })
      .parse(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')));
    expect(engines.engines.node).toBe('>=20.19');
    expect(BICEP).toContain("param linuxFxVersion string = 'NODE|20-lts'");
  });

  it('gives the identity Storage Blob Data Contributor on the container, and nothing more', () => {
    const assignments = [...BICEP.matchAll(/'Microsoft\.Authorization\/roleAssignments@/g)];
    expect(assignments).toHaveLength(1);
    expect(BICEP).toContain(
      "var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'",
    );
    expect(BICEP).toMatch(/resource stateAccess [^\n]+\n[^\n]+\n\s+scope: container\n/);
    expect(BICEP).toContain('principalId: identity.properties.principalId');
  });

  it('enables the Microsoft Teams channel and outputs the endpoint and the bot id', () => {
    expect(BICEP).toContain("channelName: 'MsTeamsChannel'");
    expect(BICEP).toMatch(/output messagingEndpoint string = bot\.properties\.endpoint/);
    expect(BICEP).toMatch(/output botId string = bot\.properties\.msaAppId/);
  });

  // Checked against Microsoft's template reference when written; a change is deliberate.
  it.each([
    ['Microsoft.ManagedIdentity/userAssignedIdentities', '2023-01-31'],
    ['Microsoft.Storage/storageAccounts', '2023-05-01'],
    ['Microsoft.Storage/storageAccounts/blobServices', '2023-05-01'],
    ['Microsoft.Storage/storageAccounts/blobServices/containers', '2023-05-01'],
    ['Microsoft.Authorization/roleAssignments', '2022-04-01'],
    ['Microsoft.OperationalInsights/workspaces', '2023-09-01'],
    ['Microsoft.Insights/components', '2020-02-02'],
    ['Microsoft.Web/serverfarms', '2024-04-01'],
    ['Microsoft.Web/sites', '2024-04-01'],
    ['Microsoft.Insights/diagnosticSettings', '2021-05-01-preview'],
    ['Microsoft.BotService/botServices', '2022-09-15'],
    ['Microsoft.BotService/botServices/channels', '2022-09-15'],
  ])('uses %s@%s', (type, version) => {
    expect(BICEP).toContain(`'${type}@${version}'`);
  });

  it('declares no resource type beyond those', () => {
    const types = [...BICEP.matchAll(/^resource \w+ '([^@']+)@/gm)].map((match) => match[1]);
    expect(new Set(types)).toEqual(
      new Set([
        'Microsoft.ManagedIdentity/userAssignedIdentities',
        'Microsoft.Storage/storageAccounts',
        'Microsoft.Storage/storageAccounts/blobServices',
        'Microsoft.Storage/storageAccounts/blobServices/containers',
        'Microsoft.Authorization/roleAssignments',
        'Microsoft.OperationalInsights/workspaces',
        'Microsoft.Insights/components',
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.Insights/diagnosticSettings',
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
      ]),
    );
  });
});
