/**
 * A recording proxy that forwards nothing: a browser configured to use it for every host but
 * localhost sends it each request it makes anywhere else (plain HTTP as an absolute URL, HTTPS and
 * WebSockets as a CONNECT), from any part of the browser — pages, extension pages, the background.
 * A suite can then prove the extension contacted no server by finding the sink's list empty.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NetworkSink {
  port: number;
  /** Every request received: `GET http://host/path` or `CONNECT host:443`, in order. */
  requests: string[];
  /** Browser preferences (Firefox) that send all non-localhost traffic to this sink. */
  firefoxPrefs(): Record<string, string | number | boolean>;
  close(): Promise<void>;
}

export async function startNetworkSink(): Promise<NetworkSink> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' }).end('blocked by the test network sink');
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    firefoxPrefs: () => ({
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': false,
      // Loopback stays direct: the page server is reached as itself, everything else hits the sink.
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '',
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
    }),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
