import { once } from 'node:events';
import net from 'node:net';

/**
 * A TCP proxy on a loopback port in front of a server, that can be turned into an endpoint
 * that accepts connections and never answers (as a black-holed network path does).
 */
export interface TcpProxy {
  readonly port: number;
  /** from now on nothing is forwarded either way, on open connections and new ones */
  blackHole(): void;
  /** forwards again (connections made while black-holed stay silent until they close) */
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let silent = false;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // A reset from either side is the end of that connection, nothing more.
    socket.on('error', () => socket.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (silent) return;
    const upstream = net.connect(targetPort, '127.0.0.1');
    track(upstream);
    client.on('data', (chunk) => {
      if (!silent) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!silent) client.write(chunk);
    });
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port for the proxy');
  return {
    port: address.port,
    blackHole: () => {
      silent = true;
    },
    restore: () => {
      silent = false;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

/** a loopback server that accepts every connection and never sends a byte */
export async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const proxy = await startTcpProxy(0);
  proxy.blackHole();
  return { port: proxy.port, close: () => proxy.close() };
}
