import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof APP_TYPES)[number];

export const STORAGE_KINDS = ['sqlite', 'blob'] as const;

/** how the bot proves itself to the Bot Connector, and checks the connector's tokens */
export type BotAuth =
  | { readonly mode: 'anonymous' }
  | {
      readonly mode: 'authenticated';
      readonly appId: string;
      readonly appType: AppType;
      /** absent for UserAssignedMSI, which signs in with the managed identity */
      readonly appPassword?: string;
      readonly tenantId?: string;
    };

export type StorageConfig =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'blob'; readonly connectionString: string; readonly container: string };

export interface Config {
  readonly port: number;
  readonly auth: BotAuth;
  readonly storage: StorageConfig;
  readonly logLevel: LogLevel;
  readonly maxBodyBytes: number;
  /** tenant ids allowed to use the bot; undefined means every tenant */
  readonly allowedTenants?: readonly string[];
  /** the bot's public https address, without a trailing slash; undefined: no pages of its own */
  readonly publicBaseUrl?: string;
}

export interface ConfigIssue {
  readonly variable: string;
  readonly message: string;
}

/** a missing or bad environment variable; the message names each one and what is allowed */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly issues: readonly ConfigIssue[]) {
    super(
      issues.length === 1
        ? `Configuration error: ${issues[0].variable} ${issues[0].message}`
        : `Configuration errors:\n${issues.map((i) => `  - ${i.variable} ${i.message}`).join('\n')}`,
    );
  }
}

// Templates often leave a variable present but empty (`MicrosoftAppId=`): treat that as unset.
const trimmedOrUnset = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

const optionalText = z.preprocess(trimmedOrUnset, z.string().optional());

function integerVar(min: number, max: number, fallback: number) {
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
function choiceVar<T extends string>(choices: readonly T[]) {
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

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const tenantList = optionalText.transform((raw, ctx) => {
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
const publicBaseUrl = optionalText.transform((raw, ctx) => {
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

/** the environment variables the bot reads, each checked on its own */
export const Env = z.object({
  PORT: integerVar(1, 65535, 3978),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: choiceVar(APP_TYPES),
  MicrosoftAppTenantId: optionalText,
  STORAGE: choiceVar(STORAGE_KINDS).transform((kind) => kind ?? 'sqlite'),
  DATA_DIR: optionalText.transform((raw) => raw ?? './data'),
  BLOB_CONNECTION_STRING: optionalText,
  BLOB_CONTAINER: optionalText,
  LOG_LEVEL: choiceVar(LOG_LEVELS).transform((level) => level ?? 'info'),
  MAX_BODY_BYTES: integerVar(1024, 10 * 1024 * 1024, 262144),
  ALLOWED_TENANTS: tenantList,
  PUBLIC_BASE_URL: publicBaseUrl,
});
export type Env = z.infer<typeof Env>;

function botAuth(env: Env, issues: ConfigIssue[]): BotAuth {
  const {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: appPassword,
    MicrosoftAppTenantId: tenantId,
  } = env;
  const appType = env.MicrosoftAppType ?? 'MultiTenant';

  if (appId === undefined) {
    // Without an app id the bot runs in local anonymous mode: a credential set alone is a mistake.
    const stray = [
      appPassword !== undefined && 'MicrosoftAppPassword',
      tenantId !== undefined && 'MicrosoftAppTenantId',
      appType !== 'MultiTenant' && 'MicrosoftAppType',
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

  if (appType === 'UserAssignedMSI') {
    if (appPassword !== undefined) {
      issues.push({
        variable: 'MicrosoftAppPassword',
        message:
          'must not be set when MicrosoftAppType=UserAssignedMSI (the managed identity signs in)',
      });
    }
  } else if (appPassword === undefined) {
    issues.push({
      variable: 'MicrosoftAppPassword',
      message: `is required when MicrosoftAppId is set and MicrosoftAppType=${appType}`,
    });
  }
  if (appType !== 'MultiTenant' && tenantId === undefined) {
    issues.push({
      variable: 'MicrosoftAppTenantId',
      message: `is required when MicrosoftAppType=${appType}`,
    });
  }
  return {
    mode: 'authenticated',
    appId,
    appType: appType,
    ...(appPassword !== undefined && appType !== 'UserAssignedMSI' ? { appPassword } : {}),
    ...(tenantId !== undefined ? { tenantId } : {}),
  };
}

function storageConfig(env: Env, issues: ConfigIssue[]): StorageConfig {
  if (env.STORAGE === 'sqlite') return { kind: 'sqlite', dataDir: env.DATA_DIR };
  const { BLOB_CONNECTION_STRING: connectionString, BLOB_CONTAINER: container } = env;
  if (connectionString === undefined) {
    issues.push({ variable: 'BLOB_CONNECTION_STRING', message: 'is required when STORAGE=blob' });
  }
  if (container === undefined) {
    issues.push({ variable: 'BLOB_CONTAINER', message: 'is required when STORAGE=blob' });
  } else if (!CONTAINER_NAME.test(container)) {
    issues.push({
      variable: 'BLOB_CONTAINER',
      message: `must be 3-63 lowercase letters, digits and single hyphens (got "${container}")`,
    });
  }
  return { kind: 'blob', connectionString: connectionString ?? '', container: container ?? '' };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** variables from a `.env` file, or none when there is no such file */
function readEnvFile(path: string): Record<string, string | undefined> {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') return {};
    throw new ConfigError([
      { variable: '.env', message: `could not be read (${path}): ${String(code ?? error)}` },
    ]);
  }
  return parseEnv(content);
}

export interface LoadConfigOptions {
  /** the `.env` file to read first (default `.env` in the working directory); false reads none */
  readonly envFile?: string | false;
}

/**
 * parses the environment once, at start-up, into a typed and frozen config.
 * values in `env` win over the `.env` file, as with `process.loadEnvFile`.
 * throws a ConfigError naming every missing or bad variable.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  options: LoadConfigOptions = {},
): Config {
  const envFile = options.envFile ?? '.env';
  const fromFile = envFile === false ? {} : readEnvFile(resolve(envFile));
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined) merged[name] = value;
  }

  const parsed = Env.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      })),
    );
  }

  const issues: ConfigIssue[] = [];
  const auth = botAuth(parsed.data, issues);
  const storage = storageConfig(parsed.data, issues);
  if (issues.length > 0) throw new ConfigError(issues);

  return deepFreeze({
    port: parsed.data.PORT,
    auth,
    storage,
    logLevel: parsed.data.LOG_LEVEL,
    maxBodyBytes: parsed.data.MAX_BODY_BYTES,
    ...(parsed.data.ALLOWED_TENANTS !== undefined
      ? { allowedTenants: parsed.data.ALLOWED_TENANTS }
      : {}),
    ...(parsed.data.PUBLIC_BASE_URL !== undefined
      ? { publicBaseUrl: parsed.data.PUBLIC_BASE_URL }
      : {}),
  });
}

const MASK = '***';

/** the config as it may appear in logs and health output: secrets replaced by a mask */
export function describeConfig(config: Config): Record<string, unknown> {
  const auth =
    config.auth.mode === 'anonymous'
      ? { mode: 'anonymous' }
      : {
          mode: 'authenticated',
          appId: config.auth.appId,
          appType: config.auth.appType,
          appPassword: config.auth.appPassword === undefined ? 'unset' : MASK,
          tenantId: config.auth.tenantId,
        };
  const storage =
    config.storage.kind === 'sqlite'
      ? { kind: 'sqlite', dataDir: config.storage.dataDir }
      : { kind: 'blob', container: config.storage.container, connectionString: MASK };
  return {
    port: config.port,
    auth,
    storage,
    logLevel: config.logLevel,
    maxBodyBytes: config.maxBodyBytes,
    allowedTenants: config.allowedTenants ?? 'all',
    publicBaseUrl: config.publicBaseUrl ?? 'unset',
  };
}

export interface StartupIo {
  readonly writeError: (line: string) => void;
  readonly exit: (code: number) => never;
}

/**
 * loadConfig for the entry point: a ConfigError is printed as one message (no stack trace) and
 * the process exits 1. Anything else is a bug and is rethrown.
 */
export function loadConfigOrExit(
  env: Readonly<Record<string, string | undefined>> = process.env,
  options: LoadConfigOptions = {},
  io: StartupIo = {
    writeError: (line) => process.stderr.write(`${line}\n`),
    exit: (code) => process.exit(code),
  },
): Config {
  try {
    return loadConfig(env, options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.writeError(error.message);
    return io.exit(1);
  }
}
