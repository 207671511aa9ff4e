// The network evidence for engines that cannot intercept requests (classic WebDriver) or that we
// drive the same way for parity: an HTTP proxy the browser sends every request to. It records
// each request before answering it, forwards the test site to the local server and answers every
// other host (the vendors) with a stub, since this machine has no internet.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { SITE, hostMatches, type NetworkLog, type TestServer } from '../harness';

export interface RecordingProxy {
  readonly port: number;
  /** The log of everything since the last `reset()`. */
  readonly log: NetworkLog;
  /** Start a fresh log (one per scenario, since the browser is reused), with these vendor stubs. */
  reset(stubs?: Record<string, string>): void;
  close(): Promise<void>;
}

const isSite = (host: string) => host === SITE || host.endsWith(`.${SITE}`);

export async function startRecordingProxy(site: TestServer): Promise<RecordingProxy> {
  let requests: string[] = [];
  let stubs: Array<{ host: string; body: string; type: string }> = [];
  const log: NetworkLog = {
    get requests() {
      return requests;
    },
    to: (host) => requests.filter((u) => hostMatches(u, host)),
    stub: (host, body, type = 'text/javascript') => void stubs.push({ host, body, type }),
  };

  /** A proxied request names its URL in full; one inside a CONNECT tunnel names only its path. */
  const urlOf = (req: IncomingMessage, scheme: 'http' | 'ws'): URL => {
    const raw = req.url ?? '/';
    if (/^[a-z]+:\/\//i.test(raw)) return new URL(raw);
    return new URL(`${scheme}://${req.headers.host ?? 'unknown.invalid'}${raw}`);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = urlOf(req, 'http');
    requests.push(url.href);
    if (isSite(url.hostname) || url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
      const upstream = httpRequest(
        { host: '127.0.0.1', port: site.port, method: req.method, path: url.pathname + url.search, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
      return;
    }
    const stub = stubs.find((s) => hostMatches(url.href, s.host));
    req.resume();
    res.writeHead(200, { 'content-type': stub?.type ?? 'text/javascript', 'access-control-allow-origin': '*' });
    res.end(stub?.body ?? '/* vendor stand-in */');
  });
  // A WebSocket handshake is seen, recorded and refused: no test needs a live socket.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    requests.push(urlOf(req, 'ws').href);
    socket.destroy();
  });
  // Browsers tunnel TLS, and some also WebSockets, through CONNECT. TLS is recorded by host and
  // refused (the scenarios use plain http, so a TLS tunnel to a vendor can only be a leak worth
  // seeing); any other port is opened into this same server, so the request inside it is recorded
  // with its path.
  server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    if (port === '443') {
      requests.push(`https://${host}/`);
      socket.destroy();
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    server.emit('connection', socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    log,
    reset: (initial = {}) => {
      requests = [];
      stubs = Object.entries(initial).map(([host, body]) => ({ host, body, type: 'text/javascript' }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
