import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  BotFrameworkAuthentication,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** how many clients of each kind are kept; a bot talks to very few service URLs */
const MAX_CLIENTS = 64;

/**
 * Bot Framework authentication that reuses connector and user-token clients across turns.
 * CloudAdapter asks for both on every turn, and building one assembles a whole HTTP pipeline;
 * the clients hold no per-turn state (their credentials fetch and cache tokens themselves), so
 * one per app id, service URL and audience serves every turn.
 */
export class ReusingAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new BoundedCache<Promise<ConnectorClient>>(MAX_CLIENTS);
  private readonly userTokenClients = new BoundedCache<Promise<UserTokenClient>>(MAX_CLIENTS);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.withReusedConnectors(await this.inner.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.withReusedConnectors(
      await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader),
    );
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.getOrCreate(appIdOf(claimsIdentity), () =>
      this.inner.createUserTokenClient(claimsIdentity),
    );
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withReusedConnectors(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const factory = result.connectorFactory;
    return factory
      ? { ...result, connectorFactory: this.reusing(factory, result.claimsIdentity) }
      : result;
  }

  private reusing(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    const connectors = this.connectors;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return connectors.getOrCreate(`${appId}\n${serviceUrl}\n${audience ?? ''}`, () =>
          factory.create(serviceUrl, audience),
        );
      }
    })();
  }
}

/** the app id a turn's clients act as, as botbuilder derives it from the caller's claims */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return (
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** a map that forgets its oldest entry when full, and forgets failures at once */
class BoundedCache<T extends Promise<unknown>> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  getOrCreate(key: string, create: () => T): T {
    const found = this.entries.get(key);
    if (found) return found;
    const created = create();
    if (this.entries.size >= this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, created);
    // A client that could not be built (credentials unreachable) is tried again next turn.
    created.catch(() => {
      if (this.entries.get(key) === created) this.entries.delete(key);
    });
    return created;
  }
}
