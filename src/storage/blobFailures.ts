import { BudgetExpiredError } from './callBudget';
import { causes, StorageUnavailableError, type StorageUnavailableReason } from './storageErrors';

/** how the store signs in: the fix for a refusal depends on it */
export type BlobSignIn = 'connectionString' | 'credential';

/** the credential could not give a token (no identity, sign-in failed) */
export class TokenUnavailableError extends Error {
  override readonly name = 'TokenUnavailableError';
}

/** what a failed blob request was, for the message */
export interface BlobCall {
  /** "read 3 items from", "write \"key\" to" */
  action: string;
  container: string;
  endpoint: string;
  signIn: BlobSignIn;
  budgetMs: number;
}

/**
 * a failed blob request as StorageUnavailableError when the store could not serve it (no
 * connection, no answer in time, credentials refused, the server failing); other failures (a
 * request the service refused as wrong) are returned as they are
 */
export function blobFailure(error: unknown, call: BlobCall): unknown {
  const reason = reasonOf(error);
  if (reason === undefined) return error;
  const where = `blob container "${call.container}" at ${call.endpoint}`;
  return new StorageUnavailableError(
    reason,
    `Storage: could not ${call.action} ${where}: ${problemOf(error, reason, call)}.`,
    { cause: error },
  );
}

/** why the store could not be opened, for the start-up message: what is wrong and what to fix */
export function openFailure(
  error: unknown,
  store: { container: string; endpoint: string; signIn: BlobSignIn },
  budgetMs: number,
): Error {
  const where = `blob storage at ${store.endpoint}`;
  const reason = reasonOf(error);
  const call = { signIn: store.signIn, budgetMs };
  switch (reason) {
    case undefined:
      return new Error(
        `Cannot open blob container "${store.container}" at ${store.endpoint} ` +
          `(HTTP ${statusCodeOf(error)}): ${firstLine(messageOf(error))}`,
        { cause: error },
      );
    case 'refused':
      return new StorageUnavailableError(
        reason,
        `Blob storage at ${store.endpoint} refused the bot: ${problemOf(error, reason, call)}.`,
        { cause: error },
      );
    default:
      return new StorageUnavailableError(
        reason,
        `Cannot reach ${where} (${problemOf(error, reason, call)}). ` +
          (store.signIn === 'credential'
            ? 'Check the account URL.'
            : 'Check BlobEndpoint or AccountName and EndpointSuffix in the connection string.'),
        { cause: error },
      );
  }
}

/** why the store was unavailable, or undefined when it answered and refused the request itself */
export function reasonOf(error: unknown): StorageUnavailableReason | undefined {
  if (isBudgetExpiry(error)) return 'timeout';
  if (causes(error).some((cause) => cause instanceof TokenUnavailableError)) return 'refused';
  const status = statusCodeOf(error);
  if (status === 401 || status === 403) return 'refused';
  if (status === undefined) return isRequestError(error) ? 'unreachable' : undefined;
  return status >= 500 || status === 408 ? 'unreachable' : undefined;
}

/** what went wrong and what to do, in a clause; never a secret */
export function problemOf(
  error: unknown,
  reason: StorageUnavailableReason,
  call: Pick<BlobCall, 'signIn' | 'budgetMs'>,
): string {
  const status = statusCodeOf(error);
  switch (reason) {
    case 'timeout':
      return `no answer within ${call.budgetMs / 1_000} s (the storage call budget): check that the storage account (or Azurite) is up and answering`;
    case 'refused':
      if (causes(error).some((cause) => cause instanceof TokenUnavailableError)) {
        return (
          `the credential gave no token for blob storage (${firstLine(messageOf(error))}): check ` +
          "the bot's managed identity (for a user-assigned one, AZURE_CLIENT_ID is its client id) " +
          'or the sign-in of the environment it runs in'
        );
      }
      if (call.signIn === 'connectionString') {
        return (
          `the credentials were refused (${httpOf(error)}): check AccountKey (or the SAS token) in ` +
          'the connection string, and that it may read, write and create blobs and containers'
        );
      }
      return TOKEN_REFUSALS.has(serviceCodeOf(error) ?? '')
        ? `the identity's token was refused (${httpOf(error)}): check that ` +
            "the identity is in the storage account's tenant and that the clock is right"
        : `the identity may not use the container (${httpOf(error)}): ` +
            'give it the "Storage Blob Data Contributor" role on the container or the storage ' +
            'account (a new role assignment can take a few minutes to apply)';
    default:
      return status === undefined
        ? `${firstLine(messageOf(error))}: check that the storage account (or Azurite) is running and reachable`
        : `the service failed (${httpOf(error)}): try again later`;
  }
}

/** "HTTP 403 AuthorizationPermissionMismatch" */
function httpOf(error: unknown): string {
  const code = serviceCodeOf(error);
  return `HTTP ${statusCodeOf(error)}${code ? ` ${code}` : ''}`;
}

// Refusals of the token itself (not of what its identity may do).
const TOKEN_REFUSALS = new Set(['AuthenticationFailed', 'InvalidAuthenticationInfo']);

export function isBudgetExpiry(error: unknown): boolean {
  // The budget's abort is the only one there is: an aborted request is one that ran out of time.
  return causes(error).some(
    (cause) =>
      cause instanceof BudgetExpiredError ||
      (cause instanceof Error && cause.name === 'AbortError'),
  );
}

/** a request that failed in the SDK's pipeline (not a mistake in the calling code) */
function isRequestError(error: unknown): boolean {
  // By name: more than one copy of the SDK's core may be loaded.
  return error instanceof Error && error.name === 'RestError';
}

export function statusCodeOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    return typeof error.statusCode === 'number' ? error.statusCode : undefined;
  }
  return undefined;
}

/** the service's error code ("ContainerNotFound", "ConditionNotMet") */
export function serviceCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('details' in error && typeof error.details === 'object' && error.details !== null) {
    const { details } = error;
    if ('errorCode' in details && typeof details.errorCode === 'string') return details.errorCode;
  }
  return 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Azure appends request ids and timestamps on further lines.
export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
