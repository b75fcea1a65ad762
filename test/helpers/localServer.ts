// An HTTP server on 127.0.0.1 for the tests that fetch pages and feeds (the only network tests run).
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  server: Server;
  port: number;
  /** http://127.0.0.1:<port> */
  base: string;
  /** Closes the server and any connection a test left open (a page that never answers). */
  close(): void;
}

export async function localServer(handler: RequestListener): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    base: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
