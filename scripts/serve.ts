// Serves the built app (or, with --dev, the sources with hot reload) through lib/http/server.ts.
// PORT (3000) and HOST (all interfaces) set where it listens.
import path from 'node:path';
import { serve } from '../lib/http/server';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST || undefined;
const root = path.resolve(import.meta.dirname, '..');

const { close } = await serve({ dir: root, port, hostname, dev });
console.log(`Jalon: listening on http://${hostname ?? 'localhost'}:${port}${dev ? ' (development)' : ''}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void close().finally(() => process.exit(0));
  });
}
