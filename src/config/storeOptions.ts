import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import type { StoreOptions } from '../storage';
import type { StorageConfig } from './storage';

// Apart from the rest of the configuration: loading @azure/identity (and the Azure SDK core under
// it) waits until telemetry, if any, has started and can instrument it.

/** what a credential for the storage account is made from */
export interface StorageCredentialOptions {
  readonly managedIdentityClientId?: string;
}

export type CreateStorageCredential = (options: StorageCredentialOptions) => TokenCredential;

/**
 * DefaultAzureCredential: in Azure the managed identity (the user-assigned one named by its
 * client id); on a developer's machine the Azure CLI's sign-in, among others.
 */
export const defaultStorageCredential: CreateStorageCredential = ({ managedIdentityClientId }) =>
  new DefaultAzureCredential(
    managedIdentityClientId === undefined ? {} : { managedIdentityClientId },
  );

/** the options `openStore` takes for the configured storage, with a credential where one signs in */
export function storeOptions(
  storage: StorageConfig,
  createCredential: CreateStorageCredential = defaultStorageCredential,
): StoreOptions {
  if (storage.kind === 'sqlite') return { kind: 'sqlite', dataDir: storage.dataDir };
  if ('connectionString' in storage) {
    return {
      kind: 'blob',
      container: storage.container,
      connectionString: storage.connectionString,
    };
  }
  return {
    kind: 'blob',
    container: storage.container,
    accountUrl: storage.accountUrl,
    credential: createCredential(
      storage.managedIdentityClientId === undefined
        ? {}
        : { managedIdentityClientId: storage.managedIdentityClientId },
    ),
  };
}
