import type { TokenCredential } from '@azure/core-auth';
import { BlobServiceClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { blobEndpointOf, withoutQuery } from './blobConnectionString';
import { type BlobSignIn, messageOf, TokenUnavailableError } from './blobFailures';
import { STORAGE_CALL_BUDGET_MS } from './callBudget';

/**
 * where the container is, and how to sign in: with a connection string, or with an account URL
 * and an identity
 */
export type BlobStoreOptions =
  | { container: string; connectionString: string }
  | {
      container: string;
      /** the account's blob endpoint, https://<account>.blob.core.windows.net */
      accountUrl: string;
      /** e.g. DefaultAzureCredential from @azure/identity: the bot's managed identity */
      credential: TokenCredential;
    };

// Fast failures (a refused connection, HTTP 500 or 503) are tried again quickly; a request that
// hangs is cut off by the call's budget, which also bounds the retries. `tryTimeoutInMs` is the
// time Azure itself gives the request before it gives up on it.
const RETRY_OPTIONS = {
  maxTries: 3,
  retryDelayInMs: 200,
  maxRetryDelayInMs: 1_000,
  tryTimeoutInMs: STORAGE_CALL_BUDGET_MS,
};

/** the blob service client for the options, where it is (without secrets) and how it signs in */
export function serviceClientFor(options: BlobStoreOptions): {
  service: BlobServiceClient;
  endpoint: string;
  signIn: BlobSignIn;
} {
  const pipelineOptions: StoragePipelineOptions = { retryOptions: RETRY_OPTIONS };
  if ('connectionString' in options) {
    try {
      return {
        service: BlobServiceClient.fromConnectionString(options.connectionString, pipelineOptions),
        endpoint: blobEndpointOf(options.connectionString) ?? "the connection string's endpoint",
        signIn: 'connectionString',
      };
    } catch (error) {
      // No cause: URL parse errors carry their input, here the whole string with its account key.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(
        `The blob storage connection string is not valid (${messageOf(error)}). Use the storage ` +
          "account's connection string from the Azure portal (DefaultEndpointsProtocol=https;" +
          'AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net), or ' +
          'UseDevelopmentStorage=true for a local Azurite.',
      );
    }
  }
  const endpoint = withoutQuery(options.accountUrl);
  if (!/^https:\/\/[^/?#]+/i.test(options.accountUrl)) {
    throw new Error(
      `The blob account URL ${JSON.stringify(endpoint)} is not valid: use the storage account's ` +
        'blob endpoint, https://<account>.blob.core.windows.net (tokens are only sent over HTTPS).',
    );
  }
  return {
    service: new BlobServiceClient(
      options.accountUrl,
      reportingTokenFailures(options.credential),
      pipelineOptions,
    ),
    endpoint,
    signIn: 'credential',
  };
}

/** the credential, with its failures marked so they are told apart from the service's answers */
function reportingTokenFailures(credential: TokenCredential): TokenCredential {
  return {
    getToken: async (scopes, options) => {
      try {
        return await credential.getToken(scopes, options);
      } catch (error) {
        throw new TokenUnavailableError(messageOf(error), { cause: error });
      }
    },
  };
}
