// The HTTP server in front of Next.js (npm start, the browser tests, npm run dev): Next's own
// request handler, after this entry has written the connection's peer address for the app
// (lib/http/client-address.ts) and removed the forwarded headers of a peer we do not trust, so
// that neither our code nor Next's origin check of server actions reads what a client made up.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import next from 'next';
import { isTrustedPeer, parseIp, PEER_HEADER, PEER_TOKEN_ENV, trustedProxies } from './client-address';

const FORWARDED = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

/** The headers as the app may read them; `peer` is the socket's remote address. */
export function sanitiseHeaders(headers: IncomingHttpHeaders, peer: string | undefined, token: string) {
  delete headers[PEER_HEADER];
  const ip = parseIp(peer);
  if (!isTrustedPeer(ip)) for (const h of FORWARDED) delete headers[h];
  if (ip) headers[PEER_HEADER] = `${token} ${ip}`;
}

export async function serve(o: { dir: string; port: number; hostname?: string; dev?: boolean }) {
  trustedProxies(); // a wrong JALON_TRUSTED_PROXIES stops the start here, saying which entry
  const token = randomBytes(24).toString('base64url');
  process.env[PEER_TOKEN_ENV] = token;
  const app = next({ dev: !!o.dev, dir: o.dir, hostname: o.hostname ?? 'localhost', port: o.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    sanitiseHeaders(req.headers, req.socket.remoteAddress, token);
    handle(req, res).catch((error: unknown) => {
      console.error('request failed', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  if (o.dev) {
    const upgrade = app.getUpgradeHandler();
    server.on('upgrade', (req, socket, head) => void upgrade(req, socket, head));
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.hostname, () => resolve());
  });
  return { server, close: () => new Promise<void>((r) => server.close(() => r())).then(() => app.close()) };
}
