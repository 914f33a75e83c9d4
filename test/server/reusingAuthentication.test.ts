import type { Activity } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  BotFrameworkAuthentication,
  type BotFrameworkClient,
  ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { ReusingAuthentication } from '../../src/teams/reusingAuthentication';

/** an authentication that makes a new, numbered client every time it is asked */
class CountingAuthentication extends BotFrameworkAuthentication {
  connectorsMade = 0;
  userTokenClientsMade = 0;
  failNextConnector = false;

  async authenticateRequest(activity: Activity): Promise<AuthenticateRequestResult> {
    const claimsIdentity = claimsFor(activity.recipient.id);
    return { audience: 'aud', callerId: '', claimsIdentity, connectorFactory: this.factory() };
  }
  async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new Error('not used');
  }
  createConnectorFactory(): ConnectorFactory {
    return this.factory();
  }
  async createUserTokenClient(): Promise<UserTokenClient> {
    return { made: ++this.userTokenClientsMade } as unknown as UserTokenClient;
  }
  override createBotFrameworkClient(): BotFrameworkClient {
    return {} as BotFrameworkClient;
  }

  private factory(): ConnectorFactory {
    const create = async (serviceUrl: string): Promise<ConnectorClient> => {
      if (this.failNextConnector) {
        this.failNextConnector = false;
        throw new Error('credentials unreachable');
      }
      return { serviceUrl, made: ++this.connectorsMade } as unknown as ConnectorClient;
    };
    return new (class extends ConnectorFactory {
      create = create;
    })();
  }
}

const claimsFor = (appId: string) => new ClaimsIdentity([{ type: 'aud', value: appId }], true);

const activityFor = (botId: string) => ({ recipient: { id: botId } }) as Activity;

async function connectorFor(auth: ReusingAuthentication, botId: string, serviceUrl: string) {
  const result = await auth.authenticateRequest(activityFor(botId), 'Bearer x');
  return result.connectorFactory!.create(serviceUrl, 'aud');
}

describe('ReusingAuthentication', () => {
  it('hands every turn of one app and service URL the same connector client', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusingAuthentication(inner);
    const first = await connectorFor(auth, 'app-1', 'https://smba.example/emea/');
    const second = await connectorFor(auth, 'app-1', 'https://smba.example/emea/');
    expect(second).toBe(first);
    expect(inner.connectorsMade).toBe(1);
  });

  it('keeps apps, service URLs and audiences apart', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusingAuthentication(inner);
    const emea = await connectorFor(auth, 'app-1', 'https://smba.example/emea/');
    const amer = await connectorFor(auth, 'app-1', 'https://smba.example/amer/');
    const otherApp = await connectorFor(auth, 'app-2', 'https://smba.example/emea/');
    const factory = auth.createConnectorFactory(claimsFor('app-1'));
    const otherAudience = await factory.create('https://smba.example/emea/', 'other-audience');
    expect(new Set([emea, amer, otherApp, otherAudience]).size).toBe(4);
    expect(await factory.create('https://smba.example/emea/', 'aud')).toBe(emea);
  });

  it('reuses user-token clients per app', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusingAuthentication(inner);
    const first = await auth.createUserTokenClient(claimsFor('app-1'));
    expect(await auth.createUserTokenClient(claimsFor('app-1'))).toBe(first);
    expect(await auth.createUserTokenClient(claimsFor('app-2'))).not.toBe(first);
    expect(inner.userTokenClientsMade).toBe(2);
  });

  it('does not keep a client that could not be made: the next turn tries again', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusingAuthentication(inner);
    inner.failNextConnector = true;
    await expect(connectorFor(auth, 'app-1', 'https://smba.example/emea/')).rejects.toThrow(
      'credentials unreachable',
    );
    await expect(connectorFor(auth, 'app-1', 'https://smba.example/emea/')).resolves.toMatchObject({
      made: 1,
    });
  });

  it('holds a bounded number of clients, forgetting the oldest first', async () => {
    const inner = new CountingAuthentication();
    const auth = new ReusingAuthentication(inner);
    const first = await connectorFor(auth, 'app-1', 'https://smba.example/0/');
    for (let index = 1; index <= 64; index++) {
      await connectorFor(auth, 'app-1', `https://smba.example/${index}/`);
    }
    expect(inner.connectorsMade).toBe(65);
    const again = await connectorFor(auth, 'app-1', 'https://smba.example/0/');
    expect(again).not.toBe(first);
    expect(inner.connectorsMade).toBe(66);
  });
});
