import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  PACKAGING_DEFAULTS,
  PackagingEnv,
  type PackagingConfigResult,
  parsePackagingConfig,
} from '../../tools/appPackage/packagingConfig';
import { APP_ID, VERSION } from './fixtures';

function issuesOf(result: PackagingConfigResult) {
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.issues;
}

describe('parsePackagingConfig: accepted', () => {
  it('uses the documented defaults next to the app id', () => {
    expect(parsePackagingConfig({ MicrosoftAppId: APP_ID }, VERSION)).toEqual({
      ok: true,
      config: {
        appId: APP_ID,
        version: VERSION,
        developerName: PACKAGING_DEFAULTS.APP_DEVELOPER_NAME,
        websiteUrl: PACKAGING_DEFAULTS.APP_WEBSITE_URL,
        privacyUrl: PACKAGING_DEFAULTS.APP_PRIVACY_URL,
        termsUrl: PACKAGING_DEFAULTS.APP_TERMS_URL,
        publicDomain: 'example.com',
      },
    });
  });

  it('takes every value from the environment, trimmed', () => {
    const result = parsePackagingConfig(
      {
        MicrosoftAppId: ` ${APP_ID.toUpperCase()} `,
        APP_DEVELOPER_NAME: 'x'.repeat(32),
        APP_WEBSITE_URL: 'https://contoso.example/',
        APP_PRIVACY_URL: 'https://contoso.example/privacy',
        APP_TERMS_URL: 'https://contoso.example/terms',
        PUBLIC_BASE_URL: 'https://handoff.contoso.example:8443/bot',
      },
      '0.1.0',
    );
    expect(result).toEqual({
      ok: true,
      config: {
        appId: APP_ID.toUpperCase(),
        version: '0.1.0',
        developerName: 'x'.repeat(32),
        websiteUrl: 'https://contoso.example/',
        privacyUrl: 'https://contoso.example/privacy',
        termsUrl: 'https://contoso.example/terms',
        publicDomain: 'handoff.contoso.example',
      },
    });
  });

  it('treats an empty URL variable as unset', () => {
    const result = parsePackagingConfig({ MicrosoftAppId: APP_ID, APP_TERMS_URL: '' }, VERSION);
    expect(result.ok && result.config.termsUrl).toBe(PACKAGING_DEFAULTS.APP_TERMS_URL);
  });
});

describe('parsePackagingConfig: refused, naming the variable', () => {
  it.each([
    ['missing', {}, 'is required to build the Teams app package'],
    ['empty', { MicrosoftAppId: '' }, 'is required'],
    ['blank', { MicrosoftAppId: '   ' }, 'is required'],
    ['not a GUID', { MicrosoftAppId: 'handoff-advisor' }, 'must be a GUID'],
    ['a GUID with braces', { MicrosoftAppId: `{${APP_ID}}` }, 'must be a GUID'],
    ['a GUID one digit short', { MicrosoftAppId: APP_ID.slice(0, -1) }, 'must be a GUID'],
  ])('MicrosoftAppId %s', (_label, env, message) => {
    expect(issuesOf(parsePackagingConfig(env, VERSION))).toEqual([
      { variable: 'MicrosoftAppId', message: expect.stringContaining(message) },
    ]);
  });

  it.each([
    ['APP_WEBSITE_URL', 'http://contoso.example'],
    ['APP_PRIVACY_URL', 'ftp://contoso.example/privacy'],
    ['APP_TERMS_URL', 'contoso.example/terms'],
    ['APP_WEBSITE_URL', `https://contoso.example/${'a'.repeat(2048)}`],
  ])('%s=%s', (variable, value) => {
    expect(
      issuesOf(parsePackagingConfig({ MicrosoftAppId: APP_ID, [variable]: value }, VERSION)),
    ).toEqual([{ variable, message: expect.stringContaining('must be an https URL') }]);
  });

  it('APP_DEVELOPER_NAME longer than the manifest allows', () => {
    const env = { MicrosoftAppId: APP_ID, APP_DEVELOPER_NAME: 'x'.repeat(33) };
    expect(issuesOf(parsePackagingConfig(env, VERSION))).toEqual([
      { variable: 'APP_DEVELOPER_NAME', message: 'must be at most 32 characters (got 33)' },
    ]);
  });

  it.each(['1.0', '1.0.0-beta.1', '01.0.0', ''])('package.json version %j', (version) => {
    expect(issuesOf(parsePackagingConfig({ MicrosoftAppId: APP_ID }, version))).toEqual([
      { variable: 'package.json version', message: expect.stringContaining('MAJOR.MINOR.PATCH') },
    ]);
  });

  it('reports every bad variable at once', () => {
    const env = { MicrosoftAppId: 'nope', APP_PRIVACY_URL: 'http://contoso.example' };
    expect(issuesOf(parsePackagingConfig(env, 'latest')).map((issue) => issue.variable)).toEqual([
      'MicrosoftAppId',
      'APP_PRIVACY_URL',
      'package.json version',
    ]);
  });
});

describe('.env.example', () => {
  const lines = readFileSync(path.resolve(__dirname, '..', '..', '.env.example'), 'utf8').split(
    '\n',
  );

  it('documents every packaging variable', () => {
    expect(lines).toContain('MicrosoftAppId=');
    for (const name of Object.keys(PackagingEnv.shape)) {
      expect(lines.some((line) => line.replace(/^# /, '').startsWith(`${name}=`))).toBe(true);
    }
  });

  it.each(Object.entries(PACKAGING_DEFAULTS))('shows the default of %s', (name, value) => {
    const index = lines.indexOf(`# ${name}=${value}`);
    expect(index).toBeGreaterThan(0);
    expect(lines[index - 1]).toMatch(/^# \S/); // with a description above it
  });
});
