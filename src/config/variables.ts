import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** how the bot signs in to the Bot Connector; new multi-tenant registrations ended in July 2025 */
export const APP_TYPES = ['SingleTenant', 'UserAssignedMSI', 'MultiTenant'] as const;
export type AppType = (typeof APP_TYPES)[number];

export const STORAGE_KINDS = ['sqlite', 'blob'] as const;

/** one missing or bad environment variable, and what to do about it */
export interface ConfigIssue {
  readonly variable: string;
  readonly message: string;
}

// Templates often leave a variable present but empty (`MicrosoftAppId=`): treat that as unset.
const trimmedOrUnset = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

export const optionalText = z.preprocess(trimmedOrUnset, z.string().optional());

export function integerVar(min: number, max: number, fallback: number) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      ctx.addIssue({
        code: 'custom',
        message: `must be an integer from ${min} to ${max} (got "${raw}")`,
      });
      return z.NEVER;
    }
    return value;
  });
}

/** one of a fixed list, matched case-insensitively and returned in its canonical spelling */
export function choiceVar<T extends string>(choices: readonly T[]) {
  return optionalText.transform((raw, ctx): T | undefined => {
    if (raw === undefined) return undefined;
    const match = choices.find((choice) => choice.toLowerCase() === raw.toLowerCase());
    if (match === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `must be one of ${choices.join(', ')} (got "${raw}")`,
      });
      return z.NEVER;
    }
    return match;
  });
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** an Entra id (an app's client id, a tenant id): a GUID, as the portal shows it */
export function guidVar(what: string) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    if (!GUID.test(raw)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be ${what}, a GUID such as 00000000-0000-0000-0000-000000000000 (got "${raw}")`,
      });
      return z.NEVER;
    }
    return raw.toLowerCase();
  });
}

export const tenantList = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  const tenants = raw
    .split(',')
    .map((tenant) => tenant.trim().toLowerCase())
    .filter((tenant) => tenant !== '');
  const invalid = tenants.filter((tenant) => !GUID.test(tenant));
  if (tenants.length === 0 || invalid.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a comma-separated list of tenant ids (GUIDs)${invalid.length > 0 ? ` (not a GUID: "${invalid[0]}")` : ''}`,
    });
    return z.NEVER;
  }
  return Object.freeze([...new Set(tenants)]);
});

/** an https origin (a path is allowed, no query or fragment), returned without a trailing slash */
export const publicBaseUrl = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' || url.search !== '' || url.hash !== '' || url.username !== '') {
    ctx.addIssue({
      code: 'custom',
      message: `must be the bot's public https address, such as https://handoff.contoso.com, with no query (got "${raw}")`,
    });
    return z.NEVER;
  }
  return url.href.replace(/\/+$/, '');
});

// Azure container names: 3-63 lowercase letters, digits and single hyphens, starting with a letter or digit.
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;

export const containerName = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  if (!CONTAINER_NAME.test(raw)) {
    ctx.addIssue({
      code: 'custom',
      message: `must be 3-63 lowercase letters, digits and single hyphens (got "${raw}")`,
    });
    return z.NEVER;
  }
  return raw;
});

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * a storage account's blob endpoint: https://<account>.blob.core.windows.net, or plain http
 * on this machine for Azurite (http://127.0.0.1:10000/devstoreaccount1). No query: a SAS token
 * does not belong here, the identity signs in.
 */
export const blobAccountUrl = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  const problem = (reason: string) => {
    ctx.addIssue({
      code: 'custom',
      message:
        "must be the storage account's blob endpoint, such as " +
        `https://<account>.blob.core.windows.net (${reason})`,
    });
    return z.NEVER;
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return problem('it is not a URL');
  }
  const local = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    return problem(`it must use https, not ${url.protocol.replace(':', '')}`);
  }
  if (url.username !== '' || url.password !== '') return problem('it must not carry a user name');
  if (url.search !== '' || url.hash !== '') {
    return problem('without a query or a SAS token: the managed identity signs in');
  }
  const path = url.pathname.replace(/\/+$/, '');
  // Azurite names the account in the path; in Azure a path would be a container.
  if (path !== '' && !(local && /^\/[a-z0-9]+$/.test(path))) {
    return problem(`without a container or a path: set the container in BLOB_CONTAINER`);
  }
  return `${url.origin}${path}`;
});

/**
 * an Application Insights connection string: InstrumentationKey=<guid>;IngestionEndpoint=https://…
 * The value is never repeated in a message: it lets anyone send telemetry to the resource.
 */
export const appInsightsConnectionString = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  const settings = new Map(
    raw.split(';').flatMap((part): [string, string][] => {
      const separator = part.indexOf('=');
      return separator > 0
        ? [[part.slice(0, separator).trim().toLowerCase(), part.slice(separator + 1).trim()]]
        : [];
    }),
  );
  const reasons: string[] = [];
  if (!GUID.test(settings.get('instrumentationkey') ?? '')) {
    reasons.push('it has no InstrumentationKey that is a GUID');
  }
  const endpoint = settings.get('ingestionendpoint');
  if (endpoint !== undefined && !isHttpsUrl(endpoint)) {
    reasons.push('its IngestionEndpoint is not an https URL');
  }
  if (reasons.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be the connection string of an Application Insights resource, such as ' +
        'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://<region>.in.applicationinsights.azure.com/ ' +
        `(${reasons.join('; ')}); copy it from the resource's overview page, or unset it to turn telemetry off`,
    });
    return z.NEVER;
  }
  return raw;
});

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** the environment variables the bot reads, each checked on its own */
export const Env = z.object({
  PORT: integerVar(1, 65535, 3978),
  MicrosoftAppId: guidVar("the bot's app (client) id"),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: choiceVar(APP_TYPES),
  MicrosoftAppTenantId: guidVar('the directory (tenant) id'),
  STORAGE: choiceVar(STORAGE_KINDS),
  DATA_DIR: optionalText.transform((raw) => raw ?? './data'),
  BLOB_CONTAINER: containerName,
  BLOB_CONNECTION_STRING: optionalText,
  BLOB_ACCOUNT_URL: blobAccountUrl,
  AZURE_CLIENT_ID: guidVar("the managed identity's client id"),
  LOG_LEVEL: choiceVar(LOG_LEVELS).transform((level) => level ?? 'info'),
  MAX_BODY_BYTES: integerVar(1024, 10 * 1024 * 1024, 262144),
  ALLOWED_TENANTS: tenantList,
  PUBLIC_BASE_URL: publicBaseUrl,
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString,
});
export type Env = z.infer<typeof Env>;
