import type { BotAuth } from './botIdentity';
import type { ConfigIssue, Env } from './variables';

/** where conversation and user state is kept */
export type StorageConfig =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | {
      /** signs in with the account key in the connection string */
      readonly kind: 'blob';
      readonly container: string;
      readonly connectionString: string;
    }
  | {
      /** signs in with a managed identity (or, on a developer's machine, `az login`) */
      readonly kind: 'blob';
      readonly container: string;
      readonly accountUrl: string;
      /** the user-assigned identity to sign in as; unset: the system-assigned one */
      readonly managedIdentityClientId?: string;
    };

const BLOB_VARIABLES = ['BLOB_CONTAINER', 'BLOB_CONNECTION_STRING', 'BLOB_ACCOUNT_URL'] as const;

/** the storage from STORAGE and its variables; every missing, clashing or stray one is an issue */
export function storageConfig(env: Env, auth: BotAuth, issues: ConfigIssue[]): StorageConfig {
  if (env.STORAGE !== 'blob') {
    // A blob setting without STORAGE=blob would quietly keep the state on the local disk.
    const setting =
      env.STORAGE === undefined ? 'STORAGE is sqlite (the default)' : 'STORAGE=sqlite';
    for (const variable of BLOB_VARIABLES) {
      if (env[variable] !== undefined) {
        issues.push({
          variable,
          message: `is set but ${setting}: set STORAGE=blob to keep the state in Azure Blob Storage, or unset ${variable}`,
        });
      }
    }
    return { kind: 'sqlite', dataDir: env.DATA_DIR };
  }

  const {
    BLOB_CONTAINER: container = '',
    BLOB_CONNECTION_STRING: connectionString,
    BLOB_ACCOUNT_URL: accountUrl,
  } = env;
  if (env.BLOB_CONTAINER === undefined) {
    issues.push({ variable: 'BLOB_CONTAINER', message: 'is required when STORAGE=blob' });
  }
  if (connectionString !== undefined && accountUrl !== undefined) {
    issues.push({
      variable: 'BLOB_ACCOUNT_URL and BLOB_CONNECTION_STRING',
      message:
        'are both set: with STORAGE=blob set exactly one, BLOB_ACCOUNT_URL to sign in with a managed identity or BLOB_CONNECTION_STRING to sign in with an account key',
    });
  }
  if (accountUrl !== undefined) {
    // Unless told otherwise, storage signs in as the identity the bot itself signs in as.
    const managedIdentityClientId =
      env.AZURE_CLIENT_ID ??
      (auth.mode === 'authenticated' && auth.appType === 'UserAssignedMSI'
        ? auth.appId
        : undefined);
    return {
      kind: 'blob',
      container,
      accountUrl,
      ...(managedIdentityClientId === undefined ? {} : { managedIdentityClientId }),
    };
  }
  if (connectionString === undefined) {
    issues.push({
      variable: 'BLOB_ACCOUNT_URL or BLOB_CONNECTION_STRING',
      message:
        'is required when STORAGE=blob: BLOB_ACCOUNT_URL (https://<account>.blob.core.windows.net) to sign in with a managed identity, or BLOB_CONNECTION_STRING to sign in with an account key',
    });
  }
  return { kind: 'blob', container, connectionString: connectionString ?? '' };
}
