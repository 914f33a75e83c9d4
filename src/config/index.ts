import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { type BotAuth, botAuth } from './botIdentity';
import { type StorageConfig, storageConfig } from './storage';
import { type TelemetryConfig, telemetryConfig } from './telemetry';
import { type ConfigIssue, Env, type LogLevel } from './variables';

export {
  authenticationOptions,
  type BotAuth,
  type BotFrameworkAuthenticationSettings,
  DEFAULT_APP_TYPE,
} from './botIdentity';
export type { StorageConfig } from './storage';
export type { TelemetryConfig } from './telemetry';
export {
  APP_TYPES,
  type AppType,
  type ConfigIssue,
  Env,
  LOG_LEVELS,
  type LogLevel,
  STORAGE_KINDS,
} from './variables';

export interface Config {
  readonly port: number;
  readonly auth: BotAuth;
  readonly storage: StorageConfig;
  readonly telemetry: TelemetryConfig;
  readonly logLevel: LogLevel;
  readonly maxBodyBytes: number;
  /** tenant ids allowed to use the bot; undefined means every tenant */
  readonly allowedTenants?: readonly string[];
  /** the bot's public https address, without a trailing slash; undefined: no pages of its own */
  readonly publicBaseUrl?: string;
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
  const storage = storageConfig(parsed.data, auth, issues);
  if (issues.length > 0) throw new ConfigError(issues);

  return deepFreeze({
    port: parsed.data.PORT,
    auth,
    storage,
    telemetry: telemetryConfig(parsed.data),
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
  return {
    port: config.port,
    auth: describeAuth(config.auth),
    storage: describeStorage(config.storage),
    telemetry: config.telemetry.kind,
    logLevel: config.logLevel,
    maxBodyBytes: config.maxBodyBytes,
    allowedTenants: config.allowedTenants ?? 'all',
    publicBaseUrl: config.publicBaseUrl ?? 'unset',
  };
}

function describeAuth(auth: BotAuth): Record<string, unknown> {
  if (auth.mode === 'anonymous') return { mode: 'anonymous' };
  const { mode, appType, appId } = auth;
  return {
    mode,
    appType,
    appId,
    ...('appPassword' in auth ? { appPassword: MASK } : {}),
    ...('tenantId' in auth ? { tenantId: auth.tenantId } : {}),
  };
}

function describeStorage(storage: StorageConfig): Record<string, unknown> {
  if (storage.kind === 'sqlite') return { kind: 'sqlite', dataDir: storage.dataDir };
  if ('connectionString' in storage) {
    return { kind: 'blob', container: storage.container, connectionString: MASK };
  }
  return {
    kind: 'blob',
    container: storage.container,
    accountUrl: storage.accountUrl,
    identity: storage.managedIdentityClientId ?? 'system-assigned or developer sign-in',
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
