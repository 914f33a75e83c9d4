// Azurite's documented default endpoint for "UseDevelopmentStorage=true".
const DEVELOPMENT_BLOB_ENDPOINT = 'http://127.0.0.1:10000/devstoreaccount1';

/**
 * where a connection string's blob service is, for error messages: never the account key and
 * never a SAS token (the query part of an endpoint is dropped)
 */
export function blobEndpointOf(connectionString: string): string | undefined {
  const settings = parseSettings(connectionString);
  if (settings.get('usedevelopmentstorage')?.toLowerCase() === 'true') {
    return DEVELOPMENT_BLOB_ENDPOINT;
  }
  const explicit = settings.get('blobendpoint');
  if (explicit) return withoutQuery(explicit);
  const account = settings.get('accountname');
  if (!account) return undefined;
  const protocol = settings.get('defaultendpointsprotocol') ?? 'https';
  const suffix = settings.get('endpointsuffix') ?? 'core.windows.net';
  return `${protocol}://${account}.blob.${suffix}`;
}

function parseSettings(connectionString: string): Map<string, string> {
  const settings = new Map<string, string>();
  for (const part of connectionString.split(';')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    settings.set(part.slice(0, separator).trim().toLowerCase(), part.slice(separator + 1).trim());
  }
  return settings;
}

/** a URL without its query (where a SAS token would be) or fragment */
export function withoutQuery(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    return `${url.origin}${url.pathname}`.replace(/\/$/, '');
  } catch {
    return '(an endpoint that is not a valid URL)';
  }
}
